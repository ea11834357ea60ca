// Plain-language explanations of the programme rules for the dashboard's "hoe berekend" panels.
// The status shares are read from STATUS_PROGRESS_SHARE so the text cannot drift from the rule.
import { ACTION_STATUS_LABELS, STATUS_PROGRESS_SHARE, type ActionStatus } from './enums';

export const HOW_CALCULATED_TOPICS = [
  'indicator',
  'action',
  'parentAction',
  'goal',
  'pillar',
  'actionLate',
  'milestoneLate',
  'reportVisibility',
] as const;
export type HowCalculatedTopic = (typeof HOW_CALCULATED_TOPICS)[number];

const COUNTED_STATUSES = [
  'IDEA',
  'PLANNED',
  'IN_PROGRESS',
  'BLOCKED',
  'DONE',
] as const satisfies readonly ActionStatus[];

function shareList(language: 'nl' | 'en'): string {
  return COUNTED_STATUSES.map(
    (status) => `${ACTION_STATUS_LABELS[status][language].toLowerCase()} ${STATUS_PROGRESS_SHARE[status]}%`,
  ).join(', ');
}

/** One or two sentences per rule, in Dutch and English. */
export const HOW_CALCULATED: Readonly<Record<HowCalculatedTopic, { nl: string; en: string }>> = {
  indicator: {
    nl:
      'Voortgang = (laatste meting − nulmeting) ÷ (streefwaarde − nulmeting), begrensd tussen 0% en 100%. ' +
      'Dit werkt ook als lager beter is; zonder meting tonen we geen percentage.',
    en:
      'Progress = (latest measurement − baseline) ÷ (target − baseline), kept between 0% and 100%. ' +
      'This also works when lower is better; without a measurement we show no percentage.',
  },
  action: {
    nl:
      `Een handmatig ingevuld percentage gaat voor; anders telt de status: ${shareList('nl')}. ` +
      'Vervallen acties tellen nergens mee.',
    en:
      `A manually entered percentage comes first; otherwise the status counts: ${shareList('en')}. ` +
      'Dropped actions are left out of every total.',
  },
  parentAction: {
    nl:
      'Een actie met deelacties krijgt het gewogen gemiddelde van haar deelacties (gewicht standaard gelijk), ' +
      'tenzij er een handmatig percentage is ingevuld. Vervallen deelacties tellen niet mee.',
    en:
      'An action with sub-actions gets the weighted mean of its sub-actions (equal weights by default), ' +
      'unless a manual percentage has been entered. Dropped sub-actions do not count.',
  },
  goal: {
    nl:
      'Het gewogen gemiddelde van de voortgang van de indicatoren en acties van het doel; zonder gewicht tellen ze even zwaar. ' +
      'Indicatoren zonder meting en vervallen acties tellen niet mee.',
    en:
      "The weighted mean of the progress of the goal's indicators and actions; without weights they count equally. " +
      'Indicators without a measurement and dropped actions are left out.',
  },
  pillar: {
    nl:
      'Het gewogen gemiddelde van de doelen van de pijler en de acties die direct onder de pijler hangen; zonder gewicht tellen ze even zwaar. ' +
      'Onderdelen zonder cijfer tellen niet mee; we tonen op hoeveel onderdelen het cijfer is gebaseerd.',
    en:
      "The weighted mean of the pillar's goals and of the actions directly under the pillar; without weights they count equally. " +
      'Parts without a figure are left out; we show how many parts the figure is based on.',
  },
  actionLate: {
    nl: 'Een actie is te laat als de einddatum voorbij is (vóór vandaag) en de actie niet is afgerond of vervallen.',
    en: 'An action is late when its due date has passed (before today) and it is neither done nor dropped.',
  },
  milestoneLate: {
    nl: 'Een mijlpaal is te laat als de datum voorbij is (vóór vandaag) en de mijlpaal nog niet is behaald.',
    en: 'A milestone is late when its date has passed (before today) and it has not been reached yet.',
  },
  reportVisibility: {
    nl:
      'Een verslag gaat eerst terug naar de deelnemers. De regio ziet het pas als de deelnemers het hebben goedgekeurd; ' +
      'daarna kan het niet meer worden gewijzigd.',
    en:
      'A report first goes back to the participants. The region sees it only once the participants have approved it; ' +
      'after that it can no longer be changed.',
  },
};
