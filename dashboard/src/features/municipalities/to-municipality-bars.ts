// Shapes the municipality comparison: one value per municipality for the chosen metric, grouped by
// subregion, with the region value to compare against. Pure, so it is unit-tested.
import { per10k, share } from '../../lib/format';
import type { UrlCodec } from '../../lib/url-state';
import { oneOf, parseSort, writeSort } from '../../lib/url-state';

export const MUNICIPALITY_METRICS = [
  'tijdigheid',
  'raad-en-regeling',
  'bijeenkomsten-per-10k',
  'deelnemers-per-10k',
  'acties',
  'aanbieders-per-10k-jeugd',
] as const;
export type MunicipalityMetric = (typeof MUNICIPALITY_METRICS)[number];

export interface MunicipalityInput {
  id: string;
  cbsCode: string;
  name: string;
  inhabitants: number;
  youthPopulation: number | null;
  subregion: { id: string; name: string };
}

export interface ProviderInput {
  id: string;
  councilRequired: boolean;
  councils: ReadonlyArray<{ regulationAdoptedOn: string | null }>;
  municipalities: ReadonlyArray<{ id: string }>;
}

/** Programme figures per municipality (programmeStats.municipalities), by CBS code. */
export interface InvolvementInput {
  cbsCode: string;
  inhabitants: number;
  activities: number;
  participants: number;
  actions: number;
  lateActions: number;
}

/** Timeliness figures (timelinessFigures): per municipality (key = municipality id) and the region. */
export interface TimelinessInput {
  byMunicipality: ReadonlyArray<{
    key: string;
    onTimeRate: number | null;
    ratedCount: number;
    verdictCounts: { onTime: number };
  }>;
  region: { onTimeRate: number | null; ratedCount: number; verdictCounts: { onTime: number } } | null;
}

export interface MunicipalityBar {
  cbsCode: string;
  name: string;
  subregion: string;
  subregionIndex: number;
  /** The metric: a share 0–1 or a rate per 10,000; null when it rests on nothing (0 of 0). */
  value: number | null;
  /** What the value is computed from: e.g. 3 of 5 obliged providers, or 12 providers per 27,000 young people. */
  numerator: number;
  denominator: number;
  /** value − region value, null when either is missing. */
  difference: number | null;
  /** For 'acties': how many of them are late. */
  late?: number;
}

export interface MunicipalityComparison {
  metric: MunicipalityMetric;
  kind: 'share' | 'per10k' | 'count';
  bars: MunicipalityBar[];
  subregions: string[];
  regionValue: number | null;
  regionNumerator: number;
  regionDenominator: number;
}

/** Obliged to have a council, and has at least one council with an adopted regulation. */
export function hasCouncilWithRegulation(provider: ProviderInput): boolean {
  return provider.councils.some((c) => c.regulationAdoptedOn !== null);
}

const KIND: Readonly<Record<MunicipalityMetric, MunicipalityComparison['kind']>> = {
  tijdigheid: 'share',
  'raad-en-regeling': 'share',
  'bijeenkomsten-per-10k': 'per10k',
  'deelnemers-per-10k': 'per10k',
  acties: 'count',
  'aanbieders-per-10k-jeugd': 'per10k',
};

/**
 * One value per municipality for the chosen metric, and the region value to compare against:
 * - 'tijdigheid': the on-time rate of the requests of the providers the municipality contracts (from the
 *   register's SQL figures: on time ÷ rated); the region value is the register's region figure.
 * - 'raad-en-regeling': share of the obliged providers (more than 10 care workers) the municipality
 *   contracts that have a council with an adopted regulation; the region pools every obliged provider once.
 * - 'bijeenkomsten-per-10k' / 'deelnemers-per-10k': activities (participants) held in the municipality per
 *   10,000 inhabitants; the region pools them (region-wide activities belong to no municipality).
 * - 'acties': actions the municipality is involved in (region-wide ones left out); region: the mean.
 * - 'aanbieders-per-10k-jeugd': contracted providers per 10,000 inhabitants aged 0–17; region: the mean
 *   (a provider contracted by several municipalities counts in each).
 */
export function toMunicipalityBars(
  municipalities: readonly MunicipalityInput[],
  providers: readonly ProviderInput[],
  metric: MunicipalityMetric,
  involvement: readonly InvolvementInput[] = [],
  timeliness: TimelinessInput | null = null,
): MunicipalityComparison {
  const subregionOrder = [...new Map(municipalities.map((m) => [m.subregion.id, m.subregion.name]))]
    .sort((a, b) => Number(a[0]) - Number(b[0]) || a[1].localeCompare(b[1]))
    .map(([, name]) => name);
  const byMunicipality = new Map<string, ProviderInput[]>();
  for (const provider of providers) {
    for (const m of provider.municipalities) {
      const list = byMunicipality.get(m.id) ?? [];
      list.push(provider);
      byMunicipality.set(m.id, list);
    }
  }
  const involved = new Map(involvement.map((row) => [row.cbsCode, row]));
  const rated = new Map((timeliness?.byMunicipality ?? []).map((row) => [row.key, row]));

  const bars = municipalities.map((m): MunicipalityBar => {
    const contracted = byMunicipality.get(m.id) ?? [];
    const programme = involved.get(m.cbsCode);
    let numerator = 0;
    let denominator = 0;
    let value: number | null = null;
    let late: number | undefined;
    switch (metric) {
      case 'tijdigheid': {
        const row = rated.get(m.id);
        numerator = row?.verdictCounts.onTime ?? 0;
        denominator = row?.ratedCount ?? 0;
        value = row && row.ratedCount > 0 ? row.onTimeRate : null;
        break;
      }
      case 'raad-en-regeling': {
        const obliged = contracted.filter((p) => p.councilRequired);
        numerator = obliged.filter(hasCouncilWithRegulation).length;
        denominator = obliged.length;
        value = share(numerator, denominator);
        break;
      }
      case 'bijeenkomsten-per-10k':
      case 'deelnemers-per-10k':
        numerator = programme
          ? metric === 'bijeenkomsten-per-10k'
            ? programme.activities
            : programme.participants
          : 0;
        denominator = m.inhabitants;
        value = programme ? per10k(numerator, denominator) : null;
        break;
      case 'acties':
        numerator = programme?.actions ?? 0;
        denominator = m.inhabitants;
        value = programme ? numerator : null;
        late = programme?.lateActions ?? 0;
        break;
      default:
        numerator = contracted.length;
        denominator = m.youthPopulation ?? 0;
        value = per10k(numerator, denominator);
    }
    return {
      cbsCode: m.cbsCode,
      name: m.name,
      subregion: m.subregion.name,
      subregionIndex: subregionOrder.indexOf(m.subregion.name),
      value,
      numerator,
      denominator,
      difference: null,
      ...(late !== undefined && { late }),
    };
  });

  let regionValue: number | null;
  let regionNumerator: number;
  let regionDenominator: number;
  const mean = () => {
    const values = bars.map((b) => b.value).filter((v): v is number => v !== null);
    regionNumerator = values.length;
    regionDenominator = bars.length;
    regionValue = values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null;
  };
  if (metric === 'tijdigheid') {
    regionNumerator = timeliness?.region?.verdictCounts.onTime ?? 0;
    regionDenominator = timeliness?.region?.ratedCount ?? 0;
    regionValue = regionDenominator > 0 ? (timeliness?.region?.onTimeRate ?? null) : null;
  } else if (metric === 'raad-en-regeling') {
    const inRegion = providers.filter((p) => p.councilRequired && p.municipalities.length > 0);
    regionNumerator = inRegion.filter(hasCouncilWithRegulation).length;
    regionDenominator = inRegion.length;
    regionValue = share(regionNumerator, regionDenominator);
  } else if (metric === 'bijeenkomsten-per-10k' || metric === 'deelnemers-per-10k') {
    const counted = bars.filter((b) => b.value !== null);
    regionNumerator = counted.reduce((sum, b) => sum + b.numerator, 0);
    regionDenominator = counted.reduce((sum, b) => sum + b.denominator, 0);
    regionValue = per10k(regionNumerator, regionDenominator);
  } else {
    regionNumerator = 0;
    regionDenominator = 0;
    regionValue = null;
    mean();
  }
  for (const bar of bars) {
    bar.difference = bar.value !== null && regionValue !== null ? bar.value - regionValue : null;
  }
  bars.sort((a, b) => a.subregionIndex - b.subregionIndex || a.name.localeCompare(b.name, 'nl'));
  return {
    metric,
    kind: KIND[metric],
    bars,
    subregions: subregionOrder,
    regionValue,
    regionNumerator,
    regionDenominator,
  };
}

export interface MunicipalityFilters {
  metric: MunicipalityMetric;
  /** Subregion name, or '' for all three. */
  subregion: string;
  sort: { key: string; dir: 'asc' | 'desc' };
}

export const MUNICIPALITY_SORT_KEYS = ['name', 'subregion', 'value', 'difference'] as const;

export const municipalityCodec: UrlCodec<MunicipalityFilters> = {
  parse: (params) => ({
    metric: oneOf(params.get('maat'), MUNICIPALITY_METRICS, 'tijdigheid'),
    subregion: (params.get('subregio') ?? '').slice(0, 100),
    sort: parseSort(params.get('sort'), MUNICIPALITY_SORT_KEYS, { key: 'subregion', dir: 'asc' }),
  }),
  write: (value) => {
    const params = new URLSearchParams();
    if (value.metric !== 'tijdigheid') params.set('maat', value.metric);
    if (value.subregion) params.set('subregio', value.subregion);
    if (value.sort.key !== 'subregion' || value.sort.dir !== 'asc') params.set('sort', writeSort(value.sort));
    return params;
  },
};
