import { addDays } from '@pm/domain';

/** First day of the month `months - 1` months before the month of `today`: the start of the window. */
export function windowStart(today: string, months: number): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - (months - 1); // may be ≤ 0
  const index = year * 12 + (month - 1);
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
}

/**
 * The snapshot days of the last `months` months: the last day of each month, and `today` for the
 * running month. Oldest first.
 */
export function monthEnds(today: string, months: number): string[] {
  const days: string[] = [];
  let first = windowStart(today, months);
  for (let i = 0; i < months; i++) {
    const next = windowStart(addDays(first, 31), 1);
    const end = addDays(next, -1);
    days.push(end < today ? end : today);
    first = next;
  }
  return days;
}
