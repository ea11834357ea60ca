// The life of a register entry: drafted by the provider, sent to the council, answered, decided and
// the decision communicated. It can be withdrawn while still open, and taken to the commissie van
// vertrouwenslieden when the council and provider disagree, coming back out decided with its ruling.
import { DomainValidationError } from './errors';
import { REQUEST_STATUS_LABELS, type RequestStatus } from './wmcz/enums';

/** Every allowed move, by the status it starts from. COMMUNICATED and WITHDRAWN are final. */
export const REQUEST_TRANSITIONS: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = {
  DRAFT: ['SENT', 'WITHDRAWN'],
  // A board can decide without waiting for the council's answer; the register must be able to record
  // that, because it is exactly what the after-the-fact verdict measures.
  SENT: ['RESPONDED', 'DECIDED', 'WITHDRAWN'],
  // Withheld consent or rejected advice can go to the commissie van vertrouwenslieden (art. 8 Wmcz 2018).
  RESPONDED: ['DECIDED', 'ESCALATED', 'WITHDRAWN'],
  DECIDED: ['COMMUNICATED', 'ESCALATED'],
  COMMUNICATED: [],
  WITHDRAWN: [],
  // The ruling settles the matter: the entry returns as decided (or is withdrawn before a ruling).
  ESCALATED: ['DECIDED', 'WITHDRAWN'],
};

function isStatus(value: unknown): value is RequestStatus {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(REQUEST_TRANSITIONS, value);
}

/** The statuses an entry in `from` may move to next; empty for a final status or an unknown one. */
export function nextStatuses(from: RequestStatus): RequestStatus[] {
  return isStatus(from) ? [...REQUEST_TRANSITIONS[from]] : [];
}

/** Whether an entry may move from `from` to `to`. Staying in the same status is not a move. */
export function canTransition(from: RequestStatus, to: RequestStatus): boolean {
  return isStatus(from) && isStatus(to) && REQUEST_TRANSITIONS[from].includes(to);
}

/**
 * Throws unless an entry may move from `from` to `to`.
 *
 * @throws DomainValidationError `INVALID_TRANSITION` (field `status`) naming both statuses.
 */
export function assertTransition(from: RequestStatus, to: RequestStatus): void {
  if (!canTransition(from, to)) {
    const name = (status: RequestStatus): string =>
      isStatus(status) ? REQUEST_STATUS_LABELS[status].en : JSON.stringify(String(status));
    throw new DomainValidationError(
      'INVALID_TRANSITION',
      'status',
      `A request cannot go from ${name(from)} to ${name(to)}`,
    );
  }
}
