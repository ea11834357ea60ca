import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { AdviceKind, CouncilPosition, EscalationRuling, Outcome, RequestStatus } from '@pm/domain';
import { ClientCouncilEntity } from '../client-council/client-council.entity';
import { ProviderEntity } from '../provider/provider.entity';
import { WmczSubjectEntity } from '../wmcz-subject/wmcz-subject.entity';

// The CHECK texts are repeated verbatim in the migration; the invariants they hold are the ones the
// service enforces first, so a bug in the service cannot store an entry the rules could not judge.
export const ADVICE_REQUEST_CHECKS = {
  kind: `kind IN ('ADVICE', 'CONSENT', 'UNSOLICITED')`,
  status: `status IN ('DRAFT', 'SENT', 'RESPONDED', 'DECIDED', 'COMMUNICATED', 'WITHDRAWN', 'ESCALATED')`,
  councilPosition:
    `council_position IS NULL` +
    ` OR (kind = 'ADVICE' AND council_position IN ('POSITIVE', 'POSITIVE_WITH_CONDITIONS', 'NEGATIVE', 'NO_ADVICE'))` +
    ` OR (kind = 'CONSENT' AND council_position IN ('CONSENT_GIVEN', 'CONSENT_WITHHELD'))` +
    ` OR (kind = 'UNSOLICITED' AND council_position IN ('POSITIVE', 'POSITIVE_WITH_CONDITIONS', 'NEGATIVE'))`,
  outcome: `outcome IS NULL OR (decided_on IS NOT NULL AND outcome IN ('FOLLOWED', 'PARTLY_FOLLOWED', 'NOT_FOLLOWED'))`,
  escalation:
    `escalation_ruling IN ('NONE', 'PENDING', 'SUBSTITUTE_CONSENT_GRANTED', 'SUBSTITUTE_CONSENT_REFUSED', 'RULED_FOR_COUNCIL', 'RULED_FOR_PROVIDER')` +
    ` AND (escalated_on IS NULL) = (escalation_ruling = 'NONE')` +
    ` AND (ruling_on IS NOT NULL) = (escalation_ruling NOT IN ('NONE', 'PENDING'))` +
    ` AND (ruling_on IS NULL OR ruling_on >= escalated_on)`,
  title: `length(btrim(title)) BETWEEN 1 AND 200`,
  summary: `length(summary) <= 4000`,
  adviceTermDays: `advice_term_days BETWEEN 1 AND 365`,
  response: `(council_position IS NULL) = (council_responded_on IS NULL) AND (council_responded_on IS NULL OR requested_on IS NULL OR council_responded_on >= requested_on)`,
  communicated: `decision_communicated_on IS NULL OR (decided_on IS NOT NULL AND decision_communicated_on >= decided_on)`,
  origin:
    `(kind <> 'UNSOLICITED' OR (requested_on IS NULL AND NOT reported_not_requested))` +
    ` AND (NOT reported_not_requested OR requested_on IS NULL)`,
  statusDates:
    `(status <> 'DRAFT' OR (requested_on IS NULL AND council_responded_on IS NULL AND decided_on IS NULL))` +
    ` AND (status IN ('DRAFT', 'WITHDRAWN') OR requested_on IS NOT NULL OR kind = 'UNSOLICITED' OR reported_not_requested)` +
    ` AND (status NOT IN ('DECIDED', 'COMMUNICATED') OR decided_on IS NOT NULL)` +
    ` AND ((status = 'COMMUNICATED') = (decision_communicated_on IS NOT NULL))` +
    ` AND ((status = 'WITHDRAWN') = (withdrawn_on IS NOT NULL))` +
    ` AND (status <> 'ESCALATED' OR escalated_on IS NOT NULL)`,
} as const;

/**
 * One entry of the Wmcz 2018 register: a request for advice or consent from a provider's board to its
 * client council, unsolicited advice from the council, or the council's report of a decision it was
 * never asked about. The dates are the ones `assessTimeliness` judges.
 */
@Entity('advice_request')
@Index('advice_request_period_on_idx', { synchronize: false })
// Partial expression indexes of issue 8 (migration AddRegisterRollupAndDashboardIndexes).
@Index('advice_request_open_deadline_idx', { synchronize: false })
@Index('advice_request_pending_unsolicited_idx', { synchronize: false })
@Check('advice_request_kind_check', ADVICE_REQUEST_CHECKS.kind)
@Check('advice_request_status_check', ADVICE_REQUEST_CHECKS.status)
@Check('advice_request_council_position_check', ADVICE_REQUEST_CHECKS.councilPosition)
@Check('advice_request_outcome_check', ADVICE_REQUEST_CHECKS.outcome)
@Check('advice_request_escalation_check', ADVICE_REQUEST_CHECKS.escalation)
@Check('advice_request_title_check', ADVICE_REQUEST_CHECKS.title)
@Check('advice_request_summary_check', ADVICE_REQUEST_CHECKS.summary)
@Check('advice_request_advice_term_days_check', ADVICE_REQUEST_CHECKS.adviceTermDays)
@Check('advice_request_response_check', ADVICE_REQUEST_CHECKS.response)
@Check('advice_request_communicated_check', ADVICE_REQUEST_CHECKS.communicated)
@Check('advice_request_origin_check', ADVICE_REQUEST_CHECKS.origin)
@Check('advice_request_status_dates_check', ADVICE_REQUEST_CHECKS.statusDates)
export class AdviceRequestEntity {
  @PrimaryGeneratedColumn('identity', { primaryKeyConstraintName: 'advice_request_pkey' })
  id: number;

  @Index('advice_request_provider_id_idx')
  @Column('int')
  providerId: number;

  @ManyToOne(() => ProviderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'advice_request_provider_id_fkey' })
  provider?: ProviderEntity;

  @Index('advice_request_council_id_idx')
  @Column('int')
  councilId: number;

  @ManyToOne(() => ClientCouncilEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id', foreignKeyConstraintName: 'advice_request_council_id_fkey' })
  council?: ClientCouncilEntity;

  @Index('advice_request_subject_id_idx')
  @Column('int')
  subjectId: number;

  @ManyToOne(() => WmczSubjectEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subject_id', foreignKeyConstraintName: 'advice_request_subject_id_fkey' })
  subject?: WmczSubjectEntity;

  @Column('text')
  kind: AdviceKind;

  @Column('text')
  title: string;

  @Column('text', { default: '' })
  summary: string;

  @Column('text')
  status: RequestStatus;

  /** The day the council received the request; null for drafts, unsolicited advice and "not requested" reports. */
  @Column('date', { nullable: true })
  requestedOn: string | null;

  /**
   * The council's advice term in force on requestedOn, captured when the request is sent (a later term
   * change does not move an old deadline). Drafts hold the term in force when they were created,
   * unsolicited advice and reports the one in force on their own date; only a sent request's term counts.
   */
  @Column('int')
  adviceTermDays: number;

  @Column('date', { nullable: true })
  plannedDecisionOn: string | null;

  /** The day the council gave its position (for unsolicited advice: the day it gave the advice). */
  @Column('date', { nullable: true })
  councilRespondedOn: string | null;

  @Column('text', { nullable: true })
  councilPosition: CouncilPosition | null;

  @Column('date', { nullable: true })
  decidedOn: string | null;

  @Column('text', { nullable: true })
  outcome: Outcome | null;

  @Column('date', { nullable: true })
  decisionCommunicatedOn: string | null;

  /** The consultation (overleg) with the council before deviating from its advice (art. 9 Wmcz 2018). */
  @Column('date', { nullable: true })
  consultationHeldOn: string | null;

  @Column('boolean', { default: false })
  writtenReasonsGiven: boolean;

  /** The day the dispute went to the commissie van vertrouwenslieden. */
  @Column('date', { nullable: true })
  escalatedOn: string | null;

  @Column('text', { default: 'NONE' })
  escalationRuling: EscalationRuling;

  @Column('date', { nullable: true })
  rulingOn: string | null;

  @Column('date', { nullable: true })
  withdrawnOn: string | null;

  /** The council reports a decision on a Wmcz subject it was never asked about. */
  @Column('boolean', { default: false })
  reportedNotRequested: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** Optimistic lock: clients send the version they saw; a stale one is refused (STALE_VERSION). */
  @VersionColumn({ default: 1 })
  version: number;
}

/** An overlegvergadering: the board and the council meeting on the provider's general course. */
@Entity('consultation_meeting')
@Check('consultation_meeting_topics_check', `cardinality(topics) <= 30`)
export class ConsultationMeetingEntity {
  @PrimaryGeneratedColumn('identity', { primaryKeyConstraintName: 'consultation_meeting_pkey' })
  id: number;

  @Index('consultation_meeting_provider_id_idx')
  @Column('int')
  providerId: number;

  @ManyToOne(() => ProviderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'consultation_meeting_provider_id_fkey' })
  provider?: ProviderEntity;

  @Index('consultation_meeting_council_id_idx')
  @Column('int')
  councilId: number;

  @ManyToOne(() => ClientCouncilEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id', foreignKeyConstraintName: 'consultation_meeting_council_id_fkey' })
  council?: ClientCouncilEntity;

  @Column('date')
  heldOn: string;

  @Column('text', { array: true, default: () => `'{}'` })
  topics: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
