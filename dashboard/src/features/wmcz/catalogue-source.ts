// The catalogue rows the view shows, in one shape whatever their source: the register's catalogue
// (wmczSubjects, kept by the regional administrator) is the source; the copy built into libs/domain
// is only used by the unit tests and as the reference the register was seeded from.
import { WMCZ_CATALOGUE, type WmczRight } from '@pm/domain';

export interface CatalogueSubject {
  code: string;
  articleRef: string;
  right: WmczRight;
  title: { nl: string; en: string };
  explanation: { nl: string; en: string };
  residentialOnly: boolean;
}

/** A register row (wmczSubjects) in the view's shape. */
export function fromRegister(row: {
  code: string;
  articleRef: string;
  right: WmczRight;
  titleNl: string;
  titleEn: string;
  explanationNl: string;
  explanationEn: string;
  residentialOnly: boolean;
}): CatalogueSubject {
  return {
    code: row.code,
    articleRef: row.articleRef,
    right: row.right,
    title: { nl: row.titleNl, en: row.titleEn },
    explanation: { nl: row.explanationNl, en: row.explanationEn },
    residentialOnly: row.residentialOnly,
  };
}

/** The catalogue as seeded from libs/domain (tests compare the register with it). */
export function builtInCatalogue(): CatalogueSubject[] {
  return WMCZ_CATALOGUE.map(fromRegister);
}
