import { describe, expect, it } from 'vitest';
import {
  toActionsByStatus,
  toPillarProgress,
  toPillarTrend,
  toReachPerMonth,
} from '../../../dashboard/src/features/overview/to-programme-figures';

const progress = (value: number | null, basedOn: number) => ({
  value,
  basedOn,
  explanation: 'Het gewogen gemiddelde …',
  explanationEn: 'The weighted mean …',
});

describe('toPillarProgress', () => {
  it('orders the pillars by number and speaks the interface language', () => {
    const bars = toPillarProgress(
      [
        { code: 'P2', number: 2, title: 'Ontwikkelen', titleEn: 'Developing', progress: progress(73.2, 5) },
        {
          code: 'P1',
          number: 1,
          title: 'Versterking',
          titleEn: 'Strengthening',
          progress: progress(63.5, 4),
        },
      ],
      'en',
    );
    expect(bars.map((b) => [b.code, b.title, b.value, b.basedOn, b.explanation])).toEqual([
      ['P1', 'Strengthening', 63.5, 4, 'The weighted mean …'],
      ['P2', 'Developing', 73.2, 5, 'The weighted mean …'],
    ]);
  });

  it('keeps "no figure" apart from 0 % (the bar draws 0, the value stays null)', () => {
    const [bar] = toPillarProgress(
      [{ code: 'P3', number: 3, title: 'Betrekken', titleEn: 'Involving', progress: progress(null, 0) }],
      'nl',
    );
    expect(bar).toMatchObject({ value: null, plotted: 0, basedOn: 0 });
  });
});

describe('toPillarTrend', () => {
  it('makes one row per month, oldest first, with every pillar’s value (null when it rested on nothing)', () => {
    const { rows, pillars } = toPillarTrend([
      { on: '2026-11-23', pillarCode: 'P1', value: 63 },
      { on: '2026-10-31', pillarCode: 'P1', value: 60 },
      { on: '2026-10-31', pillarCode: 'P2', value: null },
      { on: '2026-11-23', pillarCode: 'P2', value: 70 },
    ]);
    expect(pillars).toEqual(['P1', 'P2']);
    expect(rows).toEqual([
      { month: '2026-10', values: { P1: 60, P2: null } },
      { month: '2026-11', values: { P1: 63, P2: 70 } },
    ]);
  });
});

describe('toActionsByStatus', () => {
  it('counts every status for every pillar (0 included) with the late ones and a total row', () => {
    const { rows, totals } = toActionsByStatus([
      { pillarCode: 'P1', status: 'DONE', count: 10, late: 0 },
      { pillarCode: 'P1', status: 'IN_PROGRESS', count: 4, late: 2 },
      { pillarCode: 'P3', status: 'BLOCKED', count: 1, late: 1 },
    ]);
    expect(rows.map((r) => r.pillarCode)).toEqual(['P1', 'P2', 'P3']);
    expect(rows[0]).toMatchObject({ total: 14, late: 2 });
    expect(rows[0]!.counts).toEqual({
      IDEA: 0,
      PLANNED: 0,
      IN_PROGRESS: 4,
      DONE: 10,
      BLOCKED: 0,
      DROPPED: 0,
    });
    expect(rows[1]).toMatchObject({ total: 0, late: 0 });
    expect(totals).toMatchObject({ total: 15, late: 3 });
    expect(totals.counts.BLOCKED).toBe(1);
  });
});

describe('toReachPerMonth', () => {
  it('sorts months and keeps participants by kind', () => {
    const row = (key: string, youth: number) => ({
      key,
      activities: 1,
      participants: youth + 2,
      youth,
      parents: 1,
      professionals: 1,
      other: 0,
    });
    const rows = toReachPerMonth([row('2026-02', 5), row('2026-01', 3)]);
    expect(rows.map((r) => [r.month, r.youth, r.participants])).toEqual([
      ['2026-01', 3, 5],
      ['2026-02', 5, 7],
    ]);
  });
});
