// Where the catalogue comes from. Until the register API (issue 4) serves the administrator-edited
// catalogue (`wmczSubjects`), the view shows the catalogue built into libs/domain and says so.
import { WMCZ_CATALOGUE, type WmczRight } from '@pm/domain';

export interface CatalogueSubject {
  code: string;
  articleRef: string;
  right: WmczRight;
  title: { nl: string; en: string };
  explanation: { nl: string; en: string };
  residentialOnly: boolean;
}

export type CatalogueSource = 'builtIn' | 'register';

export function builtInCatalogue(): CatalogueSubject[] {
  return WMCZ_CATALOGUE.map((s) => ({
    code: s.code,
    articleRef: s.articleRef,
    right: s.right,
    title: { nl: s.titleNl, en: s.titleEn },
    explanation: { nl: s.explanationNl, en: s.explanationEn },
    residentialOnly: s.residentialOnly,
  }));
}
