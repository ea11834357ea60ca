// The timeliness rule and the process findings as SQL, so lists can filter by verdict and the figures
// can count verdicts in the database. These expressions MIRROR assessTimeliness and assessFindings in
// libs/domain exactly (same rules, same order, same boundaries); tests/integration/advice-request/
// sql-matches-domain.test.ts compares them row by row and figure by figure on random data. Change one,
// change the other. `a` is the table alias of advice_request; `today` an SQL date expression.
import { RATED_VERDICTS, UNSOLICITED_ANSWER_DAYS, type FindingCode } from '@pm/domain';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** The verdicts that count in the on-time rate (RATED_VERDICTS), as an SQL list. */
export const RATED_VERDICTS_SQL = list(RATED_VERDICTS);

/** requestedOn + adviceTermDays: the last day the council may answer. NULL without a request date. */
export const deadlineSql = (a = 'r') => `(${a}.requested_on + ${a}.advice_term_days)`;

/** (plannedDecisionOn ?? decidedOn) − requestedOn. */
export const grantedDaysSql = (a = 'r') =>
  `(COALESCE(${a}.planned_decision_on, ${a}.decided_on) - ${a}.requested_on)`;

/** grantedDays − adviceTermDays. */
export const marginDaysSql = (a = 'r') => `(${grantedDaysSql(a)} - ${a}.advice_term_days)`;

/** The verdict, first match wins, numbered as in the issue and in assessTimeliness. */
export const verdictSql = (a = 'r') => `(CASE
    -- 1. Unsolicited advice: the council's own initiative, nobody was late.
    WHEN ${a}.kind = 'UNSOLICITED' THEN 'NOT_APPLICABLE'
    -- 2. Withdrawn.
    WHEN ${a}.withdrawn_on IS NOT NULL THEN 'WITHDRAWN'
    -- 3. Reported as never asked, or no request date.
    WHEN ${a}.reported_not_requested OR ${a}.requested_on IS NULL THEN 'NOT_REQUESTED'
    -- 4. No decision yet.
    WHEN ${a}.decided_on IS NULL THEN 'OPEN'
    -- 5a. Decided before asking.
    WHEN ${a}.decided_on < ${a}.requested_on THEN 'AFTER_THE_FACT'
    -- 5b. Decided before the deadline while the council had not answered by the decision day.
    WHEN ${a}.decided_on < ${deadlineSql(a)}
      AND (${a}.council_responded_on IS NULL OR ${a}.council_responded_on > ${a}.decided_on) THEN 'AFTER_THE_FACT'
    -- 6. The council was given fewer days than its term.
    WHEN ${grantedDaysSql(a)} < ${a}.advice_term_days THEN 'SHORT_NOTICE'
    -- 7. Otherwise on time.
    ELSE 'ON_TIME'
  END)`;

/** deadline − today, only while OPEN and not yet answered. */
export const daysLeftSql = (a: string, today: string) =>
  `(CASE WHEN ${verdictSql(a)} = 'OPEN' AND ${a}.council_responded_on IS NULL AND ${a}.requested_on IS NOT NULL
      THEN ${deadlineSql(a)} - ${today} END)`;

/** The council answered after its own deadline (never for unsolicited advice). */
export const councilLateSql = (a = 'r') =>
  `COALESCE(${a}.kind <> 'UNSOLICITED' AND ${a}.council_responded_on > ${deadlineSql(a)}, false)`;

const deviatingSql = (a: string) => `COALESCE(${a}.outcome IN ('PARTLY_FOLLOWED', 'NOT_FOLLOWED'), false)`;

/** Each process finding as a boolean SQL expression, mirroring assessFindings. */
export const findingSql = (code: FindingCode, a: string, today: string): string => {
  switch (code) {
    case 'DEVIATION_WITHOUT_CONSULTATION':
      // A consultation on the decision day itself still counts as "before deviating".
      return `(${deviatingSql(a)} AND ${a}.kind <> 'CONSENT' AND NOT (${a}.consultation_held_on IS NOT NULL
        AND (${a}.decided_on IS NULL OR ${a}.consultation_held_on <= ${a}.decided_on)))`;
    case 'DEVIATION_WITHOUT_REASONS':
      return `(${deviatingSql(a)} AND ${a}.kind = 'ADVICE' AND NOT ${a}.written_reasons_given)`;
    case 'CONSENT_WITHHELD_CARRIED_OUT':
      return `(${a}.kind = 'CONSENT' AND COALESCE(${a}.council_position = 'CONSENT_WITHHELD', false)
        AND ${a}.decided_on IS NOT NULL AND ${a}.escalation_ruling <> 'SUBSTITUTE_CONSENT_GRANTED')`;
    case 'UNSOLICITED_WITHOUT_REASONED_ANSWER':
      return `(${a}.kind = 'UNSOLICITED' AND (
        (${a}.decided_on IS NOT NULL AND NOT ${a}.written_reasons_given)
        OR (${a}.decided_on IS NULL AND ${a}.withdrawn_on IS NULL AND ${a}.council_responded_on IS NOT NULL
            AND ${today} - ${a}.council_responded_on > ${UNSOLICITED_ANSWER_DAYS})))`;
    case 'COUNCIL_ANSWERED_LATE':
      return councilLateSql(a);
  }
};

/**
 * Written reasons were owed: advice partly or not followed (art. 9 Wmcz 2018), or unsolicited advice
 * answered (art. 7 lid 2). The reasons-given rate is given ÷ owed.
 */
export const reasonsOwedSql = (a = 'r') =>
  `((${a}.kind = 'ADVICE' AND ${deviatingSql(a)}) OR (${a}.kind = 'UNSOLICITED' AND ${a}.decided_on IS NOT NULL))`;

/**
 * The entry has reached the council: a sent request, unsolicited advice or a "not requested" report.
 * Drafts (and drafts withdrawn before sending) have not; they get no verdict and count in no figure.
 */
export const reachedCouncilSql = (a = 'r') =>
  `(${a}.requested_on IS NOT NULL OR ${a}.kind = 'UNSOLICITED' OR ${a}.reported_not_requested)`;

/**
 * The entry's place in time for period filters and monthly figures: the day the request reached the
 * council; for unsolicited advice the day it was given; for a "not requested" report the decision day.
 * Kept identical to the expression of the index advice_request_period_on_idx.
 */
export const periodOnSql = (a = 'r') =>
  `COALESCE(${a}.requested_on, ${a}.council_responded_on, ${a}.decided_on)`;
