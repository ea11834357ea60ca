import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTION_STATUSES,
  actionProgress,
  goalProgress,
  indicatorProgress,
  pillarProgress,
  weightedMean,
  type ActionProgressInput,
  type IndicatorProgressInput,
} from '@pm/domain';

const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });
// Realistic magnitudes for means: percentages, counts, rates.
const moderate = fc.double({ min: -1e9, max: 1e9, noNaN: true });
const weight = fc.double({ min: 0, max: 1e6, noNaN: true });
const percent = fc.double({ min: 0, max: 100, noNaN: true });

// Two different finite numbers, smaller first.
const ordered = fc
  .tuple(anyFinite, anyFinite)
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => (a < b ? ([a, b] as const) : ([b, a] as const)));

const validIndicator: fc.Arbitrary<IndicatorProgressInput> = fc
  .tuple(ordered, fc.option(anyFinite, { nil: null }), fc.boolean())
  .map(([[low, high], latest, higherIsBetter]) =>
    higherIsBetter
      ? { baseline: low, target: high, latest, direction: 'HIGHER_IS_BETTER' as const }
      : { baseline: high, target: low, latest, direction: 'LOWER_IS_BETTER' as const },
  );

const { action: actionTree } = fc.letrec<{
  action: ActionProgressInput;
  child: { action: ActionProgressInput; weight?: number };
}>((tie) => ({
  action: fc.record({
    status: fc.constantFrom(...ACTION_STATUSES),
    manualProgress: fc.option(percent, { nil: null }),
    children: fc.oneof({ depthSize: 'small' }, fc.constant([]), fc.array(tie('child'), { maxLength: 4 })),
  }),
  child: fc.record({ action: tie('action'), weight: fc.option(weight, { nil: undefined }) }),
}));

const droppedChild = fc.record({
  action: actionTree.map((action) => ({ ...action, status: 'DROPPED' as const })),
  weight: fc.option(weight, { nil: undefined }),
});

function isPercentOrNull(value: number | null): boolean {
  return value === null || (value >= 0 && value <= 100);
}

describe('progress properties', () => {
  it('indicator progress is always within 0–100 or null', () => {
    fc.assert(
      fc.property(validIndicator, (indicator) => {
        const { value, basedOn } = indicatorProgress(indicator);
        expect(isPercentOrNull(value)).toBe(true);
        expect(value === null).toBe(indicator.latest === null);
        expect(basedOn).toBe(value === null ? 0 : 1);
      }),
    );
  });

  it('indicator progress never falls when the measurement rises and higher is better', () => {
    fc.assert(
      fc.property(ordered, anyFinite, anyFinite, ([baseline, target], a, b) => {
        const [lower, higher] = a <= b ? [a, b] : [b, a];
        const at = (latest: number) =>
          indicatorProgress({ baseline, target, latest, direction: 'HIGHER_IS_BETTER' }).value!;
        expect(at(lower)).toBeLessThanOrEqual(at(higher));
      }),
    );
  });

  it('indicator progress never rises when the measurement rises and lower is better', () => {
    fc.assert(
      fc.property(ordered, anyFinite, anyFinite, ([target, baseline], a, b) => {
        const [lower, higher] = a <= b ? [a, b] : [b, a];
        const at = (latest: number) =>
          indicatorProgress({ baseline, target, latest, direction: 'LOWER_IS_BETTER' }).value!;
        expect(at(lower)).toBeGreaterThanOrEqual(at(higher));
      }),
    );
  });

  it('lower-is-better progress equals higher-is-better progress on the negated numbers', () => {
    fc.assert(
      fc.property(ordered, anyFinite, ([target, baseline], latest) => {
        const lowerIsBetter = indicatorProgress({ baseline, target, latest, direction: 'LOWER_IS_BETTER' });
        const mirrored = indicatorProgress({
          baseline: -baseline,
          target: -target,
          latest: -latest,
          direction: 'HIGHER_IS_BETTER',
        });
        expect(lowerIsBetter).toEqual(mirrored);
      }),
    );
  });

  it('a weighted mean lies between the smallest and largest value it used', () => {
    const parts = fc.array(
      fc.record({ value: fc.option(moderate, { nil: null }), weight: fc.option(weight, { nil: undefined }) }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(parts, (parts) => {
        const used = parts.filter((part) => part.value !== null && (part.weight ?? 1) > 0);
        const { value, basedOn } = weightedMean(parts);
        expect(basedOn).toBe(used.length);
        if (used.length === 0) {
          expect(value).toBeNull();
          return;
        }
        const values = used.map((part) => part.value!);
        expect(value).toBeGreaterThanOrEqual(Math.min(...values));
        expect(value).toBeLessThanOrEqual(Math.max(...values));
      }),
    );
  });

  it('with equal weights the weighted mean is the arithmetic mean', () => {
    fc.assert(
      fc.property(
        fc.array(moderate, { minLength: 1, maxLength: 12 }),
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        (values, sameWeight) => {
          const expected = values.reduce((sum, value) => sum + value, 0) / values.length;
          const { value } = weightedMean(values.map((v) => ({ value: v, weight: sameWeight })));
          // Rounding error grows with the magnitude of the values, not of their mean.
          const scale = Math.max(1, ...values.map(Math.abs));
          expect(Math.abs(value! - expected)).toBeLessThanOrEqual(1e-12 * scale);
        },
      ),
    );
  });

  it('scaling every weight by the same factor does not change the weighted mean', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ value: percent, weight: fc.double({ min: 0.01, max: 100, noNaN: true }) }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (parts, factor) => {
          const scaled = weightedMean(parts.map((part) => ({ ...part, weight: part.weight * factor })));
          expect(scaled.value).toBeCloseTo(weightedMean(parts).value!, 6);
        },
      ),
    );
  });

  it('action progress is always within 0–100, and null exactly for dropped actions', () => {
    fc.assert(
      fc.property(actionTree, (action) => {
        const { value } = actionProgress(action);
        expect(isPercentOrNull(value)).toBe(true);
        expect(value === null).toBe(action.status === 'DROPPED');
      }),
    );
  });

  it("a parent's progress lies between its sub-actions' lowest and highest progress", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ACTION_STATUSES.filter((status) => status !== 'DROPPED')),
        fc.array(fc.record({ action: actionTree, weight: fc.option(weight, { nil: undefined }) }), {
          minLength: 1,
          maxLength: 6,
        }),
        (status, children) => {
          const used = children
            .filter((child) => (child.weight ?? 1) > 0)
            .map((child) => actionProgress(child.action).value)
            .filter((value): value is number => value !== null);
          fc.pre(used.length > 0);
          const { value, basedOn } = actionProgress({ status, manualProgress: null, children });
          expect(basedOn).toBe(used.length);
          expect(value).toBeGreaterThanOrEqual(Math.min(...used));
          expect(value).toBeLessThanOrEqual(Math.max(...used));
        },
      ),
    );
  });

  it('adding a dropped sub-action never changes the parent', () => {
    fc.assert(
      fc.property(actionTree, droppedChild, fc.nat(), (action, dropped, at) => {
        const children = [...(action.children ?? [])];
        children.splice(at % (children.length + 1), 0, dropped);
        expect(actionProgress({ ...action, children })).toEqual(actionProgress(action));
      }),
    );
  });

  it('goal and pillar progress stay within 0–100 or null and count at most their parts', () => {
    const weighted = <T>(arb: fc.Arbitrary<T>) =>
      fc.tuple(arb, fc.option(weight, { nil: undefined })).map(([item, w]) => ({ ...item, weight: w }));
    const goal = fc.record({
      indicators: fc.array(weighted(validIndicator), { maxLength: 3 }),
      actions: fc.array(weighted(actionTree), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(
        fc.array(weighted(goal), { maxLength: 3 }),
        fc.array(weighted(actionTree), { maxLength: 3 }),
        (goals, actions) => {
          for (const g of goals) {
            const result = goalProgress(g);
            expect(isPercentOrNull(result.value)).toBe(true);
            expect(result.basedOn).toBeLessThanOrEqual(g.indicators.length + g.actions.length);
            expect(result.value === null).toBe(result.basedOn === 0);
          }
          const result = pillarProgress({ goals, actions });
          expect(isPercentOrNull(result.value)).toBe(true);
          expect(result.basedOn).toBeLessThanOrEqual(goals.length + actions.length);
          expect(result.value === null).toBe(result.basedOn === 0);
        },
      ),
    );
  });
});
