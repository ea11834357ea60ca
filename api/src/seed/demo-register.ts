// Demo data for the Wmcz 2018 register: two years of requests up to DEMO_REFERENCE_DATE for the
// fictional providers, with behaviour that differs clearly per provider, so every dashboard view has
// something to show. Deterministic: each council has its own PRNG seeded from its name, so adding a
// council elsewhere does not reshuffle the others. Pure (no database) so a unit test can check it.
import {
  addDays,
  adviceTermOn,
  assessFindings,
  subjectMatchesKind,
  subjectsForProvider,
  type AdviceKind,
  type CouncilPosition,
  type EscalationRuling,
  type IsoDate,
  type Outcome,
  type RequestStatus,
} from '@pm/domain';
import { type DemoCouncil, type DemoProvider, PROVIDERS } from './demo-organisations';
import { createRandom, type Random } from './random';
import { DEMO_REFERENCE_DATE } from './reference-date';

export interface DemoEntry {
  providerKey: string;
  councilName: string;
  subjectCode: string;
  kind: AdviceKind;
  title: string;
  summary: string;
  status: RequestStatus;
  requestedOn: IsoDate | null;
  adviceTermDays: number;
  plannedDecisionOn: IsoDate | null;
  councilRespondedOn: IsoDate | null;
  councilPosition: CouncilPosition | null;
  decidedOn: IsoDate | null;
  outcome: Outcome | null;
  decisionCommunicatedOn: IsoDate | null;
  consultationHeldOn: IsoDate | null;
  writtenReasonsGiven: boolean;
  escalatedOn: IsoDate | null;
  escalationRuling: EscalationRuling;
  rulingOn: IsoDate | null;
  withdrawnOn: IsoDate | null;
  reportedNotRequested: boolean;
}

export interface DemoMeeting {
  providerKey: string;
  councilName: string;
  heldOn: IsoDate;
  topics: string[];
}

/** How a provider's board treats its council; the point of the demo is that these differ. */
interface Behaviour {
  /** Chance of each pattern for a request: on time, short notice, after the fact (rest). */
  onTime: number;
  shortNotice: number;
  /** The council itself answers after its term this often. */
  councilLate: number;
  /** When deviating from the advice: consults first, gives written reasons. */
  consults: number;
  givesReasons: number;
  /** "Not requested" reports its council files over the two years. */
  notRequested: number;
}

const DEFAULT: Behaviour = {
  onTime: 0.7,
  shortNotice: 0.2,
  councilLate: 0.08,
  consults: 0.7,
  givesReasons: 0.8,
  notRequested: 0,
};

// The behaviours the demo is built to show (issue 4): kompasroos always on time, opvoedsteun routinely
// short notice, steenkolenhuis deciding before asking, and councils that answer late themselves.
export const BEHAVIOUR: Readonly<Record<string, Behaviour>> = {
  kompasroos: { ...DEFAULT, onTime: 1, shortNotice: 0, councilLate: 0, consults: 1, givesReasons: 1 },
  opvoedsteun: { ...DEFAULT, onTime: 0.12, shortNotice: 0.8, notRequested: 2 },
  steenkolenhuis: {
    ...DEFAULT,
    onTime: 0.15,
    shortNotice: 0.2,
    consults: 0.3,
    givesReasons: 0.4,
    notRequested: 4,
  },
  'pleegzorg-heuvelrand': { ...DEFAULT, councilLate: 0.6 },
  maaskant: { ...DEFAULT, councilLate: 0.5 },
  'mijnstreek-ggz': { ...DEFAULT, onTime: 0.55, shortNotice: 0.3, notRequested: 1 },
};

const TITLES: Readonly<Record<string, readonly string[]>> = {
  ART7_1_A: ['Herijking missie en visie', 'Nieuwe strategische koers'],
  ART7_1_B: ['Samenwerkingsovereenkomst met een ketenpartner', 'Verkenning bestuurlijke fusie'],
  ART7_1_C: ['Overdracht ambulante teams aan een partner', 'Uitbesteden van de nachtzorg'],
  ART7_1_D: ['Afbouw van een groepsvoorziening', 'Uitbreiding met een nieuwe locatie'],
  ART7_1_E: ['Nieuwe teamindeling', 'Invoering van wijkgericht werken', 'Andere roosteropzet'],
  ART7_1_F: ['Profielschets lid raad van toezicht', 'Profielschets bestuurder'],
  ART7_1_G: ['Begroting', 'Jaarrekening'],
  ART7_1_H: ['Verhuizing van een woongroep', 'Verbouwing hoofdlocatie'],
  ART7_1_I: ['Benoeming teamleider zorg', 'Selectieprocedure leidinggevenden'],
  ART8_1_A: ['Herziene klachtenregeling', 'Nieuwe medezeggenschapsregeling', 'Huisregels voor cliënten'],
  ART8_1_B: ['Profiel klachtenfunctionaris'],
  ART8_1_C_1: ['Werkwijze zorgplanbesprekingen', 'Nieuw format hulpverleningsplan'],
  ART8_1_C_2: ['Kwaliteitsbeleid', 'Veiligheidsbeleid en incidentmeldingen', 'Hygiëneprotocol'],
  ART8_1_C_3: ['Voedingsbeleid op de groepen'],
  ART8_1_C_4: ['Beleid zingeving en levensbeschouwing'],
  ART8_1_C_5: ['Vrijetijdsaanbod en uitjes'],
  ART8_1_C_6: ['Ondersteuning bij school, werk en geldzaken'],
  ART8_1_D: ['Aanstelling onafhankelijke ondersteuner'],
  ART10: ['Bindende voordracht lid raad van toezicht'],
};

const UNSOLICITED_TOPICS = [
  'Bereikbaarheid van hulpverleners buiten kantoortijd',
  'Wachttijden bij aanmelding',
  'Inspraak van jongeren in de huisregels',
  'Informatie over de klachtenregeling in begrijpelijke taal',
  'Vervoer naar dagbehandeling',
  'Privacy bij groepsapps van medewerkers',
];

const MEETING_TOPICS = [
  'Algemene gang van zaken',
  'Begroting en financiën',
  'Personeelsbezetting en verloop',
  'Kwaliteitsrapportage',
  'Klachten en incidenten',
  'Huisvesting',
  'Wachtlijsten',
  'Jaarplan cliëntenraad',
  'Inspectiebezoek',
];

/** FNV-1a: a stable 32-bit seed from a name. */
function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function positionFor(kind: AdviceKind, random: Random): CouncilPosition {
  const roll = random.next();
  if (kind === 'CONSENT') return roll < 0.82 ? 'CONSENT_GIVEN' : 'CONSENT_WITHHELD';
  if (kind === 'UNSOLICITED')
    return roll < 0.5 ? 'POSITIVE_WITH_CONDITIONS' : roll < 0.8 ? 'NEGATIVE' : 'POSITIVE';
  return roll < 0.5
    ? 'POSITIVE'
    : roll < 0.75
      ? 'POSITIVE_WITH_CONDITIONS'
      : roll < 0.95
        ? 'NEGATIVE'
        : 'NO_ADVICE';
}

function outcomeFor(position: CouncilPosition | null, random: Random): Outcome | null {
  const roll = random.next();
  switch (position) {
    case null:
    case 'NO_ADVICE':
      return null;
    case 'POSITIVE':
    case 'CONSENT_GIVEN':
      return 'FOLLOWED';
    case 'POSITIVE_WITH_CONDITIONS':
      return roll < 0.6 ? 'FOLLOWED' : 'PARTLY_FOLLOWED';
    case 'NEGATIVE':
      return roll < 0.3 ? 'FOLLOWED' : roll < 0.55 ? 'PARTLY_FOLLOWED' : 'NOT_FOLLOWED';
    case 'CONSENT_WITHHELD':
      // Mostly the plan is dropped or changed; now and then a board carries it out anyway.
      return roll < 0.7 ? 'FOLLOWED' : 'NOT_FOLLOWED';
  }
}

/** The one status the dates imply, as the lifecycle would have reached it. */
export function statusOf(e: Omit<DemoEntry, 'status'>): RequestStatus {
  if (e.withdrawnOn) return 'WITHDRAWN';
  if (e.decisionCommunicatedOn) return 'COMMUNICATED';
  if (e.escalatedOn && (e.escalationRuling === 'PENDING' || !e.decidedOn)) return 'ESCALATED';
  if (e.decidedOn) return 'DECIDED';
  if (e.councilRespondedOn) return 'RESPONDED';
  if (e.requestedOn) return 'SENT';
  return 'DRAFT';
}

type Draft = Omit<DemoEntry, 'status'>;

const blank = (
  provider: DemoProvider,
  council: DemoCouncil,
): Omit<Draft, 'subjectCode' | 'kind' | 'title'> => ({
  providerKey: provider.key,
  councilName: council.name,
  summary: '',
  requestedOn: null,
  adviceTermDays: council.terms[0]![0],
  plannedDecisionOn: null,
  councilRespondedOn: null,
  councilPosition: null,
  decidedOn: null,
  outcome: null,
  decisionCommunicatedOn: null,
  consultationHeldOn: null,
  writtenReasonsGiven: false,
  escalatedOn: null,
  escalationRuling: 'NONE',
  rulingOn: null,
  withdrawnOn: null,
  reportedNotRequested: false,
});

/** Drops every date after the reference date, as if we looked at the register on that day. */
function asOf(entry: Draft, reference: IsoDate): Draft {
  const after = (date: IsoDate | null) => date !== null && date > reference;
  const e = { ...entry };
  if (after(e.withdrawnOn)) e.withdrawnOn = null;
  if (after(e.councilRespondedOn)) {
    e.councilRespondedOn = null;
    e.councilPosition = null;
  }
  if (after(e.decidedOn) || after(e.decisionCommunicatedOn)) e.decisionCommunicatedOn = null;
  if (after(e.decidedOn)) {
    e.decidedOn = null;
    e.outcome = null;
    e.consultationHeldOn = null;
    e.writtenReasonsGiven = false;
  }
  if (after(e.consultationHeldOn)) e.consultationHeldOn = null;
  // No answer, nothing to follow.
  if (e.councilPosition === null) e.outcome = null;
  return e;
}

function requestsFor(provider: DemoProvider, council: DemoCouncil, reference: IsoDate): Draft[] {
  const random = createRandom(seedOf(`register:${council.name}`));
  const behaviour = BEHAVIOUR[provider.key] ?? DEFAULT;
  const subjects = subjectsForProvider(provider.residential).filter((s) => s.right !== 'UNSOLICITED');
  const entries: Draft[] = [];
  const start = addDays(reference, -730);
  let requestedOn = addDays(start, random.int(0, 40));
  let n = 0;
  while (requestedOn <= reference) {
    const kind: AdviceKind = random.chance(0.28) ? 'CONSENT' : 'ADVICE';
    const options = subjects.filter((s) => subjectMatchesKind(s.right, kind));
    const subject = random.pick(options);
    const titles = TITLES[subject.code] ?? [subject.titleNl];
    const title = `${titles[n % titles.length]} ${requestedOn.slice(0, 4)}`;
    const term = adviceTermOn(
      council.terms.map(([termDays, validFrom]) => ({ termDays, validFrom })),
      requestedOn,
    )!;
    const e: Draft = {
      ...blank(provider, council),
      subjectCode: subject.code,
      kind,
      title,
      summary: `${subject.titleNl} (${subject.articleRef}).`,
      requestedOn,
      adviceTermDays: term,
    };
    const lateCouncil = random.chance(behaviour.councilLate);
    const answerAfter = lateCouncil ? term + random.int(3, 15) : random.int(Math.ceil(term * 0.4), term);
    const roll = random.next();
    if (roll < behaviour.onTime) {
      // Asked with at least the full term before the planned decision; decided after the answer.
      e.plannedDecisionOn = addDays(requestedOn, term + random.int(0, 21));
      e.councilRespondedOn = addDays(requestedOn, answerAfter);
      const later = e.councilRespondedOn > e.plannedDecisionOn ? e.councilRespondedOn : e.plannedDecisionOn;
      e.decidedOn = addDays(later, random.int(0, 6));
    } else if (roll < behaviour.onTime + behaviour.shortNotice) {
      // Too few days: the council hurries and answers before the planned decision.
      const granted = Math.max(4, term - random.int(7, 16));
      e.plannedDecisionOn = addDays(requestedOn, granted);
      e.councilRespondedOn = addDays(requestedOn, random.int(2, granted));
      e.decidedOn = addDays(e.plannedDecisionOn, random.int(0, 3));
    } else if (random.chance(0.5)) {
      // Decided first, asked afterwards: the request reached the council after the decision.
      e.decidedOn = addDays(requestedOn, -random.int(3, 20));
      e.plannedDecisionOn = e.decidedOn;
      e.councilRespondedOn = random.chance(0.6) ? addDays(requestedOn, random.int(5, term)) : null;
    } else {
      // Decided while the council's term still ran and before it had answered.
      e.plannedDecisionOn = addDays(requestedOn, random.int(5, Math.max(6, term - 5)));
      e.decidedOn = e.plannedDecisionOn;
      e.councilRespondedOn = random.chance(0.5) ? addDays(e.decidedOn, random.int(1, 10)) : null;
    }
    if (e.councilRespondedOn !== null) e.councilPosition = positionFor(kind, random);
    e.outcome = outcomeFor(e.councilPosition, random);
    const deviating = e.outcome === 'PARTLY_FOLLOWED' || e.outcome === 'NOT_FOLLOWED';
    if (deviating && kind === 'ADVICE' && random.chance(behaviour.consults)) {
      e.consultationHeldOn = addDays(e.decidedOn!, -random.int(0, 7));
    }
    e.writtenReasonsGiven = deviating ? random.chance(behaviour.givesReasons) : random.chance(0.4);
    if (random.chance(0.85)) e.decisionCommunicatedOn = addDays(e.decidedOn!, random.int(1, 14));
    if (random.chance(0.05)) {
      // Withdrawn before any decision.
      e.withdrawnOn = addDays(requestedOn, random.int(3, 20));
      e.decidedOn = null;
      e.outcome = null;
      e.consultationHeldOn = null;
      e.writtenReasonsGiven = false;
      e.decisionCommunicatedOn = null;
      if (e.councilRespondedOn !== null && e.councilRespondedOn > e.withdrawnOn) {
        e.councilRespondedOn = null;
        e.councilPosition = null;
      }
    }
    entries.push(asOf(e, reference));
    requestedOn = addDays(requestedOn, random.int(50, 110));
    n++;
  }

  // Unsolicited advice: about once a year per council; the board answers, with or without reasons.
  for (let year = 0; year < 2; year++) {
    if (!random.chance(0.6)) continue;
    const givenOn = addDays(start, year * 365 + random.int(20, 340));
    if (givenOn > reference) continue;
    const topic = random.pick(UNSOLICITED_TOPICS);
    const e: Draft = {
      ...blank(provider, council),
      subjectCode: 'ART7_2',
      kind: 'UNSOLICITED',
      title: topic,
      summary: `Ongevraagd advies van de raad over: ${topic.toLowerCase()}.`,
      councilRespondedOn: givenOn,
      councilPosition: positionFor('UNSOLICITED', random),
      adviceTermDays: adviceTermOn(
        council.terms.map(([termDays, validFrom]) => ({ termDays, validFrom })),
        givenOn,
      )!,
    };
    if (random.chance(0.8)) {
      e.decidedOn = addDays(givenOn, random.int(14, 75));
      e.outcome = random.pick(['FOLLOWED', 'PARTLY_FOLLOWED', 'NOT_FOLLOWED'] as const);
      e.writtenReasonsGiven = random.chance(behaviour.givesReasons);
      if (e.outcome !== 'FOLLOWED' && random.chance(behaviour.consults))
        e.consultationHeldOn = addDays(e.decidedOn, -random.int(0, 10));
    }
    entries.push(asOf(e, reference));
  }

  // Decisions on Wmcz subjects the council was never asked about.
  for (let i = 0; i < behaviour.notRequested; i++) {
    const kind: AdviceKind = i % 2 === 0 ? 'ADVICE' : 'CONSENT';
    const subject = random.pick(subjects.filter((s) => subjectMatchesKind(s.right, kind)));
    const decidedOn = addDays(start, random.int(30, 700));
    const titles = TITLES[subject.code] ?? [subject.titleNl];
    entries.push({
      ...blank(provider, council),
      subjectCode: subject.code,
      kind,
      title: `${titles[i % titles.length]} (niet voorgelegd)`,
      summary: 'De raad hoorde achteraf van dit besluit, zonder dat advies of instemming was gevraagd.',
      decidedOn,
      reportedNotRequested: true,
      adviceTermDays: adviceTermOn(
        council.terms.map(([termDays, validFrom]) => ({ termDays, validFrom })),
        decidedOn,
      )!,
    });
  }
  return entries;
}

/**
 * Hand-made entries that the demo story and the tests rely on, fixed relative to the reference date:
 * Cliëntenraad Mergelland has open requests with days left (the council view "Worden wij op tijd
 * betrokken?"), the Mergelland board has a draft, and Cliëntenraad Westmijn had the one dispute
 * before the commissie van vertrouwenslieden (substitute consent granted).
 */
function storyEntries(reference: IsoDate): Draft[] {
  const mergelland = PROVIDERS.find((p) => p.key === 'mergelland')!;
  const westmijn = PROVIDERS.find((p) => p.key === 'westmijn')!;
  const raad = mergelland.councils[0]!;
  const termOn = (council: DemoCouncil, date: IsoDate) =>
    adviceTermOn(
      council.terms.map(([termDays, validFrom]) => ({ termDays, validFrom })),
      date,
    )!;
  const at = (days: number) => addDays(reference, days);
  const entry = (
    provider: DemoProvider,
    council: DemoCouncil,
    values: Partial<Draft> & Pick<Draft, 'subjectCode' | 'kind' | 'title'>,
  ): Draft => ({
    ...blank(provider, council),
    ...values,
    adviceTermDays: termOn(council, values.requestedOn ?? reference),
  });
  const westmijnRaad = westmijn.councils[0]!;
  const escalationRequested = at(-448);
  return [
    entry(mergelland, raad, {
      subjectCode: 'ART7_1_E',
      kind: 'ADVICE',
      title: 'Nieuwe teamindeling ambulante hulp',
      summary: 'De ambulante teams worden per gemeente ingedeeld in plaats van per zorgvorm.',
      requestedOn: at(-21),
      plannedDecisionOn: at(28),
    }),
    entry(mergelland, raad, {
      subjectCode: 'ART8_1_A',
      kind: 'CONSENT',
      title: 'Herziene klachtenregeling',
      summary: 'De klachtenregeling krijgt een kortere termijn voor de eerste reactie.',
      requestedOn: at(-7),
      plannedDecisionOn: at(49),
    }),
    entry(mergelland, raad, {
      subjectCode: 'ART7_1_G',
      kind: 'ADVICE',
      title: `Begroting ${Number(reference.slice(0, 4)) + 1}`,
      summary: 'De begroting voor het komende jaar.',
      requestedOn: at(-49),
      plannedDecisionOn: at(7),
      councilRespondedOn: at(-13),
      councilPosition: 'POSITIVE_WITH_CONDITIONS',
    }),
    entry(mergelland, raad, {
      subjectCode: 'ART7_1_H',
      kind: 'ADVICE',
      title: 'Verhuizing woongroep De Bron',
      summary: 'Concept: nog niet aan de raad voorgelegd.',
      plannedDecisionOn: at(70),
    }),
    entry(westmijn, westmijnRaad, {
      subjectCode: 'ART8_1_C_2',
      kind: 'CONSENT',
      title: 'Veiligheidsbeleid: cameratoezicht in gemeenschappelijke ruimtes',
      summary:
        'De raad onthield instemming; de aanbieder vroeg de commissie van vertrouwenslieden om vervangende toestemming.',
      requestedOn: escalationRequested,
      plannedDecisionOn: addDays(escalationRequested, 75),
      councilRespondedOn: addDays(escalationRequested, 35),
      councilPosition: 'CONSENT_WITHHELD',
      escalatedOn: addDays(escalationRequested, 49),
      escalationRuling: 'SUBSTITUTE_CONSENT_GRANTED',
      rulingOn: addDays(escalationRequested, 133),
      decidedOn: addDays(escalationRequested, 147),
      outcome: 'NOT_FOLLOWED',
      writtenReasonsGiven: true,
      decisionCommunicatedOn: addDays(escalationRequested, 151),
    }),
  ];
}

function meetingsFor(provider: DemoProvider, council: DemoCouncil, reference: IsoDate): DemoMeeting[] {
  const random = createRandom(seedOf(`meetings:${council.name}`));
  const meetings: DemoMeeting[] = [];
  for (let heldOn = addDays(reference, -720 + random.int(0, 30)); heldOn <= reference;) {
    const topics = new Set<string>([MEETING_TOPICS[0]!]);
    const extra = random.int(1, 3);
    while (topics.size < extra + 1) topics.add(random.pick(MEETING_TOPICS));
    meetings.push({ providerKey: provider.key, councilName: council.name, heldOn, topics: [...topics] });
    heldOn = addDays(heldOn, random.int(75, 105));
  }
  return meetings;
}

/**
 * The whole demo register as of `reference`. Every entry passes the domain rules (checked here, so a
 * mistake in the generator fails loudly) and its status is the one its dates imply.
 */
export function buildDemoRegister(reference: IsoDate = DEMO_REFERENCE_DATE): {
  entries: DemoEntry[];
  meetings: DemoMeeting[];
} {
  const drafts: Draft[] = [];
  const meetings: DemoMeeting[] = [];
  for (const provider of PROVIDERS) {
    for (const council of provider.councils) {
      drafts.push(...requestsFor(provider, council, reference));
      meetings.push(...meetingsFor(provider, council, reference));
    }
  }
  drafts.push(...storyEntries(reference));
  const entries = drafts.map((draft) => {
    assessFindings({ ...draft, position: draft.councilPosition }, reference);
    return { ...draft, status: statusOf(draft) };
  });
  return { entries, meetings };
}
