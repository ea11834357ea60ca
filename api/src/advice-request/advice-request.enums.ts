// GraphQL enums for the register, built from the value lists in libs/domain so the API, the CHECK
// constraints and the dashboard labels all come from one source.
import { registerEnumType } from '@nestjs/graphql';
import {
  ADVICE_KINDS,
  COUNCIL_POSITIONS,
  ESCALATION_RULINGS,
  FINDING_CODES,
  OUTCOMES,
  REQUEST_STATUSES,
  VERDICTS,
} from '@pm/domain';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const AdviceKindEnum = asEnum(ADVICE_KINDS);
registerEnumType(AdviceKindEnum, {
  name: 'AdviceKind',
  description: 'Adviesaanvraag (ADVICE), instemmingsverzoek (CONSENT) of ongevraagd advies (UNSOLICITED).',
});

export const CouncilPositionEnum = asEnum(COUNCIL_POSITIONS);
registerEnumType(CouncilPositionEnum, {
  name: 'CouncilPosition',
  description:
    'Standpunt van de cliëntenraad. Op een adviesaanvraag: POSITIVE, POSITIVE_WITH_CONDITIONS, NEGATIVE, NO_ADVICE; op een instemmingsverzoek: CONSENT_GIVEN, CONSENT_WITHHELD; ongevraagd advies: POSITIVE, POSITIVE_WITH_CONDITIONS, NEGATIVE.',
});

export const OutcomeEnum = asEnum(OUTCOMES);
registerEnumType(OutcomeEnum, {
  name: 'Outcome',
  description: 'Wat de aanbieder met het advies deed: opgevolgd, deels opgevolgd of niet opgevolgd.',
});

export const VerdictEnum = asEnum(VERDICTS);
registerEnumType(VerdictEnum, {
  name: 'Verdict',
  description:
    'Oordeel over tijdigheid (assessTimeliness in libs/domain): ON_TIME op tijd, SHORT_NOTICE te krap, AFTER_THE_FACT voldongen feit, NOT_REQUESTED niet gevraagd, OPEN lopend, WITHDRAWN ingetrokken, NOT_APPLICABLE ongevraagd advies.',
});

export const RequestStatusEnum = asEnum(REQUEST_STATUSES);
registerEnumType(RequestStatusEnum, {
  name: 'RequestStatus',
  description:
    'Levensloop: DRAFT → SENT → RESPONDED → DECIDED → COMMUNICATED; WITHDRAWN vanuit een open stand; ESCALATED bij de commissie van vertrouwenslieden.',
});

export const EscalationRulingEnum = asEnum(ESCALATION_RULINGS);
registerEnumType(EscalationRulingEnum, {
  name: 'EscalationRuling',
  description: 'Stand van een geschil bij de commissie van vertrouwenslieden (LCvV).',
});

export const FindingCodeEnum = asEnum(FINDING_CODES);
registerEnumType(FindingCodeEnum, {
  name: 'FindingCode',
  description:
    'Procesbevinding (assessFindings in libs/domain), los van de tijdigheid: afgeweken zonder overleg of zonder schriftelijke motivering, uitgevoerd zonder (vervangende) instemming, ongevraagd advies zonder gemotiveerd antwoord, raad antwoordde na de eigen termijn.',
});
