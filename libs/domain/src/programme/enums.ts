// Vocabulary of the regional programme (PRODUCT.md §3 "Regional programme"), shared by the API
// (validation, GraphQL enums) and the dashboard (labels). Codes are stable English identifiers;
// labels carry the Dutch wording the region uses, with an English translation.

/** The three pillars of the Zuid-Limburg programme, in the order of seed 004. */
export const PILLAR_CODES = ['P1', 'P2', 'P3'] as const;
export type PillarCode = (typeof PILLAR_CODES)[number];

/** Pillar titles: the Dutch text is verbatim from the programme page (seed 004). */
export const PILLARS = [
  {
    code: 'P1',
    number: 1,
    title: {
      nl: 'Versterking van de reguliere (georganiseerde) medezeggenschap',
      en: 'Strengthening regular (organised) client participation',
    },
  },
  {
    code: 'P2',
    number: 2,
    title: {
      nl: 'Ontwikkelen van medezeggenschap op regionaal gemeentelijk niveau',
      en: 'Developing client participation at regional municipal level',
    },
  },
  {
    code: 'P3',
    number: 3,
    title: {
      nl: 'Betrekken van de cliëntenpopulatie in de brede zin (empowerment)',
      en: 'Involving the client population in the broad sense (empowerment)',
    },
  },
] as const satisfies ReadonlyArray<{ code: PillarCode; number: number; title: { nl: string; en: string } }>;

export const PILLAR_LABELS: Readonly<Record<PillarCode, { nl: string; en: string }>> = {
  P1: { nl: 'Pijler 1', en: 'Pillar 1' },
  P2: { nl: 'Pijler 2', en: 'Pillar 2' },
  P3: { nl: 'Pijler 3', en: 'Pillar 3' },
};

/** Status of a core group action (kerngroep-actie). */
export const ACTION_STATUSES = ['IDEA', 'PLANNED', 'IN_PROGRESS', 'DONE', 'BLOCKED', 'DROPPED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, { nl: string; en: string }>> = {
  IDEA: { nl: 'Idee', en: 'Idea' },
  PLANNED: { nl: 'Gepland', en: 'Planned' },
  IN_PROGRESS: { nl: 'In uitvoering', en: 'In progress' },
  DONE: { nl: 'Afgerond', en: 'Done' },
  BLOCKED: { nl: 'Geblokkeerd', en: 'Blocked' },
  DROPPED: { nl: 'Vervallen', en: 'Dropped' },
};

/**
 * Progress (percent) an action counts for when nobody has entered a manual value.
 *
 * - IDEA 0: nothing has been committed yet.
 * - PLANNED 10: owner, dates and approach agreed, which is real but small work.
 * - IN_PROGRESS 50: underway; without a manual value we cannot know more than "about halfway".
 * - BLOCKED 25: work has started but stalled. Deliberately below IN_PROGRESS, so that a block
 *   lowers the pillar figure visibly instead of hiding behind the in-progress share.
 * - DONE 100.
 * - DROPPED null: a dropped action is left out of every total, it does not count as 0.
 *
 * A manual progress value on the action always wins over these shares.
 */
export const STATUS_PROGRESS_SHARE = {
  IDEA: 0,
  PLANNED: 10,
  IN_PROGRESS: 50,
  DONE: 100,
  BLOCKED: 25,
  DROPPED: null,
} as const satisfies Readonly<Record<ActionStatus, number | null>>;

/** Statuses after which an action can no longer be late. */
export const CLOSED_ACTION_STATUSES = ['DONE', 'DROPPED'] as const satisfies readonly ActionStatus[];

/** Seat a core group member (kerngroeplid) holds. */
export const CORE_GROUP_SEATS = ['CLIENT', 'MUNICIPALITY', 'PROVIDER'] as const;
export type CoreGroupSeat = (typeof CORE_GROUP_SEATS)[number];

export const CORE_GROUP_SEAT_LABELS: Readonly<Record<CoreGroupSeat, { nl: string; en: string }>> = {
  CLIENT: { nl: 'Cliënten', en: 'Clients' },
  MUNICIPALITY: { nl: 'Gemeenten', en: 'Municipalities' },
  PROVIDER: { nl: 'Aanbieders', en: 'Providers' },
};

/** Form of a participation activity (bijeenkomst); seeds 000, 001 and 003 describe them. */
export const ACTIVITY_FORMS = [
  'FOCUS_GROUP',
  'PANEL',
  'IN_DEPTH_INTERVIEW',
  'CLIENT_COUNCIL_MEETING',
  'CLIENT_INSPECTION',
  'NETWORK_DAY',
  'CONFERENCE',
  'TRAINING',
  'LINE_OF_DISCONTENT',
  'ACHTERBAN_CONTACT',
] as const;
export type ActivityForm = (typeof ACTIVITY_FORMS)[number];

export const ACTIVITY_FORM_LABELS: Readonly<Record<ActivityForm, { nl: string; en: string }>> = {
  FOCUS_GROUP: { nl: 'Focusgroep', en: 'Focus group' },
  PANEL: { nl: 'Panel', en: 'Panel' },
  IN_DEPTH_INTERVIEW: { nl: 'Diepte-interview', en: 'In-depth interview' },
  CLIENT_COUNCIL_MEETING: { nl: 'Vergadering cliëntenraad', en: 'Client council meeting' },
  CLIENT_INSPECTION: { nl: 'Cliëntinspectie', en: 'Client inspection' },
  NETWORK_DAY: { nl: 'Netwerkdag', en: 'Network day' },
  CONFERENCE: { nl: 'Congres', en: 'Conference' },
  TRAINING: { nl: 'Training', en: 'Training' },
  LINE_OF_DISCONTENT: { nl: 'Lijn van ongenoegen', en: 'Line of discontent' },
  ACHTERBAN_CONTACT: { nl: 'Contact met de achterban', en: 'Contact with constituents' },
};

/**
 * Participation level of an activity, from least to most influence (participatieladder).
 * The array order is the ranking; use {@link compareParticipationLevels} rather than comparing strings.
 */
export const PARTICIPATION_LEVELS = [
  'INFORMEREN',
  'RAADPLEGEN',
  'ADVISEREN',
  'COPRODUCEREN',
  'MEEBESLISSEN',
] as const;
export type ParticipationLevel = (typeof PARTICIPATION_LEVELS)[number];

export const PARTICIPATION_LEVEL_LABELS: Readonly<Record<ParticipationLevel, { nl: string; en: string }>> = {
  INFORMEREN: { nl: 'Informeren', en: 'Informing' },
  RAADPLEGEN: { nl: 'Raadplegen', en: 'Consulting' },
  ADVISEREN: { nl: 'Adviseren', en: 'Advising' },
  COPRODUCEREN: { nl: 'Coproduceren', en: 'Co-producing' },
  MEEBESLISSEN: { nl: 'Meebeslissen', en: 'Co-deciding' },
};

/** Rank of a participation level: 1 for informeren up to 5 for meebeslissen. */
export function participationLevelRank(level: ParticipationLevel): number {
  return PARTICIPATION_LEVELS.indexOf(level) + 1;
}

/** Sort comparator: negative when `a` gives participants less influence than `b`. */
export function compareParticipationLevels(a: ParticipationLevel, b: ParticipationLevel): number {
  return participationLevelRank(a) - participationLevelRank(b);
}

/** Lifecycle of an activity report; see `REPORT_TRANSITIONS` in report.ts (seed 001). */
export const REPORT_STATUSES = [
  'DRAFT',
  'SENT_TO_PARTICIPANTS',
  'APPROVED_BY_PARTICIPANTS',
  'SHARED_WITH_REGION',
] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_STATUS_LABELS: Readonly<Record<ReportStatus, { nl: string; en: string }>> = {
  DRAFT: { nl: 'Concept', en: 'Draft' },
  SENT_TO_PARTICIPANTS: { nl: 'Voorgelegd aan deelnemers', en: 'Sent to participants' },
  APPROVED_BY_PARTICIPANTS: { nl: 'Goedgekeurd door deelnemers', en: 'Approved by participants' },
  SHARED_WITH_REGION: { nl: 'Gedeeld met de regio', en: 'Shared with the region' },
};

/** Which way an indicator should move. */
export const INDICATOR_DIRECTIONS = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

export const INDICATOR_DIRECTION_LABELS: Readonly<Record<IndicatorDirection, { nl: string; en: string }>> = {
  HIGHER_IS_BETTER: { nl: 'Hoger is beter', en: 'Higher is better' },
  LOWER_IS_BETTER: { nl: 'Lager is beter', en: 'Lower is better' },
};
