import {
  ACTIVITY_FORM_LABELS,
  type ActionStatus,
  type ActivityForm,
  addDays,
  type CoreGroupSeat,
  daysBetween,
  type IndicatorDirection,
  type ParticipationLevel,
  type PillarCode,
  type ReportStatus,
} from '@pm/domain';
import type { IndicatorUnit } from '../pillar/units';
import { MUNICIPALITIES } from './demo-organisations';
import { createRandom, type Random } from './random';
import { DEMO_REFERENCE_DATE } from './reference-date';

// The regional programme's demo data (issue 5), built as plain typed values so it can be tested
// without a database and written by programme-seed.ts. Deterministic: one PRNG seed, and every date
// relative to DEMO_REFERENCE_DATE. People are clearly fictional; organisations are the fictional demo
// providers or the real municipalities. The startconferentie of 7 June 2023 in Kerkrade (seed 004)
// is a real public event and appears as one activity.

export interface DemoMember {
  key: string;
  seat: CoreGroupSeat;
  organisation: string;
  name: string;
  email: string;
  municipalityCbsCode?: string;
  providerKey?: string;
}

export interface DemoGoal {
  key: string;
  pillar: PillarCode;
  title: string;
  description: string;
  weight: number;
}

export interface DemoMeasurement {
  on: string;
  value: number;
  source: string;
  note: string | null;
  provisional: boolean;
  /** A later correction of this value: the earlier value stays in the history. */
  correctedTo?: { value: number; note: string };
}

export interface DemoIndicator {
  key: string;
  goalKey: string;
  title: string;
  description: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  baselineValue: number;
  baselineOn: string;
  targetValue: number;
  targetOn: string;
  municipalityCbsCode: string | null;
  weight: number;
  computedKey: string | null;
  measurements: DemoMeasurement[];
}

export interface DemoReportVersion {
  status: ReportStatus;
  title: string;
  body: string;
  sentOn: string | null;
  approvedOn: string | null;
  sharedOn: string | null;
}

export interface DemoActivity {
  key: string;
  title: string;
  form: ActivityForm;
  heldOn: string;
  municipalityCbsCode: string | null;
  pillars: PillarCode[];
  participants: { youth: number; parents: number; professionals: number; other: number };
  level: ParticipationLevel;
  feedbackGiven: boolean;
  summary: string;
  /** Versions, oldest first; every later version supersedes the one before (which is approved). */
  reports: DemoReportVersion[];
}

export interface DemoActionChange {
  on: string;
  status: ActionStatus;
  manualProgress: number | null;
}

export interface DemoAction {
  key: string;
  pillar: PillarCode;
  goalKey: string | null;
  parentKey: string | null;
  title: string;
  description: string;
  leadOrganisation: string;
  responsibleKey: string;
  ownerKeys: string[];
  regionWide: boolean;
  municipalityCbsCodes: string[];
  startOn: string;
  dueOn: string;
  weight: number;
  /** Oldest first; the last entry is the current status and manual progress. */
  history: DemoActionChange[];
  milestones: Array<{ title: string; dueOn: string; doneOn: string | null }>;
  activityKeys: string[];
}

export interface DemoProgramme {
  reference: string;
  members: DemoMember[];
  goals: DemoGoal[];
  indicators: DemoIndicator[];
  activities: DemoActivity[];
  actions: DemoAction[];
  /** [blockerKey, blockedKey]: the first blocks the second. Never cyclic. */
  dependencies: Array<[string, string]>;
}

const CURRENT_MUNICIPALITIES = MUNICIPALITIES.filter((m) => !m.validTo);

export const DEMO_MEMBERS: readonly DemoMember[] = [
  {
    key: 'anouk',
    seat: 'CLIENT',
    organisation: 'Jongerenraad Zuid-Limburg (fictief)',
    name: 'Anouk Voorbeeld',
    email: 'anouk.voorbeeld@demo.example',
  },
  {
    key: 'bram',
    seat: 'CLIENT',
    organisation: 'Ouderplatform Zuid-Limburg (fictief)',
    name: 'Bram Proefmans',
    email: 'bram.proefmans@demo.example',
  },
  {
    key: 'carla',
    seat: 'MUNICIPALITY',
    organisation: 'Gemeente Maastricht',
    name: 'Carla Fictief',
    email: 'carla.fictief@demo.example',
    municipalityCbsCode: 'GM0935',
  },
  {
    key: 'daan',
    seat: 'MUNICIPALITY',
    organisation: 'Gemeente Heerlen',
    name: 'Daan Verzonnen',
    email: 'daan.verzonnen@demo.example',
    municipalityCbsCode: 'GM0917',
  },
  {
    key: 'eva',
    seat: 'MUNICIPALITY',
    organisation: 'Gemeente Sittard-Geleen',
    name: 'Eva Testerink',
    email: 'eva.testerink@demo.example',
    municipalityCbsCode: 'GM1883',
  },
  {
    key: 'frank',
    seat: 'PROVIDER',
    organisation: 'Jeugdzorg Mergelland',
    name: 'Frank Demostra',
    email: 'frank.demostra@demo.example',
    providerKey: 'mergelland',
  },
  {
    key: 'gina',
    seat: 'PROVIDER',
    organisation: 'Stichting Kompasroos Jeugdhulp',
    name: 'Gina Schetsboek',
    email: 'gina.schetsboek@demo.example',
    providerKey: 'kompasroos',
  },
];

const GOALS: readonly DemoGoal[] = [
  {
    key: 'g1-raden',
    pillar: 'P1',
    title: 'Elke verplichte aanbieder heeft een werkende cliëntenraad',
    description:
      'Met een vastgestelde medezeggenschapsregeling, gevulde zetels en onafhankelijke ondersteuning.',
    weight: 1,
  },
  {
    key: 'g1-tijdig',
    pillar: 'P1',
    title: 'Cliëntenraden worden op tijd betrokken',
    description: 'Adviesaanvragen komen op een moment dat het advies het besluit nog kan veranderen.',
    weight: 1,
  },
  {
    key: 'g2-jongerenraad',
    pillar: 'P2',
    title: 'Een regionale jongeren- en ouderraad adviseert de zestien gemeenten',
    description: 'Gevraagd en ongevraagd, met een schriftelijk antwoord op elk advies.',
    weight: 2,
  },
  {
    key: 'g2-beleid',
    pillar: 'P2',
    title: 'Gemeenten betrekken cliënten bij het jeugdbeleid',
    description: 'In elke fase van beleid: voorbereiden, besluiten, uitvoeren en evalueren.',
    weight: 1,
  },
  {
    key: 'g3-bereik',
    pillar: 'P3',
    title: 'Meer jongeren en ouders doen mee',
    description:
      'Ook wie niet vanzelf aanschuift: jongeren in verblijf, ouders met weinig tijd, anderstaligen.',
    weight: 1,
  },
  {
    key: 'g3-ervaring',
    pillar: 'P3',
    title: 'Ervaringsdeskundigheid is overal ingebed',
    description: 'Opgeleide ervaringsdeskundigen werken mee in beleid, inkoop en hulpverlening.',
    weight: 1,
  },
];

interface IndicatorTemplate extends Omit<DemoIndicator, 'measurements'> {
  /** Where the series ends up by the reference date, as a fraction of the way to the target. */
  reach: number | null;
  source: string;
  /** Measurements every `every` months. */
  every: number;
  /** Decimals of the measured values (0 for counts of people or days). */
  decimals: 0 | 1;
}

const INDICATORS: readonly IndicatorTemplate[] = [
  {
    key: 'i-verplicht-regeling',
    goalKey: 'g1-raden',
    title: 'Aandeel verplichte aanbieders met een cliëntenraad en een vastgestelde medezeggenschapsregeling',
    description: 'Berekend uit het aanbiedersregister.',
    unit: 'PERCENT',
    direction: 'HIGHER_IS_BETTER',
    baselineValue: 60,
    baselineOn: '2023-07-01',
    targetValue: 100,
    targetOn: '2027-12-31',
    municipalityCbsCode: null,
    weight: 2,
    computedKey: 'OBLIGED_PROVIDERS_WITH_REGULATION',
    reach: null,
    source: '',
    every: 3,
    decimals: 1,
  },
  {
    key: 'i-tijdig-betrokken',
    goalKey: 'g1-tijdig',
    title: 'Tijdig betrokken: aandeel besluiten waarvoor de cliëntenraad op tijd is gevraagd',
    description: 'Berekend uit het Wmcz-register (adviesaanvragen en instemmingsverzoeken).',
    unit: 'PERCENT',
    direction: 'HIGHER_IS_BETTER',
    baselineValue: 50,
    baselineOn: '2024-11-01',
    targetValue: 90,
    targetOn: '2027-12-31',
    municipalityCbsCode: null,
    weight: 2,
    computedKey: 'ADVICE_ON_TIME_RATE',
    reach: null,
    source: '',
    every: 3,
    decimals: 1,
  },
  {
    key: 'i-ondersteuner',
    goalKey: 'g1-raden',
    title: 'Aandeel cliëntenraden met een onafhankelijke ondersteuner',
    description: 'Uit de jaarlijkse uitvraag bij cliëntenraden.',
    unit: 'PERCENT',
    direction: 'HIGHER_IS_BETTER',
    baselineValue: 45,
    baselineOn: '2023-12-31',
    targetValue: 80,
    targetOn: '2027-12-31',
    municipalityCbsCode: null,
    weight: 1,
    computedKey: null,
    reach: 0.55,
    source: 'Uitvraag cliëntenraden Zuid-Limburg',
    every: 6,
    decimals: 1,
  },
  {
    key: 'i-vacatures',
    goalKey: 'g1-raden',
    title: 'Gemiddeld aantal vacante zetels per cliëntenraad',
    description: 'Lager is beter: raden met volle bezetting.',
    unit: 'COUNT',
    direction: 'LOWER_IS_BETTER',
    baselineValue: 2.4,
    baselineOn: '2023-12-31',
    targetValue: 1,
    targetOn: '2027-12-31',
    municipalityCbsCode: null,
    weight: 1,
    computedKey: null,
    reach: 0.4,
    source: 'Uitvraag cliëntenraden Zuid-Limburg',
    every: 6,
    decimals: 1,
  },
  {
    key: 'i-op-tijd-ervaren',
    goalKey: 'g1-tijdig',
    title: 'Aandeel cliëntenraden dat zich op tijd betrokken voelt',
    description: 'Enquête onder raadsleden; het berekende tijdigheidscijfer uit het register volgt.',
    unit: 'PERCENT',
    direction: 'HIGHER_IS_BETTER',
    baselineValue: 38,
    baselineOn: '2023-12-31',
    targetValue: 75,
    targetOn: '2027-12-31',
    municipalityCbsCode: null,
    weight: 1,
    computedKey: null,
    reach: 0.45,
    source: 'Enquête raadsleden',
    every: 6,
    decimals: 1,
  },
  {
    key: 'i-adviezen',
    goalKey: 'g2-jongerenraad',
    title: 'Adviezen van de regionale jongeren- en ouderraad (per jaar)',
    description: 'Gevraagde en ongevraagde adviezen aan de regiogemeenten.',
    unit: 'COUNT',
    direction: 'HIGHER_IS_BETTER',
    baselineValue: 0,
    baselineOn: '2023-12-31',
    targetValue: 8,
    targetOn: '2027-12-31',
    municipalityCbsCode: null,
    weight: 1,
    computedKey: null,
    reach: 0.62,
    source: 'Secretariaat jongerenraad',
    every: 3,
    decimals: 0,
  },
  {
    key: 'i-antwoord',
    goalKey: 'g2-jongerenraad',
    title: 'Aandeel adviezen met een schriftelijk antwoord binnen zes weken',
    description: 'Wat deed de gemeente met het advies, en waarom.',
    unit: 'PERCENT',
    direction: 'HIGHER_IS_BETTER',
    baselineValue: 25,
    baselineOn: '2024-06-30',
    targetValue: 100,
    targetOn: '2027-12-31',
    municipalityCbsCode: null,
    weight: 1,
    computedKey: null,
    reach: 0.5,
    source: 'Secretariaat jongerenraad',
    every: 3,
    decimals: 1,
  },
  {
    key: 'i-maastricht',
    goalKey: 'g2-beleid',
    title: 'Jongeren betrokken bij het jeugdbeleid van Maastricht',
    description: 'Unieke jongeren per 10.000 inwoners die dit jaar meedachten.',
    unit: 'PER_10000_INHABITANTS',
    direction: 'HIGHER_IS_BETTER',
    baselineValue: 1.5,
    baselineOn: '2023-12-31',
    targetValue: 5,
    targetOn: '2027-12-31',
    municipalityCbsCode: 'GM0935',
    weight: 1,
    computedKey: null,
    reach: 0.5,
    source: 'Gemeente Maastricht, afdeling Jeugd',
    every: 6,
    decimals: 1,
  },
  {
    key: 'i-heerlen',
    goalKey: 'g2-beleid',
    title: 'Jongeren betrokken bij het jeugdbeleid van Heerlen',
    description: 'Unieke jongeren per 10.000 inwoners die dit jaar meedachten. Nog niet gemeten.',
    unit: 'PER_10000_INHABITANTS',
    direction: 'HIGHER_IS_BETTER',
    baselineValue: 1.2,
    baselineOn: '2024-12-31',
    targetValue: 4,
    targetOn: '2027-12-31',
    municipalityCbsCode: 'GM0917',
    weight: 1,
    computedKey: null,
    reach: null,
    source: '',
    every: 6,
    decimals: 1,
  },
  {
    key: 'i-sittard',
    goalKey: 'g2-beleid',
    title: 'Beleidsvoorstellen jeugd met een participatieparagraaf (Sittard-Geleen)',
    description: 'Aandeel voorstellen aan de raad dat beschrijft hoe jongeren en ouders zijn betrokken.',
    unit: 'PERCENT',
    direction: 'HIGHER_IS_BETTER',
    baselineValue: 20,
    baselineOn: '2023-12-31',
    targetValue: 90,
    targetOn: '2027-12-31',
    municipalityCbsCode: 'GM1883',
    weight: 1,
    computedKey: null,
    reach: 0.6,
    source: 'Griffie Sittard-Geleen',
    every: 6,
    decimals: 1,
  },
  {
    key: 'i-doorlooptijd',
    goalKey: 'g2-beleid',
    title: 'Doorlooptijd van een cliëntsignaal tot een antwoord',
    description: 'Mediaan in dagen; lager is beter.',
    unit: 'DAYS',
    direction: 'LOWER_IS_BETTER',
    baselineValue: 60,
    baselineOn: '2023-12-31',
    targetValue: 21,
    targetOn: '2027-12-31',
    municipalityCbsCode: null,
    weight: 1,
    computedKey: null,
    reach: 0.35,
    source: 'Regionaal meldpunt cliëntsignalen',
    every: 3,
    decimals: 0,
  },
  {
    key: 'i-deelnemers',
    goalKey: 'g3-bereik',
    title: 'Deelnemers aan participatiebijeenkomsten per kwartaal',
    description: 'Jongeren, ouders en anderen samen; professionals tellen niet mee.',
    unit: 'COUNT',
    direction: 'HIGHER_IS_BETTER',
    baselineValue: 150,
    baselineOn: '2023-12-31',
    targetValue: 400,
    targetOn: '2027-12-31',
    municipalityCbsCode: null,
    weight: 1,
    computedKey: null,
    reach: 0.65,
    source: 'Registratie bijeenkomsten kerngroep',
    every: 3,
    decimals: 0,
  },
  {
    key: 'i-gehoord',
    goalKey: 'g3-bereik',
    title: "Rapportcijfer 'ik voel me gehoord'",
    description: 'Uit het cliëntervaringsonderzoek jeugdhulp.',
    unit: 'GRADE',
    direction: 'HIGHER_IS_BETTER',
    baselineValue: 6.1,
    baselineOn: '2023-12-31',
    targetValue: 7.5,
    targetOn: '2027-12-31',
    municipalityCbsCode: null,
    weight: 1,
    computedKey: null,
    reach: 0.45,
    source: 'Cliëntervaringsonderzoek jeugdhulp',
    every: 12,
    decimals: 1,
  },
  {
    key: 'i-ervaringsdeskundigen',
    goalKey: 'g3-ervaring',
    title: 'Opgeleide ervaringsdeskundigen die in de regio meewerken',
    description: 'Afgerond opleidingstraject en minstens één opdracht dit jaar.',
    unit: 'COUNT',
    direction: 'HIGHER_IS_BETTER',
    baselineValue: 4,
    baselineOn: '2023-12-31',
    targetValue: 30,
    targetOn: '2027-12-31',
    municipalityCbsCode: null,
    weight: 1,
    computedKey: null,
    reach: 0.5,
    source: 'Opleidingsregistratie ervaringsdeskundigheid',
    every: 6,
    decimals: 0,
  },
];

const ACTION_TITLES: Readonly<Record<PillarCode, readonly string[]>> = {
  P1: [
    'Inventarisatie cliëntenraden bij gecontracteerde aanbieders',
    'Model-medezeggenschapsregeling jeugdhulp opstellen',
    'Ondersteuningspool voor kleine cliëntenraden inrichten',
    'Scholingsaanbod Wmcz 2018 voor raadsleden',
    'Afspraken over tijdige adviesaanvragen in de inkoopvoorwaarden',
    'Netwerkdag cliëntenraden Zuid-Limburg organiseren',
    'Werving jonge raadsleden via scholen en sportclubs',
    "Handreiking 'lijn van ongenoegen' voor aanbieders",
    'Jaarlijkse monitor medezeggenschap bij aanbieders',
    'Pleegouderraden regionaal verbinden',
    'Vergoedingsregeling raadsleden gelijktrekken',
    'Cliëntinspecties bij verblijfsvoorzieningen',
    'Dialoogsessies bestuurders en cliëntenraden',
    'Vertrouwenspersoon voor raden bekendmaken',
  ],
  P2: [
    'Regionale jongerenraad jeugdhulp oprichten',
    'Ouderplatform Zuid-Limburg starten',
    'Participatieparagraaf in elk regionaal beleidsvoorstel',
    'Adviesprocedure gemeenten en jongerenraad vastleggen',
    'Terugkoppelprotocol: wat deden we met uw advies?',
    'Participatie in de inkoop jeugdhulp 2027',
    'Klankbordgroep per subregio',
    'Wethoudersontmoeting met jongeren',
    'Cliëntsignalen bundelen in een regionaal meldpunt',
    'Participatie in de evaluatie van het beleidskader 2024-2028',
    'Adviesraden sociaal domein aansluiten',
    'Begrijpelijke communicatie over jeugdhulpbeleid',
    'Jaarverslag participatie aan de gemeenteraden',
    'Budget voor participatie in de regionale begroting borgen',
  ],
  P3: [
    'Opleiding ervaringsdeskundigen',
    'Ervaringsmaatjes voor jongeren in verblijf',
    'Online panel jongeren en ouders',
    'Focusgroepen met jongeren in pleegzorg en gezinshuizen',
    'Ouderbijeenkomsten over scheiden',
    "Training 'Mijn leven is jouw werk' voor professionals",
    'Jongerenreporters maken verhalen over jeugdhulp',
    'Laagdrempelige inloop in wijkcentra',
    'Participatie van jongeren met een licht verstandelijke beperking',
    'Meertalige uitnodigingen en tolken bij bijeenkomsten',
    'Vervolgconferentie participatie 2026',
    'Achterbancontact via sociale media',
    'Vergoeding en erkenning voor deelnemers',
    'Diepte-interviews met ouders over wachttijden',
  ],
};

/** Top-level actions (pillar, index in ACTION_TITLES) that get sub-actions. */
const PARENTS: ReadonlyArray<[PillarCode, number]> = [
  ['P1', 2],
  ['P1', 5],
  ['P2', 0],
  ['P2', 5],
  ['P3', 0],
  ['P3', 10],
];
const SUB_STEPS = ['voorbereiding en werving', 'uitvoering', 'verslag en terugkoppeling'];

const LEAD_ORGANISATIONS: Readonly<Record<CoreGroupSeat, readonly string[]>> = {
  CLIENT: ['Jongerenraad Zuid-Limburg (fictief)', 'Ouderplatform Zuid-Limburg (fictief)'],
  MUNICIPALITY: [
    'Jeugdhulp Zuid-Limburg',
    'Gemeente Maastricht',
    'Gemeente Heerlen',
    'Gemeente Sittard-Geleen',
  ],
  PROVIDER: ['Jeugdzorg Mergelland', 'Stichting Kompasroos Jeugdhulp'],
};

const TOPICS = [
  'wachttijden',
  'bejegening',
  'overgang naar volwassenheid',
  'pleegzorg',
  'onderwijs en jeugdhulp',
  'crisisopvang',
  'scheiding',
  'wonen na verblijf',
  'klachten en ongenoegen',
  'de Wmcz 2018',
  'ervaringsdeskundigheid',
  'toegang via het wijkteam',
];

interface FormProfile {
  weight: number;
  pillars: PillarCode[];
  levels: ParticipationLevel[];
  size: [number, number];
  /** Share of youth, parents, professionals (the rest is other). */
  mix: [number, number, number];
}

const FORMS: Readonly<Record<ActivityForm, FormProfile>> = {
  FOCUS_GROUP: {
    weight: 18,
    pillars: ['P3', 'P2'],
    levels: ['RAADPLEGEN', 'ADVISEREN'],
    size: [6, 14],
    mix: [0.5, 0.4, 0.05],
  },
  PANEL: {
    weight: 8,
    pillars: ['P3', 'P2'],
    levels: ['RAADPLEGEN'],
    size: [15, 45],
    mix: [0.45, 0.45, 0.05],
  },
  IN_DEPTH_INTERVIEW: {
    weight: 12,
    pillars: ['P3'],
    levels: ['RAADPLEGEN'],
    size: [1, 3],
    mix: [0.5, 0.5, 0],
  },
  CLIENT_COUNCIL_MEETING: {
    weight: 16,
    pillars: ['P1'],
    levels: ['ADVISEREN', 'MEEBESLISSEN'],
    size: [5, 11],
    mix: [0.4, 0.45, 0.1],
  },
  CLIENT_INSPECTION: {
    weight: 6,
    pillars: ['P1', 'P3'],
    levels: ['ADVISEREN'],
    size: [8, 20],
    mix: [0.6, 0.3, 0.05],
  },
  NETWORK_DAY: {
    weight: 5,
    pillars: ['P1', 'P2'],
    levels: ['INFORMEREN', 'RAADPLEGEN'],
    size: [30, 70],
    mix: [0.3, 0.3, 0.3],
  },
  CONFERENCE: {
    weight: 2,
    pillars: ['P2', 'P3'],
    levels: ['INFORMEREN'],
    size: [80, 180],
    mix: [0.3, 0.25, 0.35],
  },
  TRAINING: {
    weight: 9,
    pillars: ['P1', 'P3'],
    levels: ['INFORMEREN', 'COPRODUCEREN'],
    size: [8, 22],
    mix: [0.3, 0.2, 0.45],
  },
  LINE_OF_DISCONTENT: {
    weight: 6,
    pillars: ['P1'],
    levels: ['ADVISEREN'],
    size: [3, 9],
    mix: [0.55, 0.4, 0],
  },
  ACHTERBAN_CONTACT: {
    weight: 12,
    pillars: ['P1', 'P3'],
    levels: ['RAADPLEGEN', 'COPRODUCEREN'],
    size: [5, 30],
    mix: [0.45, 0.45, 0],
  },
};

function pickWeighted<T extends string>(random: Random, weights: Readonly<Record<T, { weight: number }>>): T {
  const entries = Object.entries(weights) as Array<[T, { weight: number }]>;
  const total = entries.reduce((sum, [, value]) => sum + value.weight, 0);
  let at = random.next() * total;
  for (const [key, value] of entries) {
    at -= value.weight;
    if (at < 0) return key;
  }
  return entries[entries.length - 1]![0];
}

function pickSome<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const result: T[] = [];
  while (result.length < count && pool.length > 0)
    result.push(pool.splice(random.int(0, pool.length - 1), 1)[0]!);
  return result;
}

const minDate = (a: string, b: string): string => (a < b ? a : b);
const round1 = (value: number): number => Math.round(value * 10) / 10;

/** First day of the month `months` months after the month of `date`. */
function monthStart(date: string, months: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

function buildIndicators(random: Random, reference: string): DemoIndicator[] {
  return INDICATORS.map(({ reach, source, every, decimals, ...indicator }) => {
    const measurements: DemoMeasurement[] = [];
    if (reach !== null) {
      const start = monthStart(indicator.baselineOn, 1);
      const span = daysBetween(start, reference);
      for (let on = start; on <= reference; on = monthStart(on, every)) {
        const fraction = (daysBetween(start, on) / span) * reach;
        const noise = (random.next() - 0.5) * 0.08;
        const value =
          indicator.baselineValue + (indicator.targetValue - indicator.baselineValue) * (fraction + noise);
        measurements.push({
          on,
          value: decimals === 0 ? Math.round(value) : round1(value),
          source,
          note: null,
          provisional: false,
        });
      }
      const last = measurements[measurements.length - 1];
      if (last && daysBetween(last.on, reference) < 120) {
        last.provisional = true;
        last.note = 'Voorlopig cijfer; definitief na de jaarlijkse controle.';
      }
    }
    if (indicator.key === 'i-doorlooptijd' && measurements.length > 4) {
      const corrected = measurements[2]!;
      corrected.correctedTo = {
        value: round1(corrected.value + 6),
        note: 'Gecorrigeerd: signalen via de aanbieders ontbraken in de eerste telling.',
      };
    }
    return { ...indicator, measurements };
  });
}

function reportBody(activity: Omit<DemoActivity, 'reports'>, version: number): string {
  const p = activity.participants;
  const lines = [
    `${ACTIVITY_FORM_LABELS[activity.form].nl} op ${activity.heldOn}. ` +
      `Aanwezig: ${p.youth} jongeren, ${p.parents} ouders, ${p.professionals} professionals en ${p.other} anderen.`,
    'Wat we hoorden (geanonimiseerd): deelnemers willen eerder en eenvoudiger worden betrokken, ' +
      'en terughoren wat er met hun inbreng gebeurt.',
    'Afspraken: de kerngroep verwerkt de punten in de acties en koppelt binnen zes weken terug.',
  ];
  if (version > 1) lines.push(`Versie ${version}: aangevuld na opmerkingen van deelnemers.`);
  return lines.join('\n\n');
}

function buildReports(
  random: Random,
  activity: Omit<DemoActivity, 'reports'>,
  reference: string,
): DemoReportVersion[] {
  const age = daysBetween(activity.heldOn, reference);
  if (age < 10 || random.chance(0.12)) return [];
  const title = `Verslag: ${activity.title}`;
  const draft: DemoReportVersion = {
    status: 'DRAFT',
    title,
    body: reportBody(activity, 1),
    sentOn: null,
    approvedOn: null,
    sharedOn: null,
  };
  const sentOn = addDays(activity.heldOn, random.int(5, 14));
  if (sentOn > reference || (age < 40 && random.chance(0.5))) return [draft];
  const sent = { ...draft, status: 'SENT_TO_PARTICIPANTS' as const, sentOn };
  const approvedOn = addDays(sentOn, random.int(7, 21));
  if (approvedOn > reference || (age < 90 && random.chance(0.4))) return [sent];
  const approved = { ...sent, status: 'APPROVED_BY_PARTICIPANTS' as const, approvedOn };
  const sharedOn = addDays(approvedOn, random.int(3, 14));
  const final =
    sharedOn <= reference && random.chance(age > 150 ? 0.8 : 0.4)
      ? { ...approved, status: 'SHARED_WITH_REGION' as const, sharedOn }
      : approved;
  // Now and then participants ask for an addition after approval: a new version supersedes it.
  if (age > 120 && random.chance(0.06)) {
    const secondSent = addDays(final.sharedOn ?? final.approvedOn!, random.int(10, 30));
    const second: DemoReportVersion = {
      status: 'DRAFT',
      title,
      body: reportBody(activity, 2),
      sentOn: null,
      approvedOn: null,
      sharedOn: null,
    };
    if (secondSent <= reference) {
      const secondApproved = addDays(secondSent, random.int(7, 14));
      if (secondApproved <= reference)
        return [
          final,
          { ...second, status: 'APPROVED_BY_PARTICIPANTS', sentOn: secondSent, approvedOn: secondApproved },
        ];
      return [final, { ...second, status: 'SENT_TO_PARTICIPANTS', sentOn: secondSent }];
    }
    return [final, second];
  }
  return [final];
}

function buildActivities(random: Random, reference: string): DemoActivity[] {
  const kerkrade: Omit<DemoActivity, 'reports'> = {
    key: 'a-startconferentie',
    title: 'Startconferentie cliënt- en jongerenparticipatie (Flexiforum, Kerkrade)',
    form: 'CONFERENCE',
    heldOn: '2023-06-07',
    municipalityCbsCode: 'GM0928',
    pillars: ['P1', 'P2', 'P3'],
    participants: { youth: 45, parents: 35, professionals: 90, other: 30 },
    level: 'INFORMEREN',
    feedbackGiven: true,
    summary:
      'Start van de beweging: informeren, inspireren en enthousiasmeren met ervaringsverhalen en goede praktijken; ' +
      'naar schatting 200 aanwezigen (seed 004).',
  };
  const activities: DemoActivity[] = [
    {
      ...kerkrade,
      reports: [
        {
          status: 'SHARED_WITH_REGION',
          title: 'Verslag startconferentie 7 juni 2023',
          body: reportBody(kerkrade, 1),
          sentOn: '2023-06-21',
          approvedOn: '2023-07-05',
          sharedOn: '2023-07-12',
        },
      ],
    },
  ];
  const start = addDays(reference, -730);
  const days = Array.from({ length: 119 }, () => random.int(0, 730)).sort((a, b) => a - b);
  days.forEach((offset, index) => {
    const form = pickWeighted(random, FORMS);
    const profile = FORMS[form];
    const regionWide = form === 'CONFERENCE' || form === 'NETWORK_DAY' || random.chance(0.12);
    const municipality = regionWide ? null : random.pick(CURRENT_MUNICIPALITIES);
    const size = random.int(...profile.size);
    const youth = Math.round(size * profile.mix[0]);
    const parents = Math.round(size * profile.mix[1]);
    const professionals = Math.round(size * profile.mix[2]);
    const other = Math.max(0, size - youth - parents - professionals);
    const topic = random.pick(TOPICS);
    const heldOn = addDays(start, offset);
    const pillars = [profile.pillars[0]!];
    if (profile.pillars.length > 1 && random.chance(0.35)) pillars.push(profile.pillars[1]!);
    const age = daysBetween(heldOn, reference);
    const base: Omit<DemoActivity, 'reports'> = {
      key: `a-${String(index + 1).padStart(3, '0')}`,
      title: `${ACTIVITY_FORM_LABELS[form].nl} over ${topic} – ${municipality?.name ?? 'regio Zuid-Limburg'}`,
      form,
      heldOn,
      municipalityCbsCode: municipality?.cbsCode ?? null,
      pillars,
      participants: { youth, parents, professionals, other },
      level: random.pick(profile.levels),
      feedbackGiven: age > 60 ? random.chance(0.7) : age > 14 ? random.chance(0.3) : false,
      summary: `Gesprek over ${topic}; de punten staan in het verslag.`,
    };
    activities.push({ ...base, reports: buildReports(random, base, reference) });
  });
  return activities;
}

function finalStatus(random: Random, startOn: string, dueOn: string, reference: string): ActionStatus {
  if (startOn > reference) return random.chance(0.5) ? 'IDEA' : 'PLANNED';
  if (dueOn < addDays(reference, -30)) {
    const roll = random.next();
    if (roll < 0.74) return 'DONE';
    if (roll < 0.84) return 'DROPPED';
    if (roll < 0.93) return 'IN_PROGRESS'; // late
    return 'BLOCKED'; // late and stuck
  }
  const roll = random.next();
  if (roll < 0.55) return 'IN_PROGRESS';
  if (roll < 0.7) return 'PLANNED';
  if (roll < 0.82) return 'BLOCKED';
  return 'DONE';
}

function buildHistory(
  random: Random,
  a: { startOn: string; dueOn: string },
  status: ActionStatus,
  reference: string,
) {
  const created = minDate(addDays(a.startOn, -random.int(20, 60)), addDays(reference, -random.int(1, 30)));
  const history: DemoActionChange[] = [{ on: created, status: 'IDEA', manualProgress: null }];
  const push = (on: string, next: ActionStatus, manualProgress: number | null = null) => {
    const last = history[history.length - 1]!;
    const day = minDate(on < last.on ? last.on : on, reference);
    history.push({ on: day, status: next, manualProgress });
  };
  if (status === 'IDEA') return history;
  push(addDays(created, random.int(3, 15)), 'PLANNED');
  if (status === 'PLANNED') return history;
  if (status === 'DROPPED') {
    push(addDays(a.startOn, random.int(0, 60)), 'DROPPED');
    return history;
  }
  push(a.startOn, 'IN_PROGRESS');
  const midway = addDays(
    a.startOn,
    Math.max(1, Math.floor(daysBetween(a.startOn, minDate(a.dueOn, reference)) / 2)),
  );
  if (status === 'BLOCKED') {
    push(midway, 'BLOCKED');
    return history;
  }
  if (random.chance(0.5)) push(midway, 'IN_PROGRESS', 5 * random.int(4, 14));
  if (status === 'DONE') push(addDays(a.dueOn, random.int(-20, 10)), 'DONE');
  return history;
}

function buildActions(random: Random, reference: string, activities: DemoActivity[]) {
  const actions: DemoAction[] = [];
  const goalsOf = (pillar: PillarCode) => GOALS.filter((g) => g.pillar === pillar).map((g) => g.key);
  const heldBefore = (date: string) => activities.filter((x) => x.heldOn < date);
  for (const pillar of ['P1', 'P2', 'P3'] as const) {
    ACTION_TITLES[pillar].forEach((title, index) => {
      const startOn = addDays(reference, random.int(-820, 75));
      const dueOn = addDays(startOn, random.int(60, 420));
      const responsible = random.pick(DEMO_MEMBERS);
      const regionWide = random.chance(0.4);
      const status = finalStatus(random, startOn, dueOn, reference);
      const history = buildHistory(random, { startOn, dueOn }, status, reference);
      const milestones: DemoAction['milestones'] = [];
      if (random.chance(0.5)) {
        const count = random.int(1, 3);
        for (let m = 1; m <= count; m++) {
          const due = addDays(startOn, Math.round((daysBetween(startOn, dueOn) * m) / (count + 1)));
          const reached = due < reference && (status === 'DONE' || random.chance(0.6));
          milestones.push({
            title: [
              'Plan van aanpak vastgesteld',
              'Eerste bijeenkomst gehouden',
              'Tussenevaluatie met de kerngroep',
            ][m - 1]!,
            dueOn: due,
            doneOn: reached ? minDate(addDays(due, random.int(-7, 12)), reference) : null,
          });
        }
      }
      const inputs = heldBefore(startOn);
      const action: DemoAction = {
        key: `${pillar}-${String(index + 1).padStart(2, '0')}`,
        pillar,
        goalKey: random.chance(0.75) ? random.pick(goalsOf(pillar)) : null,
        parentKey: null,
        title,
        description: `${title}. Voortgekomen uit de inbreng van jongeren en ouders; de kerngroep volgt de uitvoering.`,
        leadOrganisation: random.pick(LEAD_ORGANISATIONS[responsible.seat]),
        responsibleKey: responsible.key,
        ownerKeys: pickSome(
          random,
          DEMO_MEMBERS.filter((m) => m.key !== responsible.key && m.seat !== responsible.seat).map(
            (m) => m.key,
          ),
          random.int(0, 2),
        ),
        regionWide,
        municipalityCbsCodes: regionWide
          ? []
          : pickSome(random, CURRENT_MUNICIPALITIES, random.int(1, 4)).map((m) => m.cbsCode),
        startOn,
        dueOn,
        weight: 1,
        history,
        milestones,
        activityKeys:
          inputs.length > 0 && random.chance(0.45)
            ? pickSome(random, inputs.slice(-20), random.int(1, 2)).map((x) => x.key)
            : [],
      };
      actions.push(action);
      if (PARENTS.some(([p, i]) => p === pillar && i === index)) {
        SUB_STEPS.forEach((step, s) => {
          const subStart = addDays(startOn, Math.round((daysBetween(startOn, dueOn) * s) / 3));
          const subDue = addDays(startOn, Math.round((daysBetween(startOn, dueOn) * (s + 1)) / 3));
          const subStatus = finalStatus(random, subStart, subDue, reference);
          actions.push({
            ...action,
            key: `${action.key}-${s + 1}`,
            parentKey: action.key,
            title: `${title}: ${step}`,
            description: `Deelactie van "${title}".`,
            startOn: subStart,
            dueOn: subDue,
            weight: s === 1 ? 2 : 1, // the execution step weighs double
            history: buildHistory(random, { startOn: subStart, dueOn: subDue }, subStatus, reference),
            milestones: [],
            activityKeys: [],
          });
        });
      }
    });
  }
  // The weekly view needs something to show: a few open actions fall due in the coming days.
  const running = actions.filter(
    (a) =>
      a.parentKey === null &&
      a.history[a.history.length - 1]!.status === 'IN_PROGRESS' &&
      a.startOn <= reference &&
      a.dueOn > reference,
  );
  [2, 5, 6, 12, 20].forEach((days, index) => {
    const action = running[index * 2];
    if (action) action.dueOn = addDays(reference, days);
  });
  return actions;
}

function buildDependencies(random: Random, actions: DemoAction[]): Array<[string, string]> {
  const topLevel = actions.filter((a) => a.parentKey === null);
  const edges: Array<[string, string]> = [];
  const stuck = topLevel.filter((a) => a.history[a.history.length - 1]!.status === 'BLOCKED');
  // Blocked actions wait for an earlier-starting one: edges always go from earlier to later start,
  // so the demo graph is acyclic by construction.
  for (const blocked of stuck) {
    const earlier = topLevel.filter((a) => a.startOn < blocked.startOn && a.key !== blocked.key);
    if (earlier.length > 0) edges.push([random.pick(earlier).key, blocked.key]);
  }
  while (edges.length < 14) {
    const [a, b] = pickSome(random, topLevel, 2) as [DemoAction, DemoAction];
    const [blocker, blocked] = a.startOn <= b.startOn ? [a, b] : [b, a];
    if (blocker.startOn === blocked.startOn) continue;
    if (!edges.some(([x, y]) => x === blocker.key && y === blocked.key))
      edges.push([blocker.key, blocked.key]);
  }
  return edges;
}

/** The whole programme layer; the same reference date always gives the same data. */
export function buildDemoProgramme(reference: string = DEMO_REFERENCE_DATE): DemoProgramme {
  const random = createRandom(20_230_607);
  const indicators = buildIndicators(random, reference);
  const activities = buildActivities(random, reference);
  const actions = buildActions(random, reference, activities);
  return {
    reference,
    members: [...DEMO_MEMBERS],
    goals: [...GOALS],
    indicators,
    activities,
    actions,
    dependencies: buildDependencies(random, actions),
  };
}
