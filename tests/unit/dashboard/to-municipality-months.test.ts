import { describe, expect, it } from 'vitest';
import { toMunicipalityMonths } from '../../../dashboard/src/features/municipalities/to-municipality-months';

const activity = (heldOn: string, youth: number) => ({
  heldOn,
  participants: { youth, parents: 2, professionals: 1, other: 0, total: youth + 3 },
});

describe('toMunicipalityMonths', () => {
  it('has every month of the window, also the empty ones, with activities and participants by kind', () => {
    const rows = toMunicipalityMonths(
      [activity('2026-09-03', 4), activity('2026-09-20', 1), activity('2026-11-01', 0)],
      '2026-08-01',
      '2026-11-23',
    );
    expect(rows.map((r) => [r.month, r.activities, r.youth, r.participants])).toEqual([
      ['2026-08', 0, 0, 0],
      ['2026-09', 2, 5, 11],
      ['2026-10', 0, 0, 0],
      ['2026-11', 1, 0, 3],
    ]);
  });

  it('ignores activities outside the window and crosses a year boundary', () => {
    const rows = toMunicipalityMonths([activity('2025-06-01', 9)], '2025-11-01', '2026-01-05');
    expect(rows.map((r) => r.month)).toEqual(['2025-11', '2025-12', '2026-01']);
    expect(rows.every((r) => r.activities === 0)).toBe(true);
  });
});
