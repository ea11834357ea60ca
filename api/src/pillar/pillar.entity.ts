import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { IndicatorDirection } from '@pm/domain';
import { UserEntity } from '../auth/user.entity';
import { MunicipalityEntity } from '../municipality/municipality.entity';
import type { IndicatorUnit } from './units';

/** The programme's pillars; the three of Zuid-Limburg are inserted by the migration (seed 004). */
@Entity('pillar')
@Unique('pillar_code_key', ['code'])
@Unique('pillar_number_key', ['number'])
@Check('pillar_code_check', `code ~ '^P[0-9]{1,2}$'`)
export class PillarEntity {
  @PrimaryGeneratedColumn('identity', { primaryKeyConstraintName: 'pillar_pkey' })
  id: number;

  @Column('text')
  code: string;

  @Column('int')
  number: number;

  @Column('text')
  titleNl: string;

  @Column('text')
  titleEn: string;
}

@Entity('goal')
@Check('goal_title_check', `length(btrim(title)) BETWEEN 1 AND 300`)
@Check('goal_weight_check', 'weight >= 0 AND weight <= 1000')
export class GoalEntity {
  @PrimaryGeneratedColumn('identity', { primaryKeyConstraintName: 'goal_pkey' })
  id: number;

  @Index('goal_pillar_id_idx')
  @Column('int')
  pillarId: number;

  @ManyToOne(() => PillarEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pillar_id', foreignKeyConstraintName: 'goal_pillar_id_fkey' })
  pillar?: PillarEntity;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  description: string | null;

  /** Weight of this goal in its pillar's progress; 1 unless edited. */
  @Column('double precision', { default: 1 })
  weight: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@Entity('indicator')
@Check('indicator_title_check', `length(btrim(title)) BETWEEN 1 AND 300`)
@Check('indicator_unit_check', `unit IN ('PERCENT', 'COUNT', 'DAYS', 'GRADE', 'PER_10000_INHABITANTS')`)
@Check('indicator_direction_check', `direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')`)
// Same rule as indicatorProgress in libs/domain: the target differs from the baseline, on the good side.
@Check(
  'indicator_target_check',
  `CASE direction WHEN 'HIGHER_IS_BETTER' THEN target_value > baseline_value ELSE target_value < baseline_value END`,
)
@Check('indicator_dates_check', 'target_on > baseline_on')
@Check('indicator_weight_check', 'weight >= 0 AND weight <= 1000')
@Check('indicator_computed_key_check', `computed_key ~ '^[A-Z][A-Z0-9_]{1,60}$'`)
export class IndicatorEntity {
  @PrimaryGeneratedColumn('identity', { primaryKeyConstraintName: 'indicator_pkey' })
  id: number;

  @Index('indicator_goal_id_idx')
  @Column('int')
  goalId: number;

  @ManyToOne(() => GoalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'goal_id', foreignKeyConstraintName: 'indicator_goal_id_fkey' })
  goal?: GoalEntity;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('text')
  unit: IndicatorUnit;

  @Column('text')
  direction: IndicatorDirection;

  @Column('double precision')
  baselineValue: number;

  @Column('date')
  baselineOn: string;

  @Column('double precision')
  targetValue: number;

  @Column('date')
  targetOn: string;

  /** Null for a region-wide indicator; set for an indicator of one municipality. */
  @Index('indicator_municipality_id_idx')
  @Column('int', { nullable: true })
  municipalityId: number | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'indicator_municipality_id_fkey' })
  municipality?: MunicipalityEntity | null;

  /** Weight in its goal's progress; 1 unless edited. */
  @Column('double precision', { default: 1 })
  weight: number;

  /**
   * Set for an indicator computed from the registers instead of entered: the key of its definition
   * in computed-indicators.ts. Such an indicator takes no manual measurements.
   */
  @Column('text', { nullable: true })
  computedKey: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** Optimistic lock: a client sends the version it saw; a stale one is refused (STALE_VERSION). */
  @VersionColumn({ default: 1 })
  version: number;
}

/**
 * A measurement of an entered indicator. A correction never overwrites: the earlier row gets
 * corrected_at and a new row points back at it with corrects_id, so the history keeps both values.
 * At most one current (uncorrected) measurement per indicator and day.
 */
@Entity('indicator_measurement')
@Index('indicator_measurement_indicator_id_measured_on_idx', ['indicatorId', 'measuredOn'])
@Index('indicator_measurement_current_key', ['indicatorId', 'measuredOn'], {
  unique: true,
  where: 'corrected_at IS NULL',
})
@Check('indicator_measurement_source_check', `length(btrim(source)) BETWEEN 1 AND 300`)
export class MeasurementEntity {
  @PrimaryGeneratedColumn('identity', { primaryKeyConstraintName: 'indicator_measurement_pkey' })
  id: number;

  @Column('int')
  indicatorId: number;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'indicator_measurement_indicator_id_fkey' })
  indicator?: IndicatorEntity;

  @Column('date')
  measuredOn: string;

  @Column('double precision')
  value: number;

  @Column('text')
  source: string;

  @Column('text', { nullable: true })
  note: string | null;

  @Column('boolean', { default: false })
  provisional: boolean;

  @Index('indicator_measurement_recorded_by_id_idx')
  @Column('int', { nullable: true })
  recordedById: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'recorded_by_id',
    foreignKeyConstraintName: 'indicator_measurement_recorded_by_id_fkey',
  })
  recordedBy?: UserEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;

  /** The earlier measurement this one corrects. */
  @Index('indicator_measurement_corrects_id_key', { unique: true })
  @Column('int', { nullable: true })
  correctsId: number | null;

  @ManyToOne(() => MeasurementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'corrects_id', foreignKeyConstraintName: 'indicator_measurement_corrects_id_fkey' })
  corrects?: MeasurementEntity | null;

  /** When a later measurement replaced this one; null while this is the current value. */
  @Column('timestamptz', { nullable: true })
  correctedAt: Date | null;
}
