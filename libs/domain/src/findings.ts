// Process findings: what went wrong in how a decision was handled, separate from whether the council
// was asked in time. One entry can carry several findings; none means nothing to report.
import { daysBetween, parseIsoDate, type IsoDate } from './dates';
import { assessTimeliness, type TimelinessInput } from './timeliness';
import type { BilingualLabel, CouncilPosition, EscalationRuling, Outcome } from './wmcz/enums';

export const FINDING_CODES = [
  'DEVIATION_WITHOUT_CONSULTATION',
  'DEVIATION_WITHOUT_REASONS',
  'CONSENT_WITHHELD_CARRIED_OUT',
  'UNSOLICITED_WITHOUT_REASONED_ANSWER',
  'COUNCIL_ANSWERED_LATE',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export const FINDING_LABELS: Readonly<Record<FindingCode, BilingualLabel>> = {
  DEVIATION_WITHOUT_CONSULTATION: {
    nl: 'Afgeweken van het advies zonder eerst overleg',
    en: 'Advice not followed without prior consultation',
  },
  DEVIATION_WITHOUT_REASONS: {
    nl: 'Afgeweken van het advies zonder schriftelijke motivering',
    en: 'Advice not followed without written reasons',
  },
  CONSENT_WITHHELD_CARRIED_OUT: {
    nl: 'Uitgevoerd zonder instemming of vervangende toestemming',
    en: 'Carried out without consent or substitute consent',
  },
  UNSOLICITED_WITHOUT_REASONED_ANSWER: {
    nl: 'Ongevraagd advies zonder gemotiveerd antwoord',
    en: 'Unsolicited advice without a reasoned answer',
  },
  COUNCIL_ANSWERED_LATE: {
    nl: 'Cliëntenraad antwoordde na de eigen termijn',
    en: 'Council answered after its own term',
  },
};

/**
 * How long a provider may take to answer unsolicited advice before the missing answer becomes a
 * finding. The law asks for a reasoned written answer but names no term; 60 days lets a provider take
 * the advice through one board and one consultation meeting cycle, and stays short enough that the
 * council is not left waiting a whole season. It is a product choice, not a legal one.
 */
export const UNSOLICITED_ANSWER_DAYS = 60;

/** A register entry as the findings need it: its timeliness dates plus what came of the request. */
export interface FindingsInput extends TimelinessInput {
  position: CouncilPosition | null;
  outcome: Outcome | null;
  /** The consultation (overleg) held with the council before deviating from its advice. */
  consultationHeldOn: IsoDate | null;
  /** The provider gave the council written reasons for its decision or answer. */
  writtenReasonsGiven: boolean;
  /** Where a dispute before the commissie van vertrouwenslieden stands; 'NONE' when there is none. */
  escalationRuling: EscalationRuling;
}

const DEVIATING: readonly Outcome[] = ['PARTLY_FOLLOWED', 'NOT_FOLLOWED'];

/**
 * The process findings for one register entry, in the order of {@link FINDING_CODES}:
 * - `DEVIATION_WITHOUT_CONSULTATION`: advice (asked or unasked) partly or not followed, and no
 *   consultation held on or before the decision day (art. 9 Wmcz 2018: consult before deviating);
 * - `DEVIATION_WITHOUT_REASONS`: requested advice partly or not followed without written reasons
 *   (art. 9); for unsolicited advice the stricter `UNSOLICITED_WITHOUT_REASONED_ANSWER` applies instead;
 * - `CONSENT_WITHHELD_CARRIED_OUT`: a consent request the council refused, decided anyway, and no
 *   substitute consent from the commissie van vertrouwenslieden (art. 8);
 * - `UNSOLICITED_WITHOUT_REASONED_ANSWER`: unsolicited advice answered without written reasons, or not
 *   answered more than {@link UNSOLICITED_ANSWER_DAYS} days after the council gave it (art. 7 lid 2);
 * - `COUNCIL_ANSWERED_LATE`: the council answered after its own advice term (fair to providers too).
 *
 * @param today - the calendar day the unanswered-advice term is measured to, 'YYYY-MM-DD'.
 * @throws DomainValidationError as {@link assessTimeliness} does, and `INVALID_DATE` (field
 *   `consultationHeldOn`) for a malformed consultation date.
 */
export function assessFindings(input: FindingsInput, today: IsoDate): FindingCode[] {
  const timeliness = assessTimeliness(input, today);
  if (input.consultationHeldOn !== null) parseIsoDate(input.consultationHeldOn, 'consultationHeldOn');

  const { kind, decidedOn, outcome, consultationHeldOn } = input;
  const findings = new Set<FindingCode>();
  const deviated = outcome !== null && DEVIATING.includes(outcome);

  if (deviated && kind !== 'CONSENT') {
    // Consulted "before deviating": a meeting on the decision day itself still counts.
    const consultedFirst =
      consultationHeldOn !== null && (decidedOn === null || daysBetween(consultationHeldOn, decidedOn) >= 0);
    if (!consultedFirst) findings.add('DEVIATION_WITHOUT_CONSULTATION');
    if (kind === 'ADVICE' && !input.writtenReasonsGiven) findings.add('DEVIATION_WITHOUT_REASONS');
  }

  if (
    kind === 'CONSENT' &&
    input.position === 'CONSENT_WITHHELD' &&
    decidedOn !== null &&
    input.escalationRuling !== 'SUBSTITUTE_CONSENT_GRANTED'
  ) {
    findings.add('CONSENT_WITHHELD_CARRIED_OUT');
  }

  if (kind === 'UNSOLICITED') {
    const answeredWithoutReasons = decidedOn !== null && !input.writtenReasonsGiven;
    // A withdrawn entry no longer waits for an answer.
    const leftUnanswered =
      decidedOn === null &&
      input.withdrawnOn === null &&
      input.councilRespondedOn !== null &&
      daysBetween(input.councilRespondedOn, today) > UNSOLICITED_ANSWER_DAYS;
    if (answeredWithoutReasons || leftUnanswered) findings.add('UNSOLICITED_WITHOUT_REASONED_ANSWER');
  }

  if (timeliness.councilLate) findings.add('COUNCIL_ANSWERED_LATE');

  return FINDING_CODES.filter((code) => findings.has(code));
}
