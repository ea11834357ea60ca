// The Wmcz 2018 subject catalogue as seed data. In the product the catalogue is a table the
// administrator can edit (the law has been amended before), so these rows seed it; each cites its
// article so a reader can check it against the law. There is no "verzwaard advies" in the Wmcz 2018:
// the old heavier advice was replaced by the consent right, so no row carries it.
import { DomainValidationError } from '../errors';
import type { AdviceKind, WmczRight } from './enums';

/** One catalogue row as seeded. `code` is stable; titles and explanations are plain language. */
export interface WmczSubjectSeed {
  readonly code: string;
  /** Article reference as cited in the product, e.g. 'art. 7 lid 1 onder a Wmcz 2018'. */
  readonly articleRef: string;
  readonly right: WmczRight;
  readonly titleNl: string;
  readonly titleEn: string;
  readonly explanationNl: string;
  readonly explanationEn: string;
  /** Applies only to providers offering residential care (verblijf). */
  readonly residentialOnly: boolean;
}

/** The subjects the Wmcz 2018 gives a client council a say in. */
export const WMCZ_CATALOGUE: readonly WmczSubjectSeed[] = [
  // Advisory right, art. 7 lid 1 Wmcz 2018.
  {
    code: 'ART7_1_A',
    articleRef: 'art. 7 lid 1 onder a Wmcz 2018',
    right: 'ADVICE',
    titleNl: 'Wijziging van doelstelling of grondslag',
    titleEn: 'Change of objective or basis',
    explanationNl:
      'Wil de zorgaanbieder veranderen waarvoor de organisatie er is of vanuit welke grondslag zij werkt, dan vraagt zij eerst advies aan de cliëntenraad.',
    explanationEn:
      'Before the provider changes what the organisation exists for, or the principles it works from, it asks the council for advice.',
    residentialOnly: false,
  },
  {
    code: 'ART7_1_B',
    articleRef: 'art. 7 lid 1 onder b Wmcz 2018',
    right: 'ADVICE',
    titleNl: 'Fusie of duurzame samenwerking',
    titleEn: 'Merger or lasting cooperation',
    explanationNl:
      'Samengaan met een andere organisatie, of voor lange tijd nauw gaan samenwerken, raakt cliënten. De cliëntenraad mag daarover vooraf advies geven.',
    explanationEn:
      'Merging with another organisation, or entering into close long-term cooperation, affects clients. The council may advise on it beforehand.',
    residentialOnly: false,
  },
  {
    code: 'ART7_1_C',
    articleRef: 'art. 7 lid 1 onder c Wmcz 2018',
    right: 'ADVICE',
    titleNl: 'Overdracht van zeggenschap over (een deel van) de zorg',
    titleEn: 'Transfer of control over (part of) the care',
    explanationNl:
      'Gaat een andere partij beslissen over de zorg, of over een deel ervan, dan vraagt de zorgaanbieder eerst advies aan de cliëntenraad.',
    explanationEn:
      'When another party is to take charge of the care, or of part of it, the provider first asks the council for advice.',
    residentialOnly: false,
  },
  {
    code: 'ART7_1_D',
    articleRef: 'art. 7 lid 1 onder d Wmcz 2018',
    right: 'ADVICE',
    titleNl: 'Beëindiging of belangrijke uitbreiding van zorg',
    titleEn: 'Ending or major expansion of care',
    explanationNl:
      'Stoppen met een vorm van zorg of er een flink stuk zorg bij gaan doen verandert wat cliënten kunnen krijgen. Daarover adviseert de cliëntenraad vooraf.',
    explanationEn:
      'Stopping a form of care, or adding a substantial amount of care, changes what clients can get. The council advises on it beforehand.',
    residentialOnly: false,
  },
  {
    code: 'ART7_1_E',
    articleRef: 'art. 7 lid 1 onder e Wmcz 2018',
    right: 'ADVICE',
    titleNl: 'Ingrijpende wijziging in de organisatie van de zorg',
    titleEn: 'Major change in how care is organised',
    explanationNl:
      'Een grote verandering in hoe de zorg is ingericht, bijvoorbeeld andere teams of werkwijzen, legt de zorgaanbieder eerst voor advies voor aan de cliëntenraad.',
    explanationEn:
      'A major change in how care is arranged, such as different teams or ways of working, goes to the council for advice first.',
    residentialOnly: false,
  },
  {
    code: 'ART7_1_F',
    articleRef: 'art. 7 lid 1 onder f Wmcz 2018',
    right: 'ADVICE',
    titleNl: 'Profielschets voor leden van raad van toezicht en bestuur',
    titleEn: 'Profile for appointing supervisory board and board members',
    explanationNl:
      'Voordat nieuwe toezichthouders of bestuurders worden gezocht, adviseert de cliëntenraad over het profiel waaraan zij moeten voldoen.',
    explanationEn:
      'Before new supervisory board or board members are recruited, the council advises on the profile they must meet.',
    residentialOnly: false,
  },
  {
    code: 'ART7_1_G',
    articleRef: 'art. 7 lid 1 onder g Wmcz 2018',
    right: 'ADVICE',
    titleNl: 'Begroting en jaarrekening',
    titleEn: 'Budget and annual accounts',
    explanationNl:
      'De cliëntenraad mag advies geven over hoe de zorgaanbieder het geld wil besteden en over de verantwoording achteraf.',
    explanationEn:
      'The council may advise on how the provider plans to spend its money and on the accounts afterwards.',
    residentialOnly: false,
  },
  {
    code: 'ART7_1_H',
    articleRef: 'art. 7 lid 1 onder h Wmcz 2018',
    right: 'ADVICE',
    titleNl: 'Huisvestingsbeleid, belangrijke verbouwing of verhuizing',
    titleEn: 'Housing policy, major rebuild or move',
    explanationNl:
      'Waar cliënten verblijven, raken huisvesting, een grote verbouwing of een verhuizing hun dagelijks leven. De cliëntenraad adviseert daarover vooraf.',
    explanationEn:
      'Where clients live on site, housing policy, a major rebuild or a move touches their daily life. The council advises on it beforehand.',
    residentialOnly: true,
  },
  {
    code: 'ART7_1_I',
    articleRef: 'art. 7 lid 1 onder i Wmcz 2018',
    right: 'ADVICE',
    titleNl: 'Selectie en benoeming van leidinggevenden van zorgverleners',
    titleEn: 'Selection and appointment of managers of care staff',
    explanationNl:
      'Bij zorg met verblijf adviseert de cliëntenraad over het kiezen en benoemen van wie leiding geeft aan de zorgverleners.',
    explanationEn:
      'In residential care the council advises on choosing and appointing the people who manage the care staff.',
    residentialOnly: true,
  },
  // Consent right, art. 8 lid 1 Wmcz 2018: without consent the provider may not carry these out.
  {
    code: 'ART8_1_A',
    articleRef: 'art. 8 lid 1 onder a Wmcz 2018',
    right: 'CONSENT',
    titleNl: 'Medezeggenschapsregeling, klachtenregeling en andere regelingen voor cliënten',
    titleEn: 'Participation rules, complaints scheme and other client regulations',
    explanationNl:
      'De afspraken over hoe de cliëntenraad werkt, hoe klachten worden behandeld en andere regels voor cliënten gelden pas als de cliëntenraad instemt.',
    explanationEn:
      'The rules on how the council works, how complaints are handled and other rules for clients only apply once the council consents.',
    residentialOnly: false,
  },
  {
    code: 'ART8_1_B',
    articleRef: 'art. 8 lid 1 onder b Wmcz 2018',
    right: 'CONSENT',
    titleNl: 'Profiel van de klachtenfunctionaris',
    titleEn: 'Profile of the complaints officer',
    explanationNl:
      'Wat voor iemand cliënten helpt met een klacht, legt de zorgaanbieder vast in een profiel. Daarvoor is instemming van de cliëntenraad nodig.',
    explanationEn:
      'The provider sets out what kind of person helps clients with a complaint in a profile, which needs the council’s consent.',
    residentialOnly: false,
  },
  {
    code: 'ART8_1_C_1',
    articleRef: 'art. 8 lid 1 onder c sub 1° Wmcz 2018',
    right: 'CONSENT',
    titleNl: 'Procedure voor zorgplannen',
    titleEn: 'Procedure for care plans',
    explanationNl:
      'Hoe zorgplannen met cliënten worden opgesteld, uitgevoerd en besproken, stelt de zorgaanbieder vast met instemming van de cliëntenraad.',
    explanationEn:
      'How care plans are drawn up with clients, carried out and reviewed is set by the provider with the council’s consent.',
    residentialOnly: false,
  },
  {
    code: 'ART8_1_C_2',
    articleRef: 'art. 8 lid 1 onder c sub 2° Wmcz 2018',
    right: 'CONSENT',
    titleNl: 'Algemeen beleid voor kwaliteit, veiligheid en hygiëne',
    titleEn: 'General policy on quality, safety and hygiene',
    explanationNl:
      'Het algemene beleid voor goede, veilige en schone zorg wijzigt de zorgaanbieder alleen met instemming van de cliëntenraad.',
    explanationEn:
      'The provider changes its general policy on good, safe and clean care only with the council’s consent.',
    residentialOnly: false,
  },
  {
    code: 'ART8_1_C_3',
    articleRef: 'art. 8 lid 1 onder c sub 3° Wmcz 2018',
    right: 'CONSENT',
    titleNl: 'Algemeen beleid voor voeding',
    titleEn: 'General policy on food',
    explanationNl:
      'Waar cliënten verblijven, is voor het beleid over eten en drinken instemming van de cliëntenraad nodig.',
    explanationEn: 'Where clients live on site, the policy on food and drink needs the council’s consent.',
    residentialOnly: true,
  },
  {
    code: 'ART8_1_C_4',
    articleRef: 'art. 8 lid 1 onder c sub 4° Wmcz 2018',
    right: 'CONSENT',
    titleNl: 'Algemeen beleid voor geestelijke verzorging',
    titleEn: 'General policy on spiritual care',
    explanationNl:
      'Waar cliënten verblijven, bepaalt de zorgaanbieder alleen met instemming van de cliëntenraad hoe aandacht voor zingeving en geloof is geregeld.',
    explanationEn:
      'Where clients live on site, how support for meaning and faith is arranged needs the council’s consent.',
    residentialOnly: true,
  },
  {
    code: 'ART8_1_C_5',
    articleRef: 'art. 8 lid 1 onder c sub 5° Wmcz 2018',
    right: 'CONSENT',
    titleNl: 'Algemeen beleid voor recreatie en ontspanning',
    titleEn: 'General policy on recreation',
    explanationNl:
      'Waar cliënten verblijven, is voor het beleid over vrije tijd en ontspanning instemming van de cliëntenraad nodig.',
    explanationEn:
      'Where clients live on site, the policy on free time and recreation needs the council’s consent.',
    residentialOnly: true,
  },
  {
    code: 'ART8_1_C_6',
    articleRef: 'art. 8 lid 1 onder c sub 6° Wmcz 2018',
    right: 'CONSENT',
    titleNl: 'Algemeen beleid voor maatschappelijke bijstand',
    titleEn: 'General policy on social support',
    explanationNl:
      'Waar cliënten verblijven, is voor het beleid over hulp bij zaken buiten de zorg, zoals geld, school of werk, instemming van de cliëntenraad nodig.',
    explanationEn:
      'Where clients live on site, the policy on help with matters outside care, such as money, school or work, needs the council’s consent.',
    residentialOnly: true,
  },
  {
    code: 'ART8_1_D',
    articleRef: 'art. 8 lid 1 onder d Wmcz 2018',
    right: 'CONSENT',
    titleNl: 'Selectie en benoeming van de onafhankelijke ondersteuner van de cliëntenraad',
    titleEn: 'Selection and appointment of the council’s independent support officer',
    explanationNl:
      'Wie de cliëntenraad ondersteunt, moet het vertrouwen van de raad hebben. Daarom kiest en benoemt de zorgaanbieder die persoon alleen met instemming van de raad.',
    explanationEn:
      'The person who supports the council must have its trust, so the provider selects and appoints them only with the council’s consent.',
    residentialOnly: false,
  },
  // Binding nomination, art. 10 Wmcz 2018.
  {
    code: 'ART10',
    articleRef: 'art. 10 Wmcz 2018',
    right: 'NOMINATION',
    titleNl: 'Bindende voordracht van een lid van de raad van toezicht',
    titleEn: 'Binding nomination of a supervisory board member',
    explanationNl:
      'De cliëntenraad mag een kandidaat voordragen voor één zetel in de raad van toezicht. Die voordracht is bindend: de zorgaanbieder kan niet zomaar iemand anders kiezen.',
    explanationEn:
      'The council may nominate a candidate for one seat on the supervisory board. The nomination is binding: the provider cannot simply choose someone else.',
    residentialOnly: false,
  },
  // Unsolicited advice, art. 7 lid 2 Wmcz 2018.
  {
    code: 'ART7_2',
    articleRef: 'art. 7 lid 2 Wmcz 2018',
    right: 'UNSOLICITED',
    titleNl: 'Ongevraagd advies',
    titleEn: 'Unsolicited advice',
    explanationNl:
      'De cliëntenraad mag uit zichzelf advies geven over alles wat voor cliënten van belang is. De zorgaanbieder laat schriftelijk en met redenen weten wat hij ermee doet.',
    explanationEn:
      'The council may, on its own initiative, advise on anything that matters to clients. The provider answers in writing, with reasons, what it does with the advice.',
    residentialOnly: false,
  },
];

/**
 * Whether an entry of `kind` may be registered on a subject carrying `right`: a request for advice on
 * an advisory or nomination subject, a request for consent on a consent subject, and unsolicited advice
 * on any subject (the council may advise unasked on anything that matters to clients, art. 7 lid 2).
 */
export function subjectMatchesKind(right: WmczRight, kind: AdviceKind): boolean {
  switch (kind) {
    case 'ADVICE':
      return right === 'ADVICE' || right === 'NOMINATION';
    case 'CONSENT':
      return right === 'CONSENT';
    case 'UNSOLICITED':
      return true;
    default:
      return false;
  }
}

/** The subjects that apply to a provider: all of them if it offers residential care, else the others. */
export function subjectsForProvider(residential: boolean): readonly WmczSubjectSeed[] {
  return WMCZ_CATALOGUE.filter((subject) => residential || !subject.residentialOnly);
}

/** The catalogue row with this code, or undefined. */
export function findSubject(code: string): WmczSubjectSeed | undefined {
  return WMCZ_CATALOGUE.find((subject) => subject.code === code);
}

// A client council is required where more than 10 people provide care (art. 3 Wmcz 2018).
export const WMCZ_THRESHOLD_CARE_WORKERS = 10;

/**
 * Whether a provider must have a client council: more than {@link WMCZ_THRESHOLD_CARE_WORKERS} people
 * provide care (art. 3 Wmcz 2018). Exactly 10 is not enough.
 *
 * @throws DomainValidationError `INVALID_COUNT` (field `careWorkers`) for a negative or fractional count.
 */
export function councilRequired(careWorkers: number): boolean {
  if (!Number.isSafeInteger(careWorkers) || careWorkers < 0) {
    throw new DomainValidationError(
      'INVALID_COUNT',
      'careWorkers',
      `careWorkers must be a whole number of people, 0 or more, got ${careWorkers}`,
    );
  }
  return careWorkers > WMCZ_THRESHOLD_CARE_WORKERS;
}
