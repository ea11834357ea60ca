import { describe, expect, it } from 'vitest';
import { monthEnd, toVerdictMonths, windowStart } from '../../../dashboard/src/lib/timeliness-figures';

const figure = (periodStart: string, onTime: number, shortNotice: number, open: number) => {
  const rated = onTime + shortNotice;
  return {
    key: periodStart.slice(0, 7),
    name: periodStart.slice(0, 7),
    periodStart,
    onTimeRate: rated > 0 ? onTime / rated : null,
    ratedCount: rated,
    entryCount: rated + open,
    verdictCounts: {
      onTime,
      shortNotice,
      afterTheFact: 0,
      notRequested: 0,
      open,
      withdrawn: 0,
      notApplicable: 0,
    },
  };
};

describe('toVerdictMonths', () => {
  it('gives one row per month, oldest first, with the counts the on-time rate rests on', () => {
    const rows = toVerdictMonths([figure('2026-11-01', 1, 1, 2), figure('2026-10-01', 3, 1, 0)]);
    expect(rows).toEqual([
      {
        month: '2026-10',
        rate: 0.75,
        rated: 4,
        onTime: 3,
        shortNotice: 1,
        afterTheFact: 0,
        notRequested: 0,
        open: 0,
      },
      {
        month: '2026-11',
        rate: 0.5,
        rated: 2,
        onTime: 1,
        shortNotice: 1,
        afterTheFact: 0,
        notRequested: 0,
        open: 2,
      },
    ]);
  });

  it('has no rate (not 0 %) for a month without rated requests, even with open ones', () => {
    const [row] = toVerdictMonths([{ ...figure('2026-09-01', 0, 0, 3), onTimeRate: 0 }]);
    expect(row).toMatchObject({ rate: null, rated: 0, open: 3 });
  });
});

describe('figures window', () => {
  it('starts on the first of the month N months back, across a year boundary', () => {
    expect(windowStart('2026-11-23', 11)).toBe('2025-12-01');
    expect(windowStart('2026-03-05', 3)).toBe('2025-12-01');
    expect(windowStart('2026-03-05', 0)).toBe('2026-03-01');
  });
  it('ends on the last day of today’s month, leap years included', () => {
    expect(monthEnd('2026-11-23')).toBe('2026-11-30');
    expect(monthEnd('2028-02-10')).toBe('2028-02-29');
    expect(monthEnd('2026-12-31')).toBe('2026-12-31');
  });
});
