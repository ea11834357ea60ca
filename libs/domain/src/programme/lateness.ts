// Lateness is computed from dates, never a checkbox (PRODUCT.md §3 "Action"). `today` is an
// argument so the rule is testable and the API decides which calendar day it is (Europe/Amsterdam).
import { type ActionStatus } from './enums';
import { parseIsoDate } from '../dates';

export interface LatenessActionInput {
  readonly status: ActionStatus;
  /** 'YYYY-MM-DD', or null for an action without a due date (never late). */
  readonly dueOn: string | null;
}

export interface LatenessMilestoneInput {
  /** 'YYYY-MM-DD', or null for a milestone without a due date (never late). */
  readonly dueOn: string | null;
  /** 'YYYY-MM-DD' on which the milestone was reached, or null while it is still open. */
  readonly doneOn: string | null;
}

/**
 * An action is late when its due date has passed (due before today; due today is not late yet)
 * and it is neither done nor dropped.
 *
 * @throws DomainValidationError `INVALID_DATE` (field `dueOn` or `today`) for a date not written as YYYY-MM-DD.
 */
export function isActionLate(action: LatenessActionInput, today: string): boolean {
  parseIsoDate(today, 'today');
  if (action.dueOn === null || action.dueOn === undefined) return false;
  parseIsoDate(action.dueOn, 'dueOn');
  if (action.status === 'DONE' || action.status === 'DROPPED') return false;
  // Valid for 'YYYY-MM-DD' only: fixed width, most significant part first.
  return action.dueOn < today;
}

/**
 * A milestone is late when its due date has passed (due before today) and it has not been reached.
 * A milestone reached after its due date is no longer late: it is done.
 *
 * @throws DomainValidationError `INVALID_DATE` (field `dueOn`, `doneOn` or `today`) for a date not written as YYYY-MM-DD.
 */
export function isMilestoneLate(milestone: LatenessMilestoneInput, today: string): boolean {
  parseIsoDate(today, 'today');
  if (milestone.doneOn !== null && milestone.doneOn !== undefined) {
    parseIsoDate(milestone.doneOn, 'doneOn');
  }
  if (milestone.dueOn === null || milestone.dueOn === undefined) return false;
  parseIsoDate(milestone.dueOn, 'dueOn');
  if (milestone.doneOn !== null && milestone.doneOn !== undefined) return false;
  return milestone.dueOn < today;
}
