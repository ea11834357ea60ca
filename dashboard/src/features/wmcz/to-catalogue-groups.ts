import { WMCZ_RIGHTS, type WmczRight } from '@pm/domain';
import type { Lang } from '../../lib/format';
import type { UrlCodec } from '../../lib/url-state';
import { oneOf } from '../../lib/url-state';
import type { CatalogueSubject } from './catalogue-source';

export const PROVIDER_SCOPES = ['verblijf', 'zonder-verblijf'] as const;
export type ProviderScope = (typeof PROVIDER_SCOPES)[number];
export const RIGHT_FILTERS = ['alle', ...WMCZ_RIGHTS] as const;
export type RightFilter = (typeof RIGHT_FILTERS)[number];

export interface CatalogueFilters {
  /** 'verblijf': a provider with residential care (every subject); 'zonder-verblijf': without. */
  scope: ProviderScope;
  right: RightFilter;
  search: string;
}

export const catalogueCodec: UrlCodec<CatalogueFilters> = {
  parse: (params) => ({
    scope: oneOf(params.get('aanbieder'), PROVIDER_SCOPES, 'verblijf'),
    right: oneOf(params.get('recht'), RIGHT_FILTERS, 'alle'),
    search: (params.get('zoek') ?? '').slice(0, 100),
  }),
  write: (value) => {
    const params = new URLSearchParams();
    if (value.scope !== 'verblijf') params.set('aanbieder', value.scope);
    if (value.right !== 'alle') params.set('recht', value.right);
    if (value.search.trim()) params.set('zoek', value.search);
    return params;
  },
};

export interface CatalogueGroup {
  right: WmczRight;
  subjects: CatalogueSubject[];
}

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * The catalogue as the view shows it: grouped by right in the order of the law (advice, consent,
 * nomination, unsolicited), filtered by provider kind, right and a search over title, explanation and
 * article (accents ignored). Groups without subjects are left out.
 */
export function toCatalogueGroups(
  subjects: readonly CatalogueSubject[],
  filters: CatalogueFilters,
  lang: Lang,
): CatalogueGroup[] {
  const query = normalise(filters.search.trim());
  const matches = (s: CatalogueSubject) =>
    !query ||
    [s.title[lang], s.explanation[lang], s.articleRef, s.code].some((text) =>
      normalise(text).includes(query),
    );
  return WMCZ_RIGHTS.filter((right) => filters.right === 'alle' || filters.right === right)
    .map((right) => ({
      right,
      subjects: subjects.filter(
        (s) => s.right === right && (filters.scope === 'verblijf' || !s.residentialOnly) && matches(s),
      ),
    }))
    .filter((group) => group.subjects.length > 0);
}
