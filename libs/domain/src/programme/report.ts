// Lifecycle of a participation activity's report (seed 001): the write-up goes back to the people
// who took part first, and only after their approval is it shared with the region.
import { DomainValidationError } from '../errors';
import { REPORT_STATUS_LABELS, type ReportStatus } from './enums';

/**
 * Allowed next statuses per status. SENT_TO_PARTICIPANTS may go back to DRAFT when participants
 * ask for changes; nothing leaves SHARED_WITH_REGION.
 */
export const REPORT_TRANSITIONS: Readonly<Record<ReportStatus, readonly ReportStatus[]>> = {
  DRAFT: ['SENT_TO_PARTICIPANTS'],
  SENT_TO_PARTICIPANTS: ['APPROVED_BY_PARTICIPANTS', 'DRAFT'],
  APPROVED_BY_PARTICIPANTS: ['SHARED_WITH_REGION'],
  SHARED_WITH_REGION: [],
};

/** The statuses a report in status `from` may move to. */
export function reportTransitions(from: ReportStatus): readonly ReportStatus[] {
  return REPORT_TRANSITIONS[from] ?? [];
}

/** True when a report may move from `from` to `to` (staying in the same status is not a transition). */
export function canTransitionReport(from: ReportStatus, to: ReportStatus): boolean {
  return reportTransitions(from).includes(to);
}

/**
 * @throws DomainValidationError `INVALID_TRANSITION` (field `status`) when the move is not allowed.
 */
export function assertReportTransition(from: ReportStatus, to: ReportStatus): void {
  if (!canTransitionReport(from, to)) {
    const name = (status: ReportStatus): string => REPORT_STATUS_LABELS[status]?.en ?? String(status);
    throw new DomainValidationError(
      'INVALID_TRANSITION',
      'status',
      `A report cannot go from "${name(from)}" to "${name(to)}"`,
    );
  }
}

/** A report can be edited until participants approve it; after that their approval would no longer hold. */
export function isReportEditable(status: ReportStatus): boolean {
  return status === 'DRAFT' || status === 'SENT_TO_PARTICIPANTS';
}

/** The region sees a report only once the participants have approved it (seed 001). */
export function isReportVisibleToRegion(status: ReportStatus): boolean {
  return status === 'APPROVED_BY_PARTICIPANTS' || status === 'SHARED_WITH_REGION';
}
