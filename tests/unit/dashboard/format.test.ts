import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  formatDate,
  formatDecimal,
  formatLongDate,
  formatMonth,
  formatNumber,
  formatPercent,
  per10k,
  share,
} from '../../../dashboard/src/lib/format';

describe('format (nl-NL and en-GB)', () => {
  it('writes thousands and decimals the Dutch way in Dutch and the British way in English', () => {
    expect(formatNumber(120800, 'nl')).toBe('120.800');
    expect(formatNumber(120800, 'en')).toBe('120,800');
    expect(formatDecimal(3.456, 'nl', 1)).toBe('3,5');
    expect(formatDecimal(3.456, 'en', 1)).toBe('3.5');
    expect(formatDecimal(2, 'nl', 1)).toBe('2,0');
  });

  it('writes a share as a whole percentage unless more digits are asked for', () => {
    expect(formatPercent(0.7692, 'nl')).toBe('77%');
    expect(formatPercent(0.7692, 'en')).toBe('77%');
    expect(formatPercent(0.7692, 'nl', 1)).toBe('76,9%');
  });

  it('formats a calendar day without shifting it, whatever the time zone', () => {
    expect(formatDate('2026-11-23', 'nl')).toBe('23 nov 2026');
    expect(formatDate('2026-11-23', 'en')).toBe('23 Nov 2026');
    expect(formatDate('2026-01-01', 'nl')).toBe('1 jan 2026');
    expect(formatLongDate('2026-11-23', 'nl')).toBe('23 november 2026');
    expect(formatMonth('2026-03', 'nl')).toBe('mrt 2026');
    expect(formatMonth('2026-03-15', 'en')).toBe('Mar 2026');
  });

  it('returns text that is not a date unchanged instead of inventing one', () => {
    expect(formatDate('binnenkort', 'nl')).toBe('binnenkort');
  });

  it('computes rates per 10,000 and shares, with no figure for an empty base', () => {
    expect(per10k(12, 24_000)).toBe(5);
    expect(per10k(3, 0)).toBeNull();
    expect(share(3, 4)).toBe(0.75);
    expect(share(0, 0)).toBeNull();
  });

  it('counts whole calendar days between two dates, across a daylight-saving switch', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-11-23', '2026-11-16')).toBe(-7);
  });
});
