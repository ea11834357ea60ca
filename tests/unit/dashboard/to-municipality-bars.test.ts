import { describe, expect, it } from 'vitest';
import {
  type MunicipalityInput,
  municipalityCodec,
  type ProviderInput,
  toMunicipalityBars,
} from '../../../dashboard/src/features/municipalities/to-municipality-bars';

const sr = (id: string, name: string) => ({ id, name });
const PS = sr('1', 'Parkstad');
const MH = sr('3', 'Maastricht-Heuvelland');
const municipalities: MunicipalityInput[] = [
  {
    id: '10',
    cbsCode: 'GM0935',
    name: 'Maastricht',
    inhabitants: 120_000,
    youthPopulation: 20_000,
    subregion: MH,
  },
  {
    id: '11',
    cbsCode: 'GM0917',
    name: 'Heerlen',
    inhabitants: 86_000,
    youthPopulation: 10_000,
    subregion: PS,
  },
  { id: '12', cbsCode: 'GM0981', name: 'Vaals', inhabitants: 10_000, youthPopulation: null, subregion: MH },
];
const provider = (
  id: string,
  councilRequired: boolean,
  councils: Array<string | null>,
  contractedBy: string[],
): ProviderInput => ({
  id,
  councilRequired,
  councils: councils.map((regulationAdoptedOn) => ({ regulationAdoptedOn })),
  municipalities: contractedBy.map((m) => ({ id: m })),
});
const providers = [
  provider('a', true, ['2020-10-01'], ['10', '11']), // obliged, complete, in both
  provider('b', true, [null], ['10']), // obliged, council without regulation
  provider('c', true, [], ['11']), // obliged, no council
  provider('d', false, [], ['10', '11']), // not obliged
  provider('e', true, ['2021-01-01', null], ['10']), // two councils, one with regulation
];

describe('toMunicipalityBars', () => {
  it('gives each municipality the share of its obliged contracted providers with a council and a regulation', () => {
    const result = toMunicipalityBars(municipalities, providers, 'raad-en-regeling');
    const byCode = Object.fromEntries(result.bars.map((b) => [b.cbsCode, b]));
    expect(byCode.GM0935).toMatchObject({ numerator: 2, denominator: 3 });
    expect(byCode.GM0935!.value).toBeCloseTo(2 / 3);
    expect(byCode.GM0917).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
    // Vaals contracts nobody: 0 of 0 is no figure, not 0 %.
    expect(byCode.GM0981).toMatchObject({ numerator: 0, denominator: 0, value: null, difference: null });
  });

  it('pools every obliged provider in the region once for the region value and measures the difference from it', () => {
    const result = toMunicipalityBars(municipalities, providers, 'raad-en-regeling');
    expect(result.regionNumerator).toBe(2); // a and e
    expect(result.regionDenominator).toBe(4); // a, b, c, e
    expect(result.regionValue).toBe(0.5);
    const heerlen = result.bars.find((b) => b.cbsCode === 'GM0917')!;
    expect(heerlen.difference).toBe(0);
  });

  it('gives contracted providers per 10,000 young people, with the mean of the municipalities as the region value', () => {
    const result = toMunicipalityBars(municipalities, providers, 'aanbieders-per-10k-jeugd');
    const byCode = Object.fromEntries(result.bars.map((b) => [b.cbsCode, b]));
    expect(byCode.GM0935!.value).toBe(2); // 4 providers per 20,000
    expect(byCode.GM0917!.value).toBe(3); // 3 providers per 10,000
    expect(byCode.GM0981!.value).toBeNull(); // no youth figure
    expect(result.regionValue).toBe(2.5);
    expect(result.kind).toBe('per10k');
  });

  it('gives activities per 10,000 inhabitants from the programme figures, pooling the region', () => {
    const involvement = [
      {
        cbsCode: 'GM0935',
        inhabitants: 120_000,
        activities: 12,
        participants: 240,
        actions: 5,
        lateActions: 1,
      },
      { cbsCode: 'GM0917', inhabitants: 86_000, activities: 0, participants: 0, actions: 2, lateActions: 0 },
    ];
    const result = toMunicipalityBars(municipalities, providers, 'bijeenkomsten-per-10k', involvement);
    const byCode = Object.fromEntries(result.bars.map((b) => [b.cbsCode, b]));
    expect(byCode.GM0935!.value).toBe(1);
    expect(byCode.GM0917!.value).toBe(0);
    // No programme row for Vaals: no figure rather than 0.
    expect(byCode.GM0981!.value).toBeNull();
    expect(result.regionNumerator).toBe(12);
    expect(result.regionDenominator).toBe(206_000);
    expect(result.regionValue).toBeCloseTo((12 * 10_000) / 206_000);

    const actions = toMunicipalityBars(municipalities, providers, 'acties', involvement);
    expect(actions.kind).toBe('count');
    expect(actions.bars.find((b) => b.cbsCode === 'GM0935')).toMatchObject({ value: 5, late: 1 });
    expect(actions.regionValue).toBe(3.5);
  });

  it('orders the bars by subregion (in the region’s order) and then by name', () => {
    const result = toMunicipalityBars(municipalities, providers, 'raad-en-regeling');
    expect(result.subregions).toEqual(['Parkstad', 'Maastricht-Heuvelland']);
    expect(result.bars.map((b) => b.name)).toEqual(['Heerlen', 'Maastricht', 'Vaals']);
    expect(result.bars.map((b) => b.subregionIndex)).toEqual([0, 1, 1]);
  });

  it('returns no bars and no region value when there are no municipalities yet', () => {
    const result = toMunicipalityBars([], [], 'raad-en-regeling');
    expect(result.bars).toEqual([]);
    expect(result.regionValue).toBeNull();
  });
});

describe('toMunicipalityBars, on-time rate', () => {
  it('takes each municipality’s on-time rate and the region figure from the register, with no figure for 0 rated', () => {
    const result = toMunicipalityBars(municipalities, providers, 'tijdigheid', [], {
      byMunicipality: [
        { key: '10', onTimeRate: 0.8, ratedCount: 10, verdictCounts: { onTime: 8 } },
        { key: '11', onTimeRate: null, ratedCount: 0, verdictCounts: { onTime: 0 } },
      ],
      region: { onTimeRate: 0.7, ratedCount: 20, verdictCounts: { onTime: 14 } },
    });
    const byCode = Object.fromEntries(result.bars.map((b) => [b.cbsCode, b]));
    expect(byCode.GM0935).toMatchObject({ value: 0.8, numerator: 8, denominator: 10 });
    expect(byCode.GM0935!.difference).toBeCloseTo(0.1);
    expect(byCode.GM0917).toMatchObject({ value: null, denominator: 0 });
    expect(byCode.GM0981!.value).toBeNull();
    expect(result).toMatchObject({
      kind: 'share',
      regionValue: 0.7,
      regionNumerator: 14,
      regionDenominator: 20,
    });
  });
});

describe('municipality filters in the URL', () => {
  it('round-trips metric, subregion and sort, and leaves defaults out of the link', () => {
    const value = {
      metric: 'aanbieders-per-10k-jeugd' as const,
      subregion: 'Parkstad',
      sort: { key: 'value', dir: 'desc' as const },
    };
    const params = municipalityCodec.write(value);
    expect(params.toString()).toBe('maat=aanbieders-per-10k-jeugd&subregio=Parkstad&sort=-value');
    expect(municipalityCodec.parse(params)).toEqual(value);
    expect(municipalityCodec.write(municipalityCodec.parse(new URLSearchParams())).toString()).toBe('');
  });

  it('falls back to the defaults for a hand-edited or stale link', () => {
    const parsed = municipalityCodec.parse(new URLSearchParams('maat=bestaat-niet&sort=-onzin'));
    expect(parsed.metric).toBe('tijdigheid');
    expect(parsed.sort).toEqual({ key: 'subregion', dir: 'asc' });
  });
});
