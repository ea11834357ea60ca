import { describe, expect, it } from 'vitest';
import {
  coverageCategory,
  filterProviders,
  type ProviderFacts,
  providerCodec,
  toCouncilCoverage,
} from '../../../dashboard/src/features/providers/to-council-coverage';

const p = (
  id: string,
  options: Partial<ProviderFacts> & { regulations?: Array<string | null>; cbs?: string[] } = {},
): ProviderFacts => ({
  id,
  name: options.name ?? `Aanbieder ${id}`,
  careWorkers: options.careWorkers ?? 50,
  residential: options.residential ?? false,
  councilRequired: options.councilRequired ?? true,
  councils: (options.regulations ?? []).map((regulationAdoptedOn) => ({ regulationAdoptedOn })),
  municipalities: (options.cbs ?? ['GM0935']).map((cbsCode) => ({ cbsCode })),
});

const providers = [
  p('1', { regulations: ['2020-10-01'], name: 'Kompasroos' }),
  p('2', { regulations: [null], residential: true, cbs: ['GM0917'] }),
  p('3', { regulations: [] }),
  p('4', { councilRequired: false, careWorkers: 8 }),
  p('5', { regulations: [null, '2022-01-01'], cbs: ['GM0917', 'GM0935'] }),
];

describe('toCouncilCoverage', () => {
  it('puts each provider in one situation: council and regulation, council without regulation, no council, not obliged', () => {
    expect(providers.map(coverageCategory)).toEqual([
      'councilAndRegulation',
      'councilNoRegulation',
      'noCouncil',
      'notObliged',
      'councilAndRegulation',
    ]);
  });

  it('counts every situation, in a fixed order, with its share of the providers shown', () => {
    expect(toCouncilCoverage(providers)).toEqual([
      { category: 'councilAndRegulation', count: 2, share: 0.4 },
      { category: 'councilNoRegulation', count: 1, share: 0.2 },
      { category: 'noCouncil', count: 1, share: 0.2 },
      { category: 'notObliged', count: 1, share: 0.2 },
    ]);
  });

  it('keeps all four bars with a zero count and no share when there are no providers', () => {
    const bars = toCouncilCoverage([]);
    expect(bars.map((b) => b.count)).toEqual([0, 0, 0, 0]);
    expect(bars.every((b) => b.share === null)).toBe(true);
  });
});

describe('provider filters', () => {
  const base = providerCodec.parse(new URLSearchParams());

  it('finds the obliged providers that lack a council', () => {
    expect(filterProviders(providers, { ...base, council: 'ontbreekt' }).map((x) => x.id)).toEqual(['3']);
    expect(filterProviders(providers, { ...base, council: 'zonder' }).map((x) => x.id)).toEqual(['3', '4']);
  });

  it('filters by contracting municipality, residential care and name (case-insensitive)', () => {
    expect(filterProviders(providers, { ...base, municipality: 'GM0917' }).map((x) => x.id)).toEqual([
      '2',
      '5',
    ]);
    expect(filterProviders(providers, { ...base, residential: 'ja' }).map((x) => x.id)).toEqual(['2']);
    expect(filterProviders(providers, { ...base, search: 'KOMPAS' }).map((x) => x.id)).toEqual(['1']);
  });

  it('round-trips the filters through the URL and ignores a malformed municipality code', () => {
    const value = {
      ...base,
      municipality: 'GM0935',
      council: 'ontbreekt' as const,
      sort: { key: 'careWorkers', dir: 'desc' as const },
    };
    const params = providerCodec.write(value);
    expect(params.toString()).toBe('gemeente=GM0935&raad=ontbreekt&sort=-careWorkers');
    expect(providerCodec.parse(params)).toEqual(value);
    expect(providerCodec.parse(new URLSearchParams('gemeente=<script>')).municipality).toBe('');
  });
});
