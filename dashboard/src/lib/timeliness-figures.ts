// Shapes the register's timeliness figures (timelinessFigures) for charts and tables. Pure, unit-tested.
// The on-time rate is the API's: on time ÷ (on time + short notice + after the fact + not requested).
import { addDays } from '@pm/domain';

export interface FiguresInput {
  key: string;
  name: string;
  periodStart?: string | null;
  onTimeRate: number | null;
  ratedCount: number;
  entryCount: number;
  medianMarginDays?: number | null;
  verdictCounts: {
    onTime: number;
    shortNotice: number;
    afterTheFact: number;
    notRequested: number;
    open: number;
    withdrawn: number;
    notApplicable: number;
  };
  findingCounts?: { entriesWithFindings: number };
}

export interface VerdictMonth {
  /** 'YYYY-MM' */
  month: string;
  /** Share 0–1, or null when nothing was rated that month (no figure, not 0 %). */
  rate: number | null;
  rated: number;
  onTime: number;
  shortNotice: number;
  afterTheFact: number;
  notRequested: number;
  open: number;
}

/** One row per month (MONTH grouping), oldest first, with the counts per verdict the rate rests on. */
export function toVerdictMonths(figures: readonly FiguresInput[]): VerdictMonth[] {
  return figures
    .map((f) => ({
      month: (f.periodStart ?? f.key).slice(0, 7),
      rate: f.ratedCount > 0 ? f.onTimeRate : null,
      rated: f.ratedCount,
      onTime: f.verdictCounts.onTime,
      shortNotice: f.verdictCounts.shortNotice,
      afterTheFact: f.verdictCounts.afterTheFact,
      notRequested: f.verdictCounts.notRequested,
      open: f.verdictCounts.open,
    }))
    .sort((a, b) => a.month.localeCompare(b.month));
}

/** The first day of the month `months` months before today's month: the start of a figures window. */
export function windowStart(today: string, months: number): string {
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7)) - months;
  while (month < 1) {
    month += 12;
    year -= 1;
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

/** The last day of today's month (a window's end that includes the whole current month). */
export function monthEnd(today: string): string {
  const next = addDays(`${today.slice(0, 7)}-01`, 32).slice(0, 7);
  return addDays(`${next}-01`, -1);
}
