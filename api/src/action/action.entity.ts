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
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { ActionStatus } from '@pm/domain';
import { ActivityEntity } from '../activity/activity.entity';
import { UserEntity } from '../auth/user.entity';
import { CoreGroupMemberEntity } from '../core-group/core-group.entity';
import { MunicipalityEntity } from '../municipality/municipality.entity';
import { GoalEntity, PillarEntity } from '../pillar/pillar.entity';

const STATUS_LIST = `'IDEA', 'PLANNED', 'IN_PROGRESS', 'DONE', 'BLOCKED', 'DROPPED'`;

/**
 * A core group action (kerngroep-actie). Lateness is never stored: it follows from due_on, status
 * and today (isActionLate in libs/domain, the same expression in SQL for the figures).
 */
@Entity('action')
@Index('action_due_on_id_idx', ['dueOn', 'id'])
@Index('action_open_due_on_idx', ['dueOn'], { where: `status NOT IN ('DONE', 'DROPPED')` })
@Check('action_status_check', `status IN (${STATUS_LIST})`)
@Check('action_title_check', `length(btrim(title)) BETWEEN 1 AND 300`)
@Check('action_lead_organisation_check', `length(btrim(lead_organisation)) BETWEEN 1 AND 200`)
@Check('action_dates_check', 'due_on IS NULL OR start_on IS NULL OR due_on >= start_on')
@Check('action_manual_progress_check', 'manual_progress >= 0 AND manual_progress <= 100')
@Check('action_weight_check', 'weight >= 0 AND weight <= 1000')
@Check('action_parent_check', 'parent_id <> id')
export class ActionEntity {
  @PrimaryGeneratedColumn('identity', { primaryKeyConstraintName: 'action_pkey' })
  id: number;

  @Index('action_pillar_id_idx')
  @Column('int')
  pillarId: number;

  @ManyToOne(() => PillarEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pillar_id', foreignKeyConstraintName: 'action_pillar_id_fkey' })
  pillar?: PillarEntity;

  @Index('action_goal_id_idx')
  @Column('int', { nullable: true })
  goalId: number | null;

  @ManyToOne(() => GoalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'goal_id', foreignKeyConstraintName: 'action_goal_id_fkey' })
  goal?: GoalEntity | null;

  /** Set for a sub-action; sub-actions have no sub-actions of their own (one level). */
  @Index('action_parent_id_idx')
  @Column('int', { nullable: true })
  parentId: number | null;

  @ManyToOne(() => ActionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'action_parent_id_fkey' })
  parent?: ActionEntity | null;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('text')
  leadOrganisation: string;

  @Index('action_responsible_member_id_idx')
  @Column('int', { nullable: true })
  responsibleMemberId: number | null;

  @ManyToOne(() => CoreGroupMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'responsible_member_id',
    foreignKeyConstraintName: 'action_responsible_member_id_fkey',
  })
  responsibleMember?: CoreGroupMemberEntity | null;

  /** True for the whole region; otherwise the municipalities in action_municipality. */
  @Column('boolean', { default: false })
  regionWide: boolean;

  @Column('date', { nullable: true })
  startOn: string | null;

  @Column('date', { nullable: true })
  dueOn: string | null;

  @Column('text', { default: 'IDEA' })
  status: ActionStatus;

  /** Percent 0–100 entered by the owner; null to use the sub-actions or the status share. */
  @Column('double precision', { nullable: true })
  manualProgress: number | null;

  /** Weight in its parent's, goal's or pillar's progress; 1 unless edited. */
  @Column('double precision', { default: 1 })
  weight: number;

  /** Optimistic lock: a change must name the version it was based on. */
  @VersionColumn({ type: 'int' })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** Further owners of an action: core group members from other organisations. */
@Entity('action_owner')
export class ActionOwnerEntity {
  @PrimaryColumn('int', { primaryKeyConstraintName: 'action_owner_pkey' })
  actionId: number;

  @Index('action_owner_member_id_idx')
  @PrimaryColumn('int', { primaryKeyConstraintName: 'action_owner_pkey' })
  memberId: number;

  @ManyToOne(() => ActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id', foreignKeyConstraintName: 'action_owner_action_id_fkey' })
  action?: ActionEntity;

  @ManyToOne(() => CoreGroupMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'action_owner_member_id_fkey' })
  member?: CoreGroupMemberEntity;
}

/** Municipalities involved in an action that is not region-wide. */
@Entity('action_municipality')
export class ActionMunicipalityEntity {
  @PrimaryColumn('int', { primaryKeyConstraintName: 'action_municipality_pkey' })
  actionId: number;

  @Index('action_municipality_municipality_id_idx')
  @PrimaryColumn('int', { primaryKeyConstraintName: 'action_municipality_pkey' })
  municipalityId: number;

  @ManyToOne(() => ActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id', foreignKeyConstraintName: 'action_municipality_action_id_fkey' })
  action?: ActionEntity;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'municipality_id',
    foreignKeyConstraintName: 'action_municipality_municipality_id_fkey',
  })
  municipality?: MunicipalityEntity;
}

/** "blocker blocks blocked". Never cyclic (assertNoDependencyCycle); never an action on itself. */
@Entity('action_dependency')
@Check('action_dependency_self_check', 'blocker_id <> blocked_id')
export class ActionDependencyEntity {
  @PrimaryColumn('int', { primaryKeyConstraintName: 'action_dependency_pkey' })
  blockerId: number;

  @Index('action_dependency_blocked_id_idx')
  @PrimaryColumn('int', { primaryKeyConstraintName: 'action_dependency_pkey' })
  blockedId: number;

  @ManyToOne(() => ActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'blocker_id', foreignKeyConstraintName: 'action_dependency_blocker_id_fkey' })
  blocker?: ActionEntity;

  @ManyToOne(() => ActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'blocked_id', foreignKeyConstraintName: 'action_dependency_blocked_id_fkey' })
  blocked?: ActionEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity('action_milestone')
@Index('action_milestone_open_due_on_idx', ['dueOn'], { where: 'done_on IS NULL' })
@Check('action_milestone_title_check', `length(btrim(title)) BETWEEN 1 AND 300`)
export class ActionMilestoneEntity {
  @PrimaryGeneratedColumn('identity', { primaryKeyConstraintName: 'action_milestone_pkey' })
  id: number;

  @Index('action_milestone_action_id_idx')
  @Column('int')
  actionId: number;

  @ManyToOne(() => ActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id', foreignKeyConstraintName: 'action_milestone_action_id_fkey' })
  action?: ActionEntity;

  @Column('text')
  title: string;

  @Column('date')
  dueOn: string;

  /** The day the milestone was reached; null while open. */
  @Column('date', { nullable: true })
  doneOn: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** Participation activities whose input led to an action. */
@Entity('action_activity')
export class ActionActivityEntity {
  @PrimaryColumn('int', { primaryKeyConstraintName: 'action_activity_pkey' })
  actionId: number;

  @Index('action_activity_activity_id_idx')
  @PrimaryColumn('int', { primaryKeyConstraintName: 'action_activity_pkey' })
  activityId: number;

  @ManyToOne(() => ActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id', foreignKeyConstraintName: 'action_activity_action_id_fkey' })
  action?: ActionEntity;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'action_activity_activity_id_fkey' })
  activity?: ActivityEntity;
}

/**
 * Every status and progress change of an action (who, when, from, to), starting with the row written
 * when the action is created. Each row holds the full state after the change, so the state on any
 * past day is the last row on or before it: the monthly progress snapshots are computed from here.
 */
@Entity('action_change')
@Index('action_change_action_id_changed_at_idx', ['actionId', 'changedAt'])
@Check('action_change_status_from_check', `status_from IN (${STATUS_LIST})`)
@Check('action_change_status_to_check', `status_to IN (${STATUS_LIST})`)
@Check(
  'action_change_progress_check',
  '(progress_from IS NULL OR progress_from BETWEEN 0 AND 100) AND (progress_to IS NULL OR progress_to BETWEEN 0 AND 100)',
)
export class ActionChangeEntity {
  @PrimaryGeneratedColumn('identity', { primaryKeyConstraintName: 'action_change_pkey' })
  id: number;

  @Column('int')
  actionId: number;

  @ManyToOne(() => ActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id', foreignKeyConstraintName: 'action_change_action_id_fkey' })
  action?: ActionEntity;

  @Column('timestamptz', { default: () => 'now()' })
  changedAt: Date;

  @Index('action_change_changed_by_id_idx')
  @Column('int', { nullable: true })
  changedById: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'changed_by_id', foreignKeyConstraintName: 'action_change_changed_by_id_fkey' })
  changedBy?: UserEntity | null;

  /** Null on the row written at creation. */
  @Column('text', { nullable: true })
  statusFrom: ActionStatus | null;

  @Column('text')
  statusTo: ActionStatus;

  @Column('double precision', { nullable: true })
  progressFrom: number | null;

  @Column('double precision', { nullable: true })
  progressTo: number | null;
}
