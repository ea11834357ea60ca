import type { CouncilKind } from '@pm/domain';

// Real public facts: municipality names, CBS codes and approximate inhabitants (reference year below).
// Youth population (0–17) is an estimate: 16.5 % of inhabitants, rounded; replace with CBS figures.
export const INHABITANTS_YEAR = 2024;
export const YOUTH_SHARE_ESTIMATE = 0.165;

export const REGION = { code: 'ZL', name: 'Zuid-Limburg' } as const;

export type SubregionName = 'Parkstad' | 'Westelijke Mijnstreek' | 'Maastricht-Heuvelland';
export const SUBREGIONS: readonly SubregionName[] = [
  'Parkstad',
  'Westelijke Mijnstreek',
  'Maastricht-Heuvelland',
];

export interface DemoMunicipality {
  cbsCode: string;
  name: string;
  subregion: SubregionName;
  inhabitants: number;
  inhabitantsYear: number;
  /** Start of this municipality in its current form; 1982-01-01 is Limburg's municipal reorganisation. */
  validFrom: string;
  validTo?: string;
  successorCbsCode?: string;
}

export const MUNICIPALITIES: readonly DemoMunicipality[] = [
  {
    cbsCode: 'GM0917',
    name: 'Heerlen',
    subregion: 'Parkstad',
    inhabitants: 86_900,
    inhabitantsYear: 2024,
    validFrom: '1982-01-01',
  },
  {
    cbsCode: 'GM0928',
    name: 'Kerkrade',
    subregion: 'Parkstad',
    inhabitants: 45_600,
    inhabitantsYear: 2024,
    validFrom: '1982-01-01',
  },
  {
    cbsCode: 'GM0882',
    name: 'Landgraaf',
    subregion: 'Parkstad',
    inhabitants: 37_300,
    inhabitantsYear: 2024,
    validFrom: '1982-01-01',
  },
  {
    cbsCode: 'GM0899',
    name: 'Brunssum',
    subregion: 'Parkstad',
    inhabitants: 27_800,
    inhabitantsYear: 2024,
    validFrom: '1982-01-01',
  },
  {
    cbsCode: 'GM0965',
    name: 'Simpelveld',
    subregion: 'Parkstad',
    inhabitants: 10_300,
    inhabitantsYear: 2024,
    validFrom: '1982-01-01',
  },
  {
    cbsCode: 'GM0986',
    name: 'Voerendaal',
    subregion: 'Parkstad',
    inhabitants: 12_400,
    inhabitantsYear: 2024,
    validFrom: '1982-01-01',
  },
  {
    cbsCode: 'GM1954',
    name: 'Beekdaelen',
    subregion: 'Parkstad',
    inhabitants: 35_900,
    inhabitantsYear: 2024,
    validFrom: '2019-01-01',
  },
  {
    cbsCode: 'GM1883',
    name: 'Sittard-Geleen',
    subregion: 'Westelijke Mijnstreek',
    inhabitants: 91_800,
    inhabitantsYear: 2024,
    validFrom: '2001-01-01',
  },
  {
    cbsCode: 'GM0971',
    name: 'Stein',
    subregion: 'Westelijke Mijnstreek',
    inhabitants: 24_700,
    inhabitantsYear: 2024,
    validFrom: '1982-01-01',
  },
  {
    cbsCode: 'GM0888',
    name: 'Beek',
    subregion: 'Westelijke Mijnstreek',
    inhabitants: 16_200,
    inhabitantsYear: 2024,
    validFrom: '1982-01-01',
  },
  {
    cbsCode: 'GM0935',
    name: 'Maastricht',
    subregion: 'Maastricht-Heuvelland',
    inhabitants: 120_800,
    inhabitantsYear: 2024,
    validFrom: '1982-01-01',
  },
  {
    cbsCode: 'GM1903',
    name: 'Eijsden-Margraten',
    subregion: 'Maastricht-Heuvelland',
    inhabitants: 26_000,
    inhabitantsYear: 2024,
    validFrom: '2011-01-01',
  },
  {
    cbsCode: 'GM0938',
    name: 'Meerssen',
    subregion: 'Maastricht-Heuvelland',
    inhabitants: 19_200,
    inhabitantsYear: 2024,
    validFrom: '1982-01-01',
  },
  {
    cbsCode: 'GM0994',
    name: 'Valkenburg aan de Geul',
    subregion: 'Maastricht-Heuvelland',
    inhabitants: 16_400,
    inhabitantsYear: 2024,
    validFrom: '1982-01-01',
  },
  {
    cbsCode: 'GM1729',
    name: 'Gulpen-Wittem',
    subregion: 'Maastricht-Heuvelland',
    inhabitants: 14_100,
    inhabitantsYear: 2024,
    validFrom: '1999-01-01',
  },
  {
    cbsCode: 'GM0981',
    name: 'Vaals',
    subregion: 'Maastricht-Heuvelland',
    inhabitants: 10_100,
    inhabitantsYear: 2024,
    validFrom: '1982-01-01',
  },
  // Merged into Beekdaelen on 1 January 2019; kept for history (inhabitants as of their last year).
  {
    cbsCode: 'GM0951',
    name: 'Nuth',
    subregion: 'Parkstad',
    inhabitants: 15_000,
    inhabitantsYear: 2018,
    validFrom: '1982-01-01',
    validTo: '2018-12-31',
    successorCbsCode: 'GM1954',
  },
  {
    cbsCode: 'GM0881',
    name: 'Onderbanken',
    subregion: 'Parkstad',
    inhabitants: 7_800,
    inhabitantsYear: 2018,
    validFrom: '1982-01-01',
    validTo: '2018-12-31',
    successorCbsCode: 'GM1954',
  },
  {
    cbsCode: 'GM0962',
    name: 'Schinnen',
    subregion: 'Parkstad',
    inhabitants: 12_800,
    inhabitantsYear: 2018,
    validFrom: '1982-01-01',
    validTo: '2018-12-31',
    successorCbsCode: 'GM1954',
  },
];

export interface DemoCouncil {
  name: string;
  kind: CouncilKind;
  establishedOn: string;
  regulationAdoptedOn: string | null;
  /** Advice term history: [days, valid from]. */
  terms: ReadonlyArray<readonly [number, string]>;
  hasSupportOfficer: boolean;
}

export interface DemoProvider {
  /** Stable key used by later demo data and tests. */
  key: string;
  name: string;
  careWorkers: number;
  residential: boolean;
  fosterCare: boolean;
  contractedBy: 'ALL' | readonly SubregionName[];
  councils: readonly DemoCouncil[];
}

const council = (
  name: string,
  kind: CouncilKind,
  termDays: number,
  options: Partial<Omit<DemoCouncil, 'name' | 'kind'>> = {},
): DemoCouncil => ({
  name,
  kind,
  establishedOn: options.establishedOn ?? '2020-07-01',
  regulationAdoptedOn: options.regulationAdoptedOn === undefined ? '2020-10-01' : options.regulationAdoptedOn,
  terms: options.terms ?? [[termDays, '2020-07-01']],
  hasSupportOfficer: options.hasSupportOfficer ?? true,
});

const PS: SubregionName = 'Parkstad';
const WM: SubregionName = 'Westelijke Mijnstreek';
const MH: SubregionName = 'Maastricht-Heuvelland';

// Every provider and council below is invented for the demo; any likeness to a real one is chance.
export const PROVIDERS: readonly DemoProvider[] = [
  {
    key: 'kompasroos',
    name: 'Stichting Kompasroos Jeugdhulp',
    careWorkers: 420,
    residential: true,
    fosterCare: true,
    contractedBy: 'ALL',
    councils: [
      council('Centrale cliëntenraad Kompasroos', 'CENTRALE_CLIENTENRAAD', 42),
      council('Jongerenraad Kompasroos', 'JONGERENRAAD', 42),
    ],
  },
  {
    key: 'mergelland',
    name: 'Jeugdzorg Mergelland',
    careWorkers: 260,
    residential: true,
    fosterCare: false,
    contractedBy: [MH, WM],
    councils: [
      council('Cliëntenraad Mergelland', 'CLIENTENRAAD', 30, {
        terms: [
          [30, '2020-07-01'],
          [42, '2025-01-01'],
        ],
      }),
    ],
  },
  {
    key: 'opvoedsteun',
    name: 'Parkstad Opvoedsteun',
    careWorkers: 150,
    residential: false,
    fosterCare: false,
    contractedBy: [PS],
    councils: [council('Cliëntenraad Opvoedsteun', 'CLIENTENRAAD', 28)],
  },
  {
    key: 'steenkolenhuis',
    name: 'Het Steenkolenhuis',
    careWorkers: 95,
    residential: true,
    fosterCare: false,
    contractedBy: [PS],
    councils: [
      council('Cliëntenraad Steenkolenhuis', 'CLIENTENRAAD', 35, {
        regulationAdoptedOn: null,
        hasSupportOfficer: false,
      }),
    ],
  },
  {
    key: 'maaskant',
    name: 'Maaskant Gezinsbegeleiding',
    careWorkers: 60,
    residential: false,
    fosterCare: false,
    contractedBy: [MH],
    councils: [council('Ouderraad Maaskant', 'OUDERRAAD', 30)],
  },
  {
    key: 'westmijn',
    name: 'Westmijn Jeugd & Gezin',
    careWorkers: 180,
    residential: true,
    fosterCare: false,
    contractedBy: [WM],
    councils: [
      council('Cliëntenraad Westmijn', 'CLIENTENRAAD', 42),
      council('Jongerenraad Westmijn', 'JONGERENRAAD', 42),
    ],
  },
  {
    key: 'pleegzorg-heuvelrand',
    name: 'Pleegzorg Heuvelrand',
    careWorkers: 75,
    residential: false,
    fosterCare: true,
    contractedBy: 'ALL',
    councils: [council('Pleegouderraad Heuvelrand', 'PLEEGOUDERRAAD', 30)],
  },
  {
    key: 'groeiplaats',
    name: 'De Groeiplaats',
    careWorkers: 40,
    residential: false,
    fosterCare: false,
    contractedBy: [MH],
    councils: [council('Cliëntenraad De Groeiplaats', 'CLIENTENRAAD', 21, { hasSupportOfficer: false })],
  },
  {
    key: 'op-de-hei',
    name: 'Zorgboerderij Op de Hei',
    careWorkers: 12,
    residential: false,
    fosterCare: false,
    contractedBy: [PS],
    councils: [],
  },
  {
    key: 'vijverdal',
    name: 'Kinderpraktijk Vijverdal',
    careWorkers: 8,
    residential: false,
    fosterCare: false,
    contractedBy: [MH],
    councils: [],
  },
  {
    key: 'geuldal',
    name: 'Jongerenhuis Geuldal',
    careWorkers: 55,
    residential: true,
    fosterCare: false,
    contractedBy: [MH],
    councils: [council('Jongerenraad Geuldal', 'JONGERENRAAD', 28)],
  },
  {
    key: 'de-linde',
    name: 'Gezinshuis De Linde',
    careWorkers: 6,
    residential: true,
    fosterCare: false,
    contractedBy: [PS],
    councils: [],
  },
  {
    key: 'bokkenrijders',
    name: 'Autismecentrum Bokkenrijders',
    careWorkers: 110,
    residential: false,
    fosterCare: false,
    contractedBy: 'ALL',
    councils: [council('Cliëntenraad Bokkenrijders', 'CLIENTENRAAD', 35)],
  },
  {
    key: 'sint-pieter',
    name: 'Traumacentrum Sint-Pieter',
    careWorkers: 70,
    residential: false,
    fosterCare: false,
    contractedBy: [MH],
    councils: [council('Cliëntenraad Sint-Pieter', 'CLIENTENRAAD', 30)],
  },
  {
    key: 'mijnstreek-ggz',
    name: 'Jeugd-GGZ Mijnstreek',
    careWorkers: 230,
    residential: true,
    fosterCare: false,
    contractedBy: [WM, PS],
    councils: [council('Cliëntenraad Jeugd-GGZ Mijnstreek', 'CLIENTENRAAD', 42)],
  },
  {
    key: 'brunssummerheide',
    name: 'Thuisbegeleiding Brunssummerheide',
    careWorkers: 25,
    residential: false,
    fosterCare: false,
    contractedBy: [PS],
    councils: [],
  },
  {
    key: 'kasteelpark',
    name: 'Dagbehandeling Kasteelpark',
    careWorkers: 45,
    residential: false,
    fosterCare: false,
    contractedBy: [PS],
    councils: [council('Ouderraad Kasteelpark', 'OUDERRAAD', 28)],
  },
  {
    key: 'sportief-zuid',
    name: 'Sportief Opvoeden Zuid',
    careWorkers: 9,
    residential: false,
    fosterCare: false,
    contractedBy: [WM],
    councils: [],
  },
  {
    key: 'drielandenpunt',
    name: 'Drielandenpunt Jeugdhulp',
    careWorkers: 30,
    residential: false,
    fosterCare: false,
    contractedBy: [MH],
    councils: [council('Cliëntenraad Drielandenpunt', 'CLIENTENRAAD', 30)],
  },
  {
    key: 'schaesberg',
    name: 'Crisisopvang Schaesberg',
    careWorkers: 65,
    residential: true,
    fosterCare: false,
    contractedBy: [PS],
    councils: [council('Jongerenraad Schaesberg', 'JONGERENRAAD', 21)],
  },
  {
    key: 'jekerdal',
    name: 'Ouder-kindcentrum Jekerdal',
    careWorkers: 35,
    residential: false,
    fosterCare: false,
    contractedBy: [MH],
    councils: [council('Ouderraad Jekerdal', 'OUDERRAAD', 30)],
  },
  {
    key: 'limbrichterveld',
    name: 'Woonzorg Limbrichterveld',
    careWorkers: 140,
    residential: true,
    fosterCare: false,
    contractedBy: [WM],
    councils: [council('Cliëntenraad Limbrichterveld', 'CLIENTENRAAD', 35)],
  },
  {
    key: 'reclassering-zuid',
    name: 'Jeugdreclassering Zuidpunt',
    careWorkers: 90,
    residential: false,
    fosterCare: false,
    contractedBy: 'ALL',
    councils: [council('Cliëntenraad Zuidpunt', 'CLIENTENRAAD', 42)],
  },
  {
    key: 'meerssenhoven',
    name: 'Gezinscoaching Meerssenhoven',
    careWorkers: 15,
    residential: false,
    fosterCare: false,
    contractedBy: [MH],
    councils: [],
  },
  {
    key: 'kapelkesberg',
    name: 'Speltherapie Kapelkesberg',
    careWorkers: 4,
    residential: false,
    fosterCare: false,
    contractedBy: [MH],
    councils: [],
  },
  {
    key: 'steinerbos',
    name: 'Kamertraining Steinerbos',
    careWorkers: 38,
    residential: true,
    fosterCare: false,
    contractedBy: [WM],
    councils: [council('Jongerenraad Steinerbos', 'JONGERENRAAD', 28)],
  },
  {
    key: 'geleenbeek',
    name: 'Gezinshuizen Geleenbeek',
    careWorkers: 22,
    residential: true,
    fosterCare: false,
    contractedBy: [WM],
    councils: [council('Cliëntenraad Geleenbeek', 'CLIENTENRAAD', 30)],
  },
  {
    key: 'ubachsberg',
    name: 'Jeugdhulp Ubachsberg',
    careWorkers: 18,
    residential: false,
    fosterCare: false,
    contractedBy: [PS],
    councils: [
      council('Cliëntenraad Ubachsberg', 'CLIENTENRAAD', 28, {
        regulationAdoptedOn: null,
        hasSupportOfficer: false,
      }),
    ],
  },
  {
    key: 'scheiding-zuid',
    name: 'Mediation & Scheiding Zuidrand',
    careWorkers: 11,
    residential: false,
    fosterCare: false,
    contractedBy: 'ALL',
    councils: [],
  },
  {
    key: 'onderwijszorg',
    name: 'Onderwijszorg Heuvelrand',
    careWorkers: 48,
    residential: false,
    fosterCare: false,
    contractedBy: [MH],
    councils: [council('Cliëntenraad Onderwijszorg', 'CLIENTENRAAD', 30)],
  },
];

/** Fictional KvK numbers: 9 followed by seven digits derived from the list position. */
export const demoKvkNumber = (index: number): string =>
  String(90_000_000 + (index + 1) * 1_237).padStart(8, '0');
