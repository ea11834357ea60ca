import { describe, expect, it } from 'vitest';
import {
  actionProgress,
  goalProgress,
  HOW_CALCULATED,
  HOW_CALCULATED_TOPICS,
  indicatorProgress,
  pillarProgress,
  weightedMean,
  type ActionProgressInput,
  type ActionStatus,
} from '@pm/domain';

// The thrown value, so tests can check code and field rather than message wording.
function thrown(run: () => unknown): { name?: string; code?: string; field?: string } {
  try {
    run();
  } catch (error) {
    return error as { name?: string; code?: string; field?: string };
  }
  throw new Error('expected the call to throw');
}

const leaf = (status: ActionStatus, manualProgress: number | null = null): ActionProgressInput => ({
  status,
  manualProgress,
});

describe('indicatorProgress', () => {
  it('is the share of the distance from baseline to target covered so far', () => {
    expect(
      indicatorProgress({ baseline: 20, target: 60, latest: 40, direction: 'HIGHER_IS_BETTER' }),
    ).toEqual({
      value: 50,
      basedOn: 1,
    });
  });

  it('measures a planned decrease when lower is better', () => {
    expect(
      indicatorProgress({ baseline: 30, target: 10, latest: 25, direction: 'LOWER_IS_BETTER' }).value,
    ).toBe(25);
  });

  it('is 0 at the baseline and 100 at the target', () => {
    const indicator = { baseline: 2, target: 12, direction: 'HIGHER_IS_BETTER' } as const;
    expect(indicatorProgress({ ...indicator, latest: 2 }).value).toBe(0);
    expect(indicatorProgress({ ...indicator, latest: 12 }).value).toBe(100);
  });

  it('caps at 100 when the target is overshot', () => {
    expect(
      indicatorProgress({ baseline: 0, target: 10, latest: 25, direction: 'HIGHER_IS_BETTER' }).value,
    ).toBe(100);
    expect(
      indicatorProgress({ baseline: 30, target: 10, latest: 2, direction: 'LOWER_IS_BETTER' }).value,
    ).toBe(100);
  });

  it('floors at 0 when the indicator moved away from the target', () => {
    expect(
      indicatorProgress({ baseline: 50, target: 80, latest: 40, direction: 'HIGHER_IS_BETTER' }).value,
    ).toBe(0);
    expect(
      indicatorProgress({ baseline: 30, target: 10, latest: 45, direction: 'LOWER_IS_BETTER' }).value,
    ).toBe(0);
  });

  it('has no value, rather than 0, while nothing has been measured', () => {
    expect(
      indicatorProgress({ baseline: 0, target: 10, latest: null, direction: 'HIGHER_IS_BETTER' }),
    ).toEqual({
      value: null,
      basedOn: 0,
    });
  });

  it('refuses a target equal to the baseline, even before any measurement', () => {
    const error = thrown(() =>
      indicatorProgress({ baseline: 5, target: 5, latest: null, direction: 'HIGHER_IS_BETTER' }),
    );
    expect(error).toMatchObject({
      name: 'DomainValidationError',
      code: 'TARGET_EQUALS_BASELINE',
      field: 'target',
    });
  });

  it('refuses a target below the baseline when higher is better', () => {
    const error = thrown(() =>
      indicatorProgress({ baseline: 50, target: 40, latest: 45, direction: 'HIGHER_IS_BETTER' }),
    );
    expect(error).toMatchObject({ code: 'TARGET_WRONG_SIDE_OF_BASELINE', field: 'target' });
  });

  it('refuses a target above the baseline when lower is better', () => {
    const error = thrown(() =>
      indicatorProgress({ baseline: 10, target: 30, latest: 20, direction: 'LOWER_IS_BETTER' }),
    );
    expect(error).toMatchObject({ code: 'TARGET_WRONG_SIDE_OF_BASELINE', field: 'target' });
  });

  it('refuses a measurement that is not a finite number', () => {
    const error = thrown(() =>
      indicatorProgress({ baseline: 0, target: 10, latest: Number.NaN, direction: 'HIGHER_IS_BETTER' }),
    );
    expect(error).toMatchObject({ code: 'INVALID_NUMBER', field: 'latest' });
  });

  it('stays correct when baseline and target are too far apart to subtract', () => {
    expect(
      indicatorProgress({ baseline: -1e308, target: 1e308, latest: 0, direction: 'HIGHER_IS_BETTER' }).value,
    ).toBe(50);
  });
});

describe('weightedMean', () => {
  it('has no value when there are no parts', () => {
    expect(weightedMean([])).toEqual({ value: null, basedOn: 0 });
  });

  it('has no value when every part is null', () => {
    expect(weightedMean([{ value: null }, { value: null, weight: 3 }])).toEqual({ value: null, basedOn: 0 });
  });

  it('ignores null parts and counts only the parts it used', () => {
    expect(weightedMean([{ value: 50 }, { value: null }, { value: 100 }])).toEqual({ value: 75, basedOn: 2 });
  });

  it('weighs parts by their weight', () => {
    expect(
      weightedMean([
        { value: 0, weight: 3 },
        { value: 100, weight: 1 },
      ]).value,
    ).toBe(25);
  });

  it('gives a part without a weight the weight 1', () => {
    expect(weightedMean([{ value: 0, weight: 1 }, { value: 90 }]).value).toBe(45);
  });

  it('leaves out parts with weight 0', () => {
    expect(weightedMean([{ value: 0, weight: 0 }, { value: 80 }])).toEqual({ value: 80, basedOn: 1 });
  });

  it('refuses a negative weight, even on a part without a value', () => {
    const error = thrown(() => weightedMean([{ value: 10 }, { value: null, weight: -1 }]));
    expect(error).toMatchObject({ code: 'NEGATIVE_WEIGHT', field: 'weight' });
  });

  it('refuses a weight that is not a finite number', () => {
    expect(thrown(() => weightedMean([{ value: 10, weight: Infinity }]))).toMatchObject({
      code: 'INVALID_NUMBER',
      field: 'weight',
    });
  });
});

describe('actionProgress', () => {
  it.each([
    ['IDEA', 0],
    ['PLANNED', 10],
    ['IN_PROGRESS', 50],
    ['BLOCKED', 25],
    ['DONE', 100],
  ] as const)('counts a %s action without manual progress as %i%%', (status, share) => {
    expect(actionProgress(leaf(status))).toEqual({ value: share, basedOn: 1 });
  });

  it('uses the manual progress over the status share', () => {
    expect(actionProgress(leaf('IN_PROGRESS', 80)).value).toBe(80);
  });

  it('takes a manual progress of 0 as a real value, not as "not set"', () => {
    expect(actionProgress(leaf('IN_PROGRESS', 0)).value).toBe(0);
  });

  it('accepts manual progress at both ends of 0–100', () => {
    expect(actionProgress(leaf('PLANNED', 100)).value).toBe(100);
    expect(actionProgress(leaf('DONE', 0)).value).toBe(0);
  });

  it.each([-1, 100.5, Number.NaN])('refuses manual progress %s', (manual) => {
    expect(thrown(() => actionProgress(leaf('PLANNED', manual)))).toMatchObject({
      code: 'PROGRESS_OUT_OF_RANGE',
      field: 'manualProgress',
    });
  });

  it('leaves a dropped action out, even with manual progress', () => {
    expect(actionProgress(leaf('DROPPED'))).toEqual({ value: null, basedOn: 0 });
    expect(actionProgress(leaf('DROPPED', 70))).toEqual({ value: null, basedOn: 0 });
  });

  it('gives a parent the mean of its sub-actions, not its own status share', () => {
    const parent: ActionProgressInput = {
      status: 'IN_PROGRESS',
      manualProgress: null,
      children: [{ action: leaf('DONE') }, { action: leaf('IDEA') }],
    };
    expect(actionProgress(parent)).toEqual({ value: 50, basedOn: 2 });
  });

  it('weighs sub-actions by their weight', () => {
    const parent: ActionProgressInput = {
      status: 'PLANNED',
      manualProgress: null,
      children: [
        { action: leaf('DONE'), weight: 3 },
        { action: leaf('IDEA'), weight: 1 },
      ],
    };
    expect(actionProgress(parent).value).toBe(75);
  });

  it('leaves dropped sub-actions out of the parent', () => {
    const parent: ActionProgressInput = {
      status: 'IN_PROGRESS',
      manualProgress: null,
      children: [{ action: leaf('DONE') }, { action: leaf('DROPPED') }],
    };
    expect(actionProgress(parent)).toEqual({ value: 100, basedOn: 1 });
  });

  it('falls back to the status share when every sub-action is dropped', () => {
    const parent: ActionProgressInput = {
      status: 'PLANNED',
      manualProgress: null,
      children: [{ action: leaf('DROPPED') }],
    };
    expect(actionProgress(parent)).toEqual({ value: 10, basedOn: 1 });
  });

  it('falls back to the status share when every sub-action weighs 0', () => {
    const parent: ActionProgressInput = {
      status: 'IN_PROGRESS',
      manualProgress: null,
      children: [{ action: leaf('DONE'), weight: 0 }],
    };
    expect(actionProgress(parent).value).toBe(50);
  });

  it('lets a manual value on the parent win over its sub-actions', () => {
    const parent: ActionProgressInput = {
      status: 'IN_PROGRESS',
      manualProgress: 30,
      children: [{ action: leaf('DONE') }],
    };
    expect(actionProgress(parent)).toEqual({ value: 30, basedOn: 1 });
  });

  it('works through several levels of sub-actions', () => {
    const parent: ActionProgressInput = {
      status: 'IN_PROGRESS',
      manualProgress: null,
      children: [
        { action: leaf('DONE') },
        {
          action: {
            status: 'IN_PROGRESS',
            manualProgress: null,
            children: [{ action: leaf('PLANNED') }, { action: leaf('IN_PROGRESS', 90) }],
          },
        },
      ],
    };
    // Sub-action: (10 + 90) / 2 = 50; parent: (100 + 50) / 2 = 75.
    expect(actionProgress(parent).value).toBe(75);
  });

  it('still validates a dropped sub-action, so bad data does not hide', () => {
    const parent: ActionProgressInput = {
      status: 'IN_PROGRESS',
      manualProgress: null,
      children: [{ action: leaf('DROPPED', 150) }],
    };
    expect(thrown(() => actionProgress(parent))).toMatchObject({ code: 'PROGRESS_OUT_OF_RANGE' });
  });
});

describe('goalProgress', () => {
  it('averages indicators and actions with equal weight by default', () => {
    const result = goalProgress({
      indicators: [{ baseline: 0, target: 10, latest: 5, direction: 'HIGHER_IS_BETTER' }],
      actions: [leaf('DONE')],
    });
    expect(result).toEqual({ value: 75, basedOn: 2 });
  });

  it('leaves out unmeasured indicators and dropped actions', () => {
    const result = goalProgress({
      indicators: [
        { baseline: 0, target: 10, latest: null, direction: 'HIGHER_IS_BETTER' },
        { baseline: 40, target: 20, latest: 30, direction: 'LOWER_IS_BETTER' },
      ],
      actions: [leaf('DROPPED'), leaf('PLANNED')],
    });
    expect(result).toEqual({ value: 30, basedOn: 2 });
  });

  it('honours weights on indicators and actions', () => {
    const result = goalProgress({
      indicators: [{ baseline: 0, target: 10, latest: 10, direction: 'HIGHER_IS_BETTER', weight: 3 }],
      actions: [{ ...leaf('IDEA'), weight: 1 }],
    });
    expect(result.value).toBe(75);
  });

  it('has no value, rather than 0, for a goal with nothing to measure', () => {
    expect(goalProgress({ indicators: [], actions: [leaf('DROPPED')] })).toEqual({ value: null, basedOn: 0 });
  });

  it('passes on an invalid indicator instead of skipping it', () => {
    const error = thrown(() =>
      goalProgress({
        indicators: [{ baseline: 1, target: 1, latest: 1, direction: 'HIGHER_IS_BETTER' }],
        actions: [],
      }),
    );
    expect(error).toMatchObject({ code: 'TARGET_EQUALS_BASELINE' });
  });
});

describe('pillarProgress', () => {
  it('averages goals and the actions directly under the pillar', () => {
    const result = pillarProgress({
      goals: [{ indicators: [], actions: [leaf('DONE'), leaf('IDEA')] }],
      actions: [leaf('IN_PROGRESS')],
    });
    // Goal (100 + 0) / 2 = 50; pillar (50 + 50) / 2 = 50, from two parts.
    expect(result).toEqual({ value: 50, basedOn: 2 });
  });

  it('counts a goal as one part however many actions it has', () => {
    const result = pillarProgress({
      goals: [
        { indicators: [], actions: [leaf('DONE'), leaf('DONE'), leaf('DONE')] },
        { indicators: [], actions: [leaf('IDEA')] },
      ],
      actions: [],
    });
    expect(result).toEqual({ value: 50, basedOn: 2 });
  });

  it('leaves out goals without any figure', () => {
    const result = pillarProgress({
      goals: [
        { indicators: [], actions: [] },
        { indicators: [], actions: [leaf('PLANNED')] },
      ],
      actions: [],
    });
    expect(result).toEqual({ value: 10, basedOn: 1 });
  });

  it('honours goal weights', () => {
    const result = pillarProgress({
      goals: [
        { indicators: [], actions: [leaf('DONE')], weight: 1 },
        { indicators: [], actions: [leaf('IDEA')], weight: 4 },
      ],
      actions: [],
    });
    expect(result.value).toBe(20);
  });

  it('has no value, rather than 0, for an empty pillar', () => {
    expect(pillarProgress({ goals: [], actions: [] })).toEqual({ value: null, basedOn: 0 });
  });
});

describe('HOW_CALCULATED', () => {
  it('explains every rule in Dutch and English', () => {
    for (const topic of HOW_CALCULATED_TOPICS) {
      expect(HOW_CALCULATED[topic].nl.length, topic).toBeGreaterThan(20);
      expect(HOW_CALCULATED[topic].en.length, topic).toBeGreaterThan(20);
    }
  });

  it('states the status shares that actionProgress uses', () => {
    expect(HOW_CALCULATED.action.nl).toContain('gepland 10%');
    expect(HOW_CALCULATED.action.nl).toContain('geblokkeerd 25%');
    expect(HOW_CALCULATED.action.en).toContain('in progress 50%');
    expect(HOW_CALCULATED.action.en).toContain('done 100%');
  });
});
