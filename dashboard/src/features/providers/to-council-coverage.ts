// Providers by council status, for the Aanbieders view: the rows of its table and the bars of its chart.
import type { UrlCodec } from '../../lib/url-state';
import { oneOf, parseSort, writeSort } from '../../lib/url-state';

export interface ProviderFacts {
  id: string;
  name: string;
  careWorkers: number;
  residential: boolean;
  councilRequired: boolean;
  councils: ReadonlyArray<{ regulationAdoptedOn: string | null }>;
  municipalities: ReadonlyArray<{ cbsCode: string }>;
}

export const COVERAGE_CATEGORIES = [
  'councilAndRegulation',
  'councilNoRegulation',
  'noCouncil',
  'notObliged',
] as const;
export type CoverageCategory = (typeof COVERAGE_CATEGORIES)[number];

/** Where a provider stands: obliged (art. 3 Wmcz 2018) with a council and an adopted regulation, … */
export function coverageCategory(p: ProviderFacts): CoverageCategory {
  if (!p.councilRequired) return 'notObliged';
  if (p.councils.length === 0) return 'noCouncil';
  return p.councils.some((c) => c.regulationAdoptedOn !== null)
    ? 'councilAndRegulation'
    : 'councilNoRegulation';
}

export interface CoverageBar {
  category: CoverageCategory;
  count: number;
  /** Share of all providers shown. */
  share: number | null;
}

/** One bar per category (always all four, in a fixed order, so the chart keeps its shape). */
export function toCouncilCoverage(providers: readonly ProviderFacts[]): CoverageBar[] {
  const counts = new Map<CoverageCategory, number>(COVERAGE_CATEGORIES.map((c) => [c, 0]));
  for (const p of providers) counts.set(coverageCategory(p), counts.get(coverageCategory(p))! + 1);
  return COVERAGE_CATEGORIES.map((category) => ({
    category,
    count: counts.get(category)!,
    share: providers.length > 0 ? counts.get(category)! / providers.length : null,
  }));
}

export const COUNCIL_FILTERS = ['alle', 'met', 'zonder', 'ontbreekt'] as const;
export type CouncilFilter = (typeof COUNCIL_FILTERS)[number];
export const RESIDENTIAL_FILTERS = ['alle', 'ja', 'nee'] as const;
export type ResidentialFilter = (typeof RESIDENTIAL_FILTERS)[number];
export const PROVIDER_SORT_KEYS = [
  'name',
  'careWorkers',
  'required',
  'council',
  'regulation',
  'residential',
  'municipalities',
] as const;

export interface ProviderFilters {
  /** CBS code of a contracting municipality, or '' for all. */
  municipality: string;
  council: CouncilFilter;
  residential: ResidentialFilter;
  search: string;
  sort: { key: string; dir: 'asc' | 'desc' };
}

export const providerCodec: UrlCodec<ProviderFilters> = {
  parse: (params) => ({
    municipality: /^GM\d{4}$/.test(params.get('gemeente') ?? '') ? params.get('gemeente')! : '',
    council: oneOf(params.get('raad'), COUNCIL_FILTERS, 'alle'),
    residential: oneOf(params.get('verblijf'), RESIDENTIAL_FILTERS, 'alle'),
    search: (params.get('zoek') ?? '').slice(0, 100),
    sort: parseSort(params.get('sort'), PROVIDER_SORT_KEYS, { key: 'name', dir: 'asc' }),
  }),
  write: (value) => {
    const params = new URLSearchParams();
    if (value.municipality) params.set('gemeente', value.municipality);
    if (value.council !== 'alle') params.set('raad', value.council);
    if (value.residential !== 'alle') params.set('verblijf', value.residential);
    if (value.search.trim()) params.set('zoek', value.search);
    if (value.sort.key !== 'name' || value.sort.dir !== 'asc') params.set('sort', writeSort(value.sort));
    return params;
  },
};

/** The providers that pass the filters ('ontbreekt': obliged to have a council but without one). */
export function filterProviders<P extends ProviderFacts>(
  providers: readonly P[],
  filters: ProviderFilters,
): P[] {
  const query = filters.search.trim().toLocaleLowerCase('nl');
  return providers.filter(
    (p) =>
      (!filters.municipality || p.municipalities.some((m) => m.cbsCode === filters.municipality)) &&
      (filters.council === 'alle' ||
        (filters.council === 'met' && p.councils.length > 0) ||
        (filters.council === 'zonder' && p.councils.length === 0) ||
        (filters.council === 'ontbreekt' && p.councilRequired && p.councils.length === 0)) &&
      (filters.residential === 'alle' || p.residential === (filters.residential === 'ja')) &&
      (!query || p.name.toLocaleLowerCase('nl').includes(query)),
  );
}
