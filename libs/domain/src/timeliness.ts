// Was the client council asked in time? The Wmcz 2018 sets no number of days: the provider must ask
// "at a moment when the advice can still substantially influence the decision" (art. 9), and the
// council answers within a reasonable term. That term is the council's agreed advice term; which term
// was in force on the request date is the caller's business, this rule uses the one it is given.
import { addDays, daysBetween, parseIsoDate, type IsoDate } from './dates';
import { DomainValidationError } from './errors';
import { ADVICE_KINDS, type AdviceKind, type Verdict } from './wmcz/enums';

export type { IsoDate } from './dates';
export type { Verdict } from './wmcz/enums';

/** The dates of one register entry that decide its timeliness. */
export interface TimelinessInput {
  kind: AdviceKind;
  /** The day the council received the request. */
  requestedOn: IsoDate | null;
  /** The council's advice term in force on `requestedOn`, in days. */
  adviceTermDays: number;
  /** The decision date stated in the request. */
  plannedDecisionOn: IsoDate | null;
  councilRespondedOn: IsoDate | null;
  decidedOn: IsoDate | null;
  withdrawnOn: IsoDate | null;
  /** The council reports a decision on a Wmcz subject it was never asked about. */
  reportedNotRequested: boolean;
}

/** The verdict and the figures behind it; a figure that cannot be computed is null, never 0. */
export interface Timeliness {
  verdict: Verdict;
  /** requestedOn + adviceTermDays: the last day the council may answer. */
  deadline: IsoDate | null;
  /** (plannedDecisionOn ?? decidedOn) − requestedOn: the days the council was given. */
  grantedDays: number | null;
  /** grantedDays − adviceTermDays: negative when the council got less than its term. */
  marginDays: number | null;
  /** deadline − today, only while OPEN and not yet answered; negative once the deadline has passed. */
  daysLeft: number | null;
  /** The council answered after its own deadline. */
  councilLate: boolean;
}

const DATE_FIELDS = [
  'requestedOn',
  'plannedDecisionOn',
  'councilRespondedOn',
  'decidedOn',
  'withdrawnOn',
] as const;

function validate(input: TimelinessInput, today: IsoDate): void {
  if (!(ADVICE_KINDS as readonly unknown[]).includes(input.kind)) {
    throw new DomainValidationError('INVALID_KIND', 'kind', `kind must be one of ${ADVICE_KINDS.join(', ')}`);
  }
  for (const field of DATE_FIELDS) {
    const value = input[field];
    if (value !== null) parseIsoDate(value, field);
  }
  parseIsoDate(today, 'today');
  const term = input.adviceTermDays;
  if (!Number.isSafeInteger(term) || term <= 0) {
    throw new DomainValidationError(
      'INVALID_TERM',
      'adviceTermDays',
      `adviceTermDays must be a whole number of days above 0, got ${term}`,
    );
  }
  if (
    input.requestedOn !== null &&
    input.councilRespondedOn !== null &&
    daysBetween(input.requestedOn, input.councilRespondedOn) < 0
  ) {
    throw new DomainValidationError(
      'RESPONSE_BEFORE_REQUEST',
      'councilRespondedOn',
      'The council cannot have answered before it received the request',
    );
  }
}

function verdictOf(input: TimelinessInput, deadline: IsoDate | null, grantedDays: number | null): Verdict {
  const { kind, requestedOn, decidedOn, councilRespondedOn } = input;
  // Unsolicited advice (art. 7 lid 2) is the council's own initiative: nobody asked, so nobody was late.
  if (kind === 'UNSOLICITED') return 'NOT_APPLICABLE';
  if (input.withdrawnOn !== null) return 'WITHDRAWN';
  // A decision on an art. 7 lid 1 or art. 8 subject without any request skips the council entirely.
  if (input.reportedNotRequested || requestedOn === null || deadline === null) return 'NOT_REQUESTED';
  if (decidedOn === null) return 'OPEN';
  // Asking after deciding can no longer influence the decision (art. 9): a voldongen feit.
  if (daysBetween(requestedOn, decidedOn) < 0) return 'AFTER_THE_FACT';
  // Deciding while the council's term still runs and before it answered takes its say away just the
  // same (art. 7 lid 1 for advice, art. 8 for consent). Answering on the decision day counts as heard.
  const heard = councilRespondedOn !== null && daysBetween(councilRespondedOn, decidedOn) >= 0;
  if (daysBetween(decidedOn, deadline) > 0 && !heard) return 'AFTER_THE_FACT';
  // The request itself left the council fewer days than its agreed term (art. 9: in time to matter).
  if (grantedDays !== null && grantedDays < input.adviceTermDays) return 'SHORT_NOTICE';
  return 'ON_TIME';
}

/**
 * Judges whether a provider consulted its client council in time (Wmcz 2018 art. 7–9). Rules, first
 * match wins: unsolicited → NOT_APPLICABLE; withdrawn → WITHDRAWN; reported as never asked, or no
 * request date → NOT_REQUESTED; no decision → OPEN; decided before the request, or before the deadline
 * without the council's answer → AFTER_THE_FACT; fewer days granted than the term → SHORT_NOTICE;
 * otherwise ON_TIME. Pure: `today` only moves `daysLeft`.
 *
 * @param input - the entry's dates and the advice term in force on the request date.
 * @param today - the calendar day to count days left from, 'YYYY-MM-DD'.
 * @throws DomainValidationError `INVALID_DATE` naming the date field (or `today`) that is malformed or
 *   impossible; `INVALID_TERM` (field `adviceTermDays`) for a term that is not a whole number above 0;
 *   `RESPONSE_BEFORE_REQUEST` (field `councilRespondedOn`); `INVALID_KIND` (field `kind`).
 */
export function assessTimeliness(input: TimelinessInput, today: IsoDate): Timeliness {
  validate(input, today);
  const { requestedOn, adviceTermDays, councilRespondedOn } = input;

  const deadline = requestedOn === null ? null : addDays(requestedOn, adviceTermDays);
  const decisionOn = input.plannedDecisionOn ?? input.decidedOn;
  const grantedDays =
    requestedOn === null || decisionOn === null ? null : daysBetween(requestedOn, decisionOn);
  const marginDays = grantedDays === null ? null : grantedDays - adviceTermDays;
  const verdict = verdictOf(input, deadline, grantedDays);

  const daysLeft =
    verdict === 'OPEN' && councilRespondedOn === null && deadline !== null
      ? daysBetween(today, deadline)
      : null;
  // Unsolicited advice runs on the council's own clock, so it has no term to overrun.
  const councilLate =
    input.kind !== 'UNSOLICITED' &&
    deadline !== null &&
    councilRespondedOn !== null &&
    daysBetween(deadline, councilRespondedOn) > 0;

  return { verdict, deadline, grantedDays, marginDays, daysLeft, councilLate };
}
