import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { ActivityForm, ParticipationLevel, ReportStatus } from '@pm/domain';
import { MunicipalityEntity } from '../municipality/municipality.entity';
import { PillarEntity } from '../pillar/pillar.entity';

const PARTICIPANT_COLUMNS = [
  'participants_youth',
  'participants_parents',
  'participants_professionals',
  'participants_other',
];

/**
 * A participation activity (bijeenkomst). Participants are counted by kind, never named.
 */
@Entity('participation_activity')
@Check(
  'participation_activity_form_check',
  `form IN ('FOCUS_GROUP', 'PANEL', 'IN_DEPTH_INTERVIEW', 'CLIENT_COUNCIL_MEETING', 'CLIENT_INSPECTION', 'NETWORK_DAY', 'CONFERENCE', 'TRAINING', 'LINE_OF_DISCONTENT', 'ACHTERBAN_CONTACT')`,
)
@Check(
  'participation_activity_level_check',
  `level IN ('INFORMEREN', 'RAADPLEGEN', 'ADVISEREN', 'COPRODUCEREN', 'MEEBESLISSEN')`,
)
@Check(
  'participation_activity_participants_check',
  PARTICIPANT_COLUMNS.map((column) => `${column} >= 0`).join(' AND '),
)
@Check('participation_activity_title_check', `length(btrim(title)) BETWEEN 1 AND 300`)
export class ActivityEntity {
  @PrimaryGeneratedColumn('identity', { primaryKeyConstraintName: 'participation_activity_pkey' })
  id: number;

  @Column('text')
  title: string;

  @Column('text')
  form: ActivityForm;

  @Index('participation_activity_held_on_idx')
  @Column('date')
  heldOn: string;

  /** Null for a region-wide activity. */
  @Index('participation_activity_municipality_id_idx')
  @Column('int', { nullable: true })
  municipalityId: number | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'municipality_id',
    foreignKeyConstraintName: 'participation_activity_municipality_id_fkey',
  })
  municipality?: MunicipalityEntity | null;

  @Column('int', { default: 0 })
  participantsYouth: number;

  @Column('int', { default: 0 })
  participantsParents: number;

  @Column('int', { default: 0 })
  participantsProfessionals: number;

  @Column('int', { default: 0 })
  participantsOther: number;

  @Column('text')
  level: ParticipationLevel;

  /** Whether participants heard back what was done with their input. */
  @Column('boolean', { default: false })
  feedbackGiven: boolean;

  @Column('text', { nullable: true })
  summary: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** The pillars an activity contributes to (at least one). */
@Entity('activity_pillar')
export class ActivityPillarEntity {
  @PrimaryColumn('int', { primaryKeyConstraintName: 'activity_pillar_pkey' })
  activityId: number;

  @Index('activity_pillar_pillar_id_idx')
  @PrimaryColumn('int', { primaryKeyConstraintName: 'activity_pillar_pkey' })
  pillarId: number;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'activity_pillar_activity_id_fkey' })
  activity?: ActivityEntity;

  @ManyToOne(() => PillarEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pillar_id', foreignKeyConstraintName: 'activity_pillar_pillar_id_fkey' })
  pillar?: PillarEntity;
}

/**
 * The write-up of an activity (seed 001): draft → sent to participants → approved by participants →
 * shared with the region. Once approved it is frozen (a trigger refuses edits); a change means a new
 * version that supersedes it.
 */
@Entity('activity_report')
@Unique('activity_report_activity_id_version_key', ['activityId', 'version'])
@Check(
  'activity_report_status_check',
  `status IN ('DRAFT', 'SENT_TO_PARTICIPANTS', 'APPROVED_BY_PARTICIPANTS', 'SHARED_WITH_REGION')`,
)
@Check('activity_report_version_check', '(version = 1) = (supersedes_id IS NULL) AND version >= 1')
@Check('activity_report_title_check', `length(btrim(title)) BETWEEN 1 AND 300`)
export class ActivityReportEntity {
  @PrimaryGeneratedColumn('identity', { primaryKeyConstraintName: 'activity_report_pkey' })
  id: number;

  @Column('int')
  activityId: number;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'activity_report_activity_id_fkey' })
  activity?: ActivityEntity;

  @Column('int')
  version: number;

  @Column('text', { default: 'DRAFT' })
  status: ReportStatus;

  @Column('text')
  title: string;

  /** The anonymous write-up; participants are never named in it. */
  @Column('text')
  body: string;

  /** The approved version this one replaces. */
  @Index('activity_report_supersedes_id_key', { unique: true })
  @Column('int', { nullable: true })
  supersedesId: number | null;

  @ManyToOne(() => ActivityReportEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supersedes_id', foreignKeyConstraintName: 'activity_report_supersedes_id_fkey' })
  supersedes?: ActivityReportEntity | null;

  @Column('date', { nullable: true })
  sentOn: string | null;

  @Column('date', { nullable: true })
  approvedOn: string | null;

  @Column('date', { nullable: true })
  sharedOn: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /**
   * Optimistic lock (version numbers the report's versions): a client sends the revision it saw; a
   * stale one is refused (STALE_VERSION).
   */
  @VersionColumn({ default: 1 })
  revision: number;
}
