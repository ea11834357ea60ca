// Value sets of the Wmcz 2018 register. Each is a string-literal union with its values as a const
// array (for validation, GraphQL enums and CHECK constraints) and Dutch and English labels.

/** A label in both product languages; Dutch is the default. */
export interface BilingualLabel {
  readonly nl: string;
  readonly en: string;
}

/** What kind of register entry: a request for advice, a request for consent, or unsolicited advice. */
export const ADVICE_KINDS = ['ADVICE', 'CONSENT', 'UNSOLICITED'] as const;
export type AdviceKind = (typeof ADVICE_KINDS)[number];
export const ADVICE_KIND_LABELS: Readonly<Record<AdviceKind, BilingualLabel>> = {
  ADVICE: { nl: 'Adviesaanvraag', en: 'Request for advice' },
  CONSENT: { nl: 'Instemmingsverzoek', en: 'Request for consent' },
  UNSOLICITED: { nl: 'Ongevraagd advies', en: 'Unsolicited advice' },
};

/** The council's right on a catalogue subject. */
export const WMCZ_RIGHTS = ['ADVICE', 'CONSENT', 'NOMINATION', 'UNSOLICITED'] as const;
export type WmczRight = (typeof WMCZ_RIGHTS)[number];
export const WMCZ_RIGHT_LABELS: Readonly<Record<WmczRight, BilingualLabel>> = {
  ADVICE: { nl: 'Adviesrecht', en: 'Right to advise' },
  CONSENT: { nl: 'Instemmingsrecht', en: 'Right of consent' },
  NOMINATION: { nl: 'Bindende voordracht', en: 'Binding nomination' },
  UNSOLICITED: { nl: 'Ongevraagd advies', en: 'Unsolicited advice' },
};

/** The council's answer. The first four answer a request for advice, the last two one for consent. */
export const COUNCIL_POSITIONS = [
  'POSITIVE',
  'POSITIVE_WITH_CONDITIONS',
  'NEGATIVE',
  'NO_ADVICE',
  'CONSENT_GIVEN',
  'CONSENT_WITHHELD',
] as const;
export type CouncilPosition = (typeof COUNCIL_POSITIONS)[number];
export const COUNCIL_POSITION_LABELS: Readonly<Record<CouncilPosition, BilingualLabel>> = {
  POSITIVE: { nl: 'Positief advies', en: 'Positive advice' },
  POSITIVE_WITH_CONDITIONS: { nl: 'Positief advies met voorwaarden', en: 'Positive advice with conditions' },
  NEGATIVE: { nl: 'Negatief advies', en: 'Negative advice' },
  NO_ADVICE: { nl: 'Geen advies uitgebracht', en: 'No advice given' },
  CONSENT_GIVEN: { nl: 'Instemming verleend', en: 'Consent given' },
  CONSENT_WITHHELD: { nl: 'Instemming onthouden', en: 'Consent withheld' },
};

/** The positions that can answer each kind of entry (unsolicited advice is advice, so it takes the advice ones). */
export const POSITIONS_BY_KIND: Readonly<Record<AdviceKind, readonly CouncilPosition[]>> = {
  ADVICE: ['POSITIVE', 'POSITIVE_WITH_CONDITIONS', 'NEGATIVE', 'NO_ADVICE'],
  CONSENT: ['CONSENT_GIVEN', 'CONSENT_WITHHELD'],
  UNSOLICITED: ['POSITIVE', 'POSITIVE_WITH_CONDITIONS', 'NEGATIVE'],
};

/** True when `position` is a possible answer to an entry of `kind`. */
export function positionMatchesKind(position: CouncilPosition, kind: AdviceKind): boolean {
  return POSITIONS_BY_KIND[kind]?.includes(position) ?? false;
}

/** What the provider did with the council's advice. */
export const OUTCOMES = ['FOLLOWED', 'PARTLY_FOLLOWED', 'NOT_FOLLOWED'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Readonly<Record<Outcome, BilingualLabel>> = {
  FOLLOWED: { nl: 'Opgevolgd', en: 'Followed' },
  PARTLY_FOLLOWED: { nl: 'Gedeeltelijk opgevolgd', en: 'Partly followed' },
  NOT_FOLLOWED: { nl: 'Niet opgevolgd', en: 'Not followed' },
};

/** The timeliness verdict on a register entry; see `assessTimeliness`. */
export const VERDICTS = [
  'ON_TIME',
  'SHORT_NOTICE',
  'AFTER_THE_FACT',
  'NOT_REQUESTED',
  'OPEN',
  'WITHDRAWN',
  'NOT_APPLICABLE',
] as const;
export type Verdict = (typeof VERDICTS)[number];
export const VERDICT_LABELS: Readonly<Record<Verdict, BilingualLabel>> = {
  ON_TIME: { nl: 'Op tijd', en: 'On time' },
  SHORT_NOTICE: { nl: 'Te krap', en: 'Short notice' },
  AFTER_THE_FACT: { nl: 'Voldongen feit', en: 'After the fact' },
  NOT_REQUESTED: { nl: 'Niet gevraagd', en: 'Not requested' },
  OPEN: { nl: 'Lopend', en: 'Open' },
  WITHDRAWN: { nl: 'Ingetrokken', en: 'Withdrawn' },
  NOT_APPLICABLE: { nl: 'Niet van toepassing', en: 'Not applicable' },
};

/**
 * The verdicts that count in the on-time rate: on time ÷ all four. A decision taken without asking
 * counts against the provider; open, withdrawn and unsolicited entries are left out.
 */
export const RATED_VERDICTS = [
  'ON_TIME',
  'SHORT_NOTICE',
  'AFTER_THE_FACT',
  'NOT_REQUESTED',
] as const satisfies readonly Verdict[];

/** Where a register entry is in its life; see `lifecycle.ts` for the allowed moves. */
export const REQUEST_STATUSES = [
  'DRAFT',
  'SENT',
  'RESPONDED',
  'DECIDED',
  'COMMUNICATED',
  'WITHDRAWN',
  'ESCALATED',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const REQUEST_STATUS_LABELS: Readonly<Record<RequestStatus, BilingualLabel>> = {
  DRAFT: { nl: 'Concept', en: 'Draft' },
  SENT: { nl: 'Voorgelegd aan de cliëntenraad', en: 'Sent to the council' },
  RESPONDED: { nl: 'Beantwoord door de cliëntenraad', en: 'Answered by the council' },
  DECIDED: { nl: 'Besluit genomen', en: 'Decided' },
  COMMUNICATED: { nl: 'Besluit meegedeeld', en: 'Decision communicated' },
  WITHDRAWN: { nl: 'Ingetrokken', en: 'Withdrawn' },
  ESCALATED: {
    nl: 'Bij de commissie van vertrouwenslieden',
    en: 'Before the commissie van vertrouwenslieden',
  },
};

/**
 * The state of a dispute before the commissie van vertrouwenslieden (LCvV). A provider whose council
 * withheld consent may ask it for substitute consent (vervangende toestemming, art. 8 Wmcz 2018);
 * other disputes end with one side put in the right.
 */
export const ESCALATION_RULINGS = [
  'NONE',
  'PENDING',
  'SUBSTITUTE_CONSENT_GRANTED',
  'SUBSTITUTE_CONSENT_REFUSED',
  'RULED_FOR_COUNCIL',
  'RULED_FOR_PROVIDER',
] as const;
export type EscalationRuling = (typeof ESCALATION_RULINGS)[number];
export const ESCALATION_RULING_LABELS: Readonly<Record<EscalationRuling, BilingualLabel>> = {
  NONE: { nl: 'Niet voorgelegd', en: 'Not referred' },
  PENDING: { nl: 'In behandeling', en: 'Pending' },
  SUBSTITUTE_CONSENT_GRANTED: { nl: 'Vervangende toestemming verleend', en: 'Substitute consent granted' },
  SUBSTITUTE_CONSENT_REFUSED: { nl: 'Vervangende toestemming geweigerd', en: 'Substitute consent refused' },
  RULED_FOR_COUNCIL: { nl: 'Cliëntenraad in het gelijk gesteld', en: 'Ruled in favour of the council' },
  RULED_FOR_PROVIDER: { nl: 'Zorgaanbieder in het gelijk gesteld', en: 'Ruled in favour of the provider' },
};
