import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { SubregionEntity } from '../region/region.entity';

@Entity('municipality')
@Unique('municipality_cbs_code_key', ['cbsCode'])
@Check('municipality_cbs_code_check', `cbs_code ~ '^GM[0-9]{4}$'`)
@Check('municipality_inhabitants_check', 'inhabitants >= 0')
@Check('municipality_youth_population_check', 'youth_population >= 0')
@Check('municipality_valid_range_check', 'valid_to IS NULL OR valid_to > valid_from')
export class MunicipalityEntity {
  @PrimaryGeneratedColumn('identity', { primaryKeyConstraintName: 'municipality_pkey' })
  id: number;

  @Column('text')
  cbsCode: string;

  @Column('text')
  name: string;

  @Index('municipality_subregion_id_idx')
  @Column('int')
  subregionId: number;

  @ManyToOne(() => SubregionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subregion_id', foreignKeyConstraintName: 'municipality_subregion_id_fkey' })
  subregion?: SubregionEntity;

  @Column('int')
  inhabitants: number;

  @Column('int')
  inhabitantsYear: number;

  /** Inhabitants aged 0–17, for per-capita youth figures; unknown for former municipalities. */
  @Column('int', { nullable: true })
  youthPopulation: number | null;

  @Column('date')
  validFrom: string;

  @Column('date', { nullable: true })
  validTo: string | null;

  @Index('municipality_successor_id_idx')
  @Column('int', { nullable: true })
  successorId: number | null;

  /** Consented to its figures appearing in the public aggregates (PRODUCT.md §4); set by setPublication. */
  @Column('boolean', { default: false })
  publishAggregates: boolean;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'successor_id', foreignKeyConstraintName: 'municipality_successor_id_fkey' })
  successor?: MunicipalityEntity | null;
}
