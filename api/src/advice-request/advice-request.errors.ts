// The refusal codes of the register, each with the Dutch message the user sees. GraphQL carries the
// code as extensions.reason and the input path as extensions.field (see common/app-error.ts).
import { DomainValidationError } from '@pm/domain';
import { AppError, badInput } from '../common/app-error';

export const ADVICE_REQUEST_ERRORS = {
  UNKNOWN_PROVIDER: 'Deze aanbieder bestaat niet.',
  UNKNOWN_COUNCIL: 'Deze cliëntenraad bestaat niet.',
  UNKNOWN_SUBJECT: 'Dit onderwerp staat niet in de Wmcz-catalogus.',
  PROVIDER_HAS_NO_COUNCIL:
    'Deze aanbieder heeft geen cliëntenraad; er is niemand om advies of instemming aan te vragen.',
  COUNCIL_NOT_OF_PROVIDER: 'Deze cliëntenraad hoort niet bij deze aanbieder.',
  NO_ADVICE_TERM: 'Voor deze cliëntenraad is geen adviestermijn vastgelegd.',
  SUBJECT_INACTIVE: 'Dit onderwerp kan niet meer worden gekozen.',
  SUBJECT_KIND_MISMATCH:
    'Dit onderwerp past niet bij de soort verzoek (instemmingsonderwerpen vragen om instemming, adviesonderwerpen om advies).',
  SUBJECT_NOT_FOR_PROVIDER: 'Dit onderwerp geldt alleen voor aanbieders met verblijf.',
  KIND_NOT_ALLOWED:
    'Ongevraagd advies dient de cliëntenraad zelf in; de aanbieder vraagt advies of instemming.',
  DATE_IN_FUTURE: 'Deze datum ligt in de toekomst; leg vast wat al gebeurd is.',
  DATE_BEFORE_WMCZ_2018: 'De Wmcz 2018 geldt vanaf 1 juli 2020; een eerdere datum kan niet.',
  PLANNED_DECISION_BEFORE_REQUEST: 'De geplande besluitdatum ligt vóór de datum van de aanvraag.',
  RESPONSE_BEFORE_REQUEST: 'De cliëntenraad kan niet hebben geantwoord voordat hij de aanvraag ontving.',
  COMMUNICATION_BEFORE_DECISION: 'Een besluit kan niet zijn meegedeeld voordat het genomen is.',
  WITHDRAWAL_BEFORE_ENTRY: 'Intrekken kan niet vóór de datum waarop het verzoek is ingediend.',
  ESCALATION_BEFORE_ENTRY: 'Voorleggen aan de commissie kan niet vóór de datum van het verzoek.',
  ALREADY_ESCALATED: 'Dit verzoek is al aan de commissie van vertrouwenslieden voorgelegd.',
  RULING_BEFORE_ESCALATION: 'De uitspraak kan niet vóór het voorleggen aan de commissie liggen.',
  POSITION_ALREADY_RECORDED: 'De cliëntenraad heeft zijn standpunt op dit verzoek al vastgelegd.',
  POSITION_NOT_FOR_KIND: 'Dit standpunt past niet bij de soort verzoek.',
  OUTCOME_WITHOUT_POSITION:
    'Er is geen standpunt van de cliëntenraad om op te volgen; laat de uitkomst leeg.',
  RULING_ALREADY_RECORDED: 'De uitspraak van de commissie is al vastgelegd.',
  RULING_PENDING: 'De commissie van vertrouwenslieden heeft nog geen uitspraak gedaan.',
  RULING_NOT_FOR_KIND: 'Vervangende toestemming bestaat alleen bij een instemmingsverzoek.',
  INVALID_RULING: 'Kies een uitspraak (niet NONE of PENDING).',
  INVALID_TRANSITION: 'Deze stap past niet bij de stand van het verzoek.',
  NOT_A_DRAFT:
    'Alleen een concept kan worden aangepast; een verstuurd verzoek blijft zoals de raad het ontving.',
  PERIOD_REVERSED: 'Het einde van de periode ligt vóór het begin.',
  PERIOD_TOO_LONG: 'Kies een periode van hoogstens 120 maanden.',
} as const;
export type AdviceRequestErrorCode = keyof typeof ADVICE_REQUEST_ERRORS;

/** A BAD_USER_INPUT refusal with the register's code, field and Dutch message. */
export function refuse(code: AdviceRequestErrorCode, field: string): AppError {
  return badInput(code, field, ADVICE_REQUEST_ERRORS[code]);
}

/**
 * Maps a rule's DomainValidationError onto the input: the domain names its own field ('decidedOn'),
 * the API the input path ('input.decidedOn'). A refused status move is about the request, so 'id'.
 */
export function fromDomain(error: unknown): unknown {
  if (!(error instanceof DomainValidationError)) return error;
  if (error.code === 'INVALID_TRANSITION') return refuse('INVALID_TRANSITION', 'id');
  const message = (ADVICE_REQUEST_ERRORS as Record<string, string>)[error.code] ?? error.message;
  return badInput(error.code, `input.${error.field}`, message);
}
