import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, DomainValidationError, HOW_CALCULATED } from '@pm/domain';
import { AppError } from '../../../api/src/common/app-error';
import {
  COMPUTED_INDICATORS,
  computedValueSql,
  findComputedIndicator,
} from '../../../api/src/pillar/computed-indicators';
import { domainRule } from '../../../api/src/pillar/programme-errors';
import { ProgressType } from '../../../api/src/pillar/progress.type';
import { monthEnds, windowStart } from '../../../api/src/programme-stats/months';

describe('window and month ends of the programme figures', () => {
  it('starts the window on the first day of the month months-1 back', () => {
    expect(windowStart('2026-11-23', 1)).toBe('2026-11-01');
    expect(windowStart('2026-11-23', 24)).toBe('2024-12-01');
    expect(windowStart('2026-01-31', 2)).toBe('2025-12-01');
  });

  it('lists the last day of each month and today for the running month', () => {
    expect(monthEnds('2026-03-15', 4)).toEqual(['2025-12-31', '2026-01-31', '2026-02-28', '2026-03-15']);
    expect(monthEnds('2024-02-29', 2)).toEqual(['2024-01-31', '2024-02-29']);
  });

  it('gives one ascending day per month, each the last of its month, ending today', () => {
    const day = fc.integer({ min: 0, max: 20_000 }).map((n) => addDays('1990-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), (today, months) => {
        const ends = monthEnds(today, months);
        expect(ends).toHaveLength(months);
        expect(ends[ends.length - 1]).toBe(today);
        for (let i = 0; i < ends.length; i++) {
          if (i > 0) expect(ends[i]! > ends[i - 1]!).toBe(true);
          if (i < ends.length - 1) expect(addDays(ends[i]!, 1).slice(8)).toBe('01');
        }
        expect(ends[0]!.slice(0, 7)).toBe(windowStart(today, months).slice(0, 7));
      }),
    );
  });
});

describe('domain rule errors in the API', () => {
  it('become BAD_USER_INPUT with the code and the input field', () => {
    const call = () =>
      domainRule(
        () => {
          throw new DomainValidationError('TARGET_EQUALS_BASELINE', 'target', 'same');
        },
        { target: 'input.targetValue' },
      );
    expect(call).toThrow(AppError);
    try {
      call();
    } catch (error) {
      expect(error).toMatchObject({
        kind: 'BAD_USER_INPUT',
        reason: 'TARGET_EQUALS_BASELINE',
        field: 'input.targetValue',
      });
    }
  });

  it('prefix unmapped fields with input. and let other errors through untouched', () => {
    expect(() =>
      domainRule(() => {
        throw new DomainValidationError('INVALID_TRANSITION', 'status');
      }),
    ).toThrow(expect.objectContaining({ field: 'input.status', reason: 'INVALID_TRANSITION' }));
    const other = new TypeError('boom');
    expect(() =>
      domainRule(() => {
        throw other;
      }),
    ).toThrow(other);
    expect(domainRule(() => 42)).toBe(42);
  });
});

describe('progress with "hoe berekend"', () => {
  it('carries value, basedOn and the explanation of its rule in Dutch and English', () => {
    const progress = ProgressType.of({ value: null, basedOn: 0 }, 'goal');
    expect(progress).toMatchObject({
      value: null,
      basedOn: 0,
      rule: 'goal',
      explanation: HOW_CALCULATED.goal.nl,
      explanationEn: HOW_CALCULATED.goal.en,
    });
  });

  it('appends the explanation of a computed indicator', () => {
    const computed = COMPUTED_INDICATORS[0]!;
    const progress = ProgressType.of({ value: 50, basedOn: 1 }, 'indicator', computed.explanation);
    expect(progress.explanation.startsWith(HOW_CALCULATED.indicator.nl)).toBe(true);
    expect(progress.explanation.endsWith(computed.explanation.nl)).toBe(true);
  });
});

describe('computed indicator registry', () => {
  it('has unique keys in the format the database accepts, each a branch of the one SQL expression', () => {
    const keys = COMPUTED_INDICATORS.map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
    const sql = computedValueSql('i.computed_key', 'd.as_of', 'i.municipality_id');
    for (const key of keys) {
      expect(key).toMatch(/^[A-Z][A-Z0-9_]{1,60}$/);
      expect(sql).toContain(`WHEN '${key}' THEN`);
      expect(findComputedIndicator(key)?.key).toBe(key);
    }
    expect(findComputedIndicator('NOT_A_KEY')).toBeUndefined();
  });

  it('counts providers obliged to have a council as those with more than 10 care workers', () => {
    const sql = findComputedIndicator('OBLIGED_PROVIDERS_WITH_REGULATION')!.valueSql('$1', '$2');
    expect(sql).toContain('p.care_workers > 10');
    expect(sql).toContain('cc.regulation_adopted_on <= $1');
  });
});
