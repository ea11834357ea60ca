// Number and date formatting for the two interface languages. Dates travel as calendar days
// ('YYYY-MM-DD'); they are formatted in UTC so no browser time zone can move them a day.

export type Lang = 'nl' | 'en';

export const LOCALES: Readonly<Record<Lang, string>> = { nl: 'nl-NL', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], options);
    cache.set(key, format);
  }
  return format;
}

function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', ...options });
    cache.set(key, format);
  }
  return format;
}

/** A whole or decimal number with the language's separators: 120.800 (nl) or 120,800 (en). */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 0): string {
  return numberFormat(lang, { maximumFractionDigits }).format(value);
}

/** A number with exactly `digits` decimals, e.g. a rate per 10,000 inhabitants: 3,4 (nl). */
export function formatDecimal(value: number, lang: Lang, digits = 1): string {
  return numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A share between 0 and 1 as a percentage: 0.875 → "88%" (nl shows "88%" too, with a non-breaking form). */
export function formatPercent(share: number, lang: Lang, digits = 0): string {
  return numberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(share);
}

function toUtc(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(day);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3] ?? '1')));
}

/** A calendar day: "23 nov. 2026" (nl) or "23 Nov 2026" (en). Unknown input is returned unchanged. */
export function formatDate(day: string, lang: Lang): string {
  const date = toUtc(day);
  return date ? dateFormat(lang, { day: 'numeric', month: 'short', year: 'numeric' }).format(date) : day;
}

/** A calendar day written out: "23 november 2026". */
export function formatLongDate(day: string, lang: Lang): string {
  const date = toUtc(day);
  return date ? dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(date) : day;
}

/** A month ('YYYY-MM' or any day in it): "nov. 2026" (nl) or "Nov 2026" (en). */
export function formatMonth(month: string, lang: Lang): string {
  const date = toUtc(month.slice(0, 7));
  return date ? dateFormat(lang, { month: 'short', year: 'numeric' }).format(date) : month;
}

/** A count relative to a population, per 10,000 inhabitants; null when there is no population. */
export function per10k(count: number, population: number): number | null {
  if (!(population > 0)) return null;
  return (count * 10_000) / population;
}

/** A share (0–1) of `part` in `whole`; null when `whole` is 0, because 0 of 0 is no figure at all. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'); negative when `to` lies before `from`. */
export function daysBetween(from: string, to: string): number {
  const a = toUtc(from);
  const b = toUtc(to);
  if (!a || !b) return Number.NaN;
  return Math.round((b.getTime() - a.getTime()) / 86_400_000);
}
