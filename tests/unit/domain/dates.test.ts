import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DomainValidationError,
  addDays,
  compareIsoDates,
  daysBetween,
  isIsoDate,
  parseIsoDate,
} from '@pm/domain';

function rejection(run: () => unknown): DomainValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainValidationError) return error;
    throw error;
  }
  throw new Error('expected a DomainValidationError, but nothing was thrown');
}

// Independent oracle: days since 1970-01-01 for dates from 1970 on.
const EPOCH_DAY = (n: number): string => new Date(n * 86_400_000).toISOString().slice(0, 10);

describe('isIsoDate and parseIsoDate', () => {
  it.each(['2025-01-01', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '2025-12-31'])(
    'accepts %s',
    (value) => {
      expect(isIsoDate(value)).toBe(true);
      expect(parseIsoDate(value, 'requestedOn')).toBe(value);
    },
  );

  it.each([
    '2025-02-30',
    '2023-02-29',
    '1900-02-29',
    '2025-04-31',
    '2025-00-10',
    '2025-13-01',
    '2025-01-00',
    '2025-1-01',
    '25-01-01',
    '2025/01/01',
    '2025-01-01T00:00:00Z',
    ' 2025-01-01',
    '',
  ])('rejects %j with INVALID_DATE naming the field', (value) => {
    expect(isIsoDate(value)).toBe(false);
    expect(rejection(() => parseIsoDate(value, 'decidedOn'))).toMatchObject({
      code: 'INVALID_DATE',
      field: 'decidedOn',
    });
  });

  it.each([null, undefined, 20250101, new Date(0)])('rejects a non-string %s', (value) => {
    expect(isIsoDate(value)).toBe(false);
    expect(rejection(() => parseIsoDate(value, 'today')).field).toBe('today');
  });

  it('throws an Error subclass that carries its code and field', () => {
    const error = rejection(() => parseIsoDate('nope', 'withdrawnOn'));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DomainValidationError');
    expect(error.message).toContain('withdrawnOn');
  });
});

describe('addDays', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('adds whole days across the daylight-saving switches', () => {
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31');
    expect(addDays('2025-10-25', 2)).toBe('2025-10-27');
  });

  it('handles years below 100 without mapping them to the 1900s', () => {
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(addDays('0004-02-28', 1)).toBe('0004-02-29');
  });

  it('rejects a fractional number of days', () => {
    expect(rejection(() => addDays('2025-01-01', 0.5))).toMatchObject({
      code: 'INVALID_DAYS',
      field: 'days',
    });
  });

  it('rejects a result past the year 9999', () => {
    expect(rejection(() => addDays('9999-12-31', 1)).code).toBe('INVALID_DATE');
  });
});

describe('daysBetween and compareIsoDates', () => {
  it('counts b − a in whole calendar days', () => {
    expect(daysBetween('2025-03-03', '2025-03-31')).toBe(28);
    expect(daysBetween('2025-03-31', '2025-03-03')).toBe(-28);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-10-25', '2025-10-27')).toBe(2);
  });

  it('orders dates', () => {
    expect(compareIsoDates('2025-01-01', '2025-01-02')).toBe(-1);
    expect(compareIsoDates('2025-01-02', '2025-01-02')).toBe(0);
    expect(compareIsoDates('2026-01-01', '2025-12-31')).toBe(1);
    expect(['2025-03-01', '2024-12-31', '2025-01-15'].sort(compareIsoDates)).toEqual([
      '2024-12-31',
      '2025-01-15',
      '2025-03-01',
    ]);
  });

  it('rejects a malformed operand', () => {
    expect(rejection(() => daysBetween('2025-01-01', '2025-02-30')).code).toBe('INVALID_DATE');
    expect(rejection(() => compareIsoDates('x', '2025-01-01')).code).toBe('INVALID_DATE');
  });
});

describe('dates — properties', () => {
  const epochDay = fc.integer({ min: 0, max: 2_900_000 }); // 1970 to about 9900
  const offset = fc.integer({ min: -100_000, max: 100_000 });

  it('agrees with an independent day count', () => {
    fc.assert(
      fc.property(epochDay, epochDay, (a, b) => {
        expect(daysBetween(EPOCH_DAY(a), EPOCH_DAY(b))).toBe(b - a);
        expect(addDays(EPOCH_DAY(a), b - a)).toBe(EPOCH_DAY(b));
      }),
    );
  });

  it('undoes addDays with daysBetween', () => {
    fc.assert(
      fc.property(epochDay, offset, (start, days) => {
        fc.pre(start + days >= 0 && start + days <= 2_900_000);
        const date = EPOCH_DAY(start);
        expect(daysBetween(date, addDays(date, days))).toBe(days);
      }),
    );
  });

  it('orders dates as their string order does', () => {
    fc.assert(
      fc.property(epochDay, epochDay, (a, b) => {
        const [x, y] = [EPOCH_DAY(a), EPOCH_DAY(b)];
        expect(compareIsoDates(x, y)).toBe(Math.sign(a - b));
        expect(compareIsoDates(x, y)).toBe(x < y ? -1 : x > y ? 1 : 0);
      }),
    );
  });

  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  const dateLike = fc
    .tuple(
      fc.integer({ min: 1970, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);

  it('never lets any string through that is not a real day', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 12 }), dateLike), (value) => {
        const real = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
        const roundTrips = real && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
        expect(isIsoDate(value)).toBe(roundTrips);
      }),
    );
  });
});
