// Calendar dates travel as 'YYYY-MM-DD' strings. A request date is a calendar day in Europe/Amsterdam,
// not an instant, so all arithmetic counts whole days through Date.UTC: no local time zone or
// daylight-saving switch can move a date or add or lose a day.
import { DomainValidationError, type WmczErrorCode } from './errors';

/** A calendar day written as 'YYYY-MM-DD' (years 0000–9999, proleptic Gregorian). */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
// Date.UTC reads years 0–99 as 1900–1999; shifting by 400 years (exactly 146,097 days, the Gregorian
// cycle) keeps every year above 99 without changing weekdays or leap years.
const CYCLE_YEARS = 400;
const CYCLE_DAYS = 146_097;

function fail(code: WmczErrorCode, field: string, message: string): never {
  throw new DomainValidationError(code, field, message);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function split(value: unknown): [year: number, month: number, day: number] | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return [year, month, day];
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value;
}

function toDayNumber(value: unknown, field: string): number {
  const parts = split(value);
  if (parts === null) {
    fail(
      'INVALID_DATE',
      field,
      `${field} must be a calendar date written as YYYY-MM-DD, got ${describe(value)}`,
    );
  }
  const [year, month, day] = parts;
  return Date.UTC(year + CYCLE_YEARS, month - 1, day) / MS_PER_DAY - CYCLE_DAYS;
}

function fromDayNumber(dayNumber: number, field: string): IsoDate {
  const date = new Date((dayNumber + CYCLE_DAYS) * MS_PER_DAY);
  const year = date.getUTCFullYear() - CYCLE_YEARS;
  if (!Number.isFinite(year) || year < 0 || year > 9999) {
    fail('INVALID_DATE', field, `${field} falls outside the years 0000–9999`);
  }
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** True when `value` is a string 'YYYY-MM-DD' naming a day that exists ('2025-02-30' does not). */
export function isIsoDate(value: unknown): value is IsoDate {
  return split(value) !== null;
}

/**
 * Checks that `value` is a calendar date written as 'YYYY-MM-DD' and returns it.
 *
 * @param field - the input field name reported in the error.
 * @throws DomainValidationError `INVALID_DATE` naming `field` for another format or a day that does not exist.
 */
export function parseIsoDate(value: unknown, field: string): IsoDate {
  toDayNumber(value, field);
  return value as IsoDate;
}

/**
 * The calendar day `days` days after `date` (before it when negative).
 *
 * @throws DomainValidationError `INVALID_DATE` (field `date`) for a malformed date or a result outside
 *   0000–9999; `INVALID_DAYS` (field `days`) when `days` is not a whole number.
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isSafeInteger(days)) fail('INVALID_DAYS', 'days', `days must be a whole number, got ${days}`);
  return fromDayNumber(toDayNumber(date, 'date') + days, 'date');
}

/**
 * Whole calendar days from `a` to `b`: b − a, negative when `b` comes first.
 *
 * @throws DomainValidationError `INVALID_DATE` (field `a` or `b`) for a malformed date.
 */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b, 'b') - toDayNumber(a, 'a');
}

/**
 * Orders two dates: negative when `a` is earlier, 0 on the same day, positive when `a` is later.
 * Usable directly as an `Array.prototype.sort` comparator.
 *
 * @throws DomainValidationError `INVALID_DATE` (field `a` or `b`) for a malformed date.
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return Math.sign(toDayNumber(a, 'a') - toDayNumber(b, 'b')) as -1 | 0 | 1;
}
