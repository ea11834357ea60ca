import { describe, expect, it } from 'vitest';
import { toRegionFacts } from '../../../dashboard/src/features/overview/to-region-facts';

describe('toRegionFacts', () => {
  it('sums the population and counts obliged contracted providers with a council and a regulation', () => {
    const facts = toRegionFacts({
      municipalities: [
        { inhabitants: 100_000, youthPopulation: 16_500 },
        { inhabitants: 10_000, youthPopulation: null },
      ],
      providers: [
        { councilRequired: true, councils: [{ regulationAdoptedOn: '2020-10-01' }], municipalities: [1] },
        { councilRequired: true, councils: [{ regulationAdoptedOn: null }], municipalities: [1] },
        { councilRequired: true, councils: [], municipalities: [1] },
        { councilRequired: false, councils: [], municipalities: [1] },
        // Not contracted by any municipality in the region: not the region's provider.
        { councilRequired: true, councils: [], municipalities: [] },
      ],
    });
    expect(facts).toEqual({
      municipalities: 2,
      inhabitants: 110_000,
      youth: 16_500,
      providers: 4,
      obliged: 3,
      obligedWithCouncil: 2,
      obligedWithCouncilAndRegulation: 1,
      councilAndRegulationShare: 1 / 3,
    });
  });

  it('has no share (rather than 0 %) when no provider is obliged', () => {
    expect(toRegionFacts({ municipalities: [], providers: [] }).councilAndRegulationShare).toBeNull();
  });
});
