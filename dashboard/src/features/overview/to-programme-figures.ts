// Shapes the programme figures of the overview (GraphQL → chart rows). Pure, unit-tested.
import { ACTION_STATUSES, type ActionStatus, PILLAR_CODES } from '@pm/domain';
import type { ReachRow } from '../../components/reach-row';
import type { Lang } from '../../lib/format';

export type { ReachRow } from '../../components/reach-row';

export interface PillarProgressInput {
  code: string;
  number: number;
  title: string;
  titleEn: string;
  progress: { value: number | null; basedOn: number; explanation: string; explanationEn: string };
}

export interface PillarBar {
  code: string;
  number: number;
  title: string;
  /** Percent 0–100, or null when nothing counts yet (shown as "no figure", never as 0). */
  value: number | null;
  /** What the bar draws: the value, or 0 for "no figure" (the table says which). */
  plotted: number;
  basedOn: number;
  explanation: string;
}

/** The pillars in their programme order, with title and explanation in the interface language. */
export function toPillarProgress(pillars: readonly PillarProgressInput[], lang: Lang): PillarBar[] {
  return [...pillars]
    .sort((a, b) => a.number - b.number)
    .map((p) => ({
      code: p.code,
      number: p.number,
      title: lang === 'nl' ? p.title : p.titleEn,
      value: p.progress.value,
      plotted: p.progress.value ?? 0,
      basedOn: p.progress.basedOn,
      explanation: lang === 'nl' ? p.progress.explanation : p.progress.explanationEn,
    }));
}

export interface TrendRow {
  /** 'YYYY-MM' */
  month: string;
  /** Progress per pillar code in percent, null when it rested on nothing that month. */
  values: Record<string, number | null>;
}

/** One row per month (oldest first) with each pillar's progress at the end of that month. */
export function toPillarTrend(
  points: ReadonlyArray<{ on: string; pillarCode: string; value: number | null }>,
): { rows: TrendRow[]; pillars: string[] } {
  const pillars = PILLAR_CODES.filter((code) => points.some((p) => p.pillarCode === code));
  const byMonth = new Map<string, TrendRow>();
  for (const point of points) {
    const month = point.on.slice(0, 7);
    const row = byMonth.get(month) ?? { month, values: Object.fromEntries(pillars.map((c) => [c, null])) };
    row.values[point.pillarCode] = point.value;
    byMonth.set(month, row);
  }
  return { rows: [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month)), pillars };
}

export interface StatusRow {
  pillarCode: string;
  counts: Record<ActionStatus, number>;
  total: number;
  late: number;
}

/** Actions per pillar and status (every status, also with 0), with the late ones per pillar. */
export function toActionsByStatus(
  counts: ReadonlyArray<{ pillarCode: string; status: ActionStatus; count: number; late: number }>,
): { rows: StatusRow[]; totals: StatusRow } {
  const empty = (): Record<ActionStatus, number> =>
    Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<ActionStatus, number>;
  // The three pillars always (also without actions), then any other code the API reports.
  const codes = [...new Set<string>([...PILLAR_CODES, ...counts.map((c) => c.pillarCode)])];
  const rows = codes.map((pillarCode) => ({ pillarCode, counts: empty(), total: 0, late: 0 }));
  const totals: StatusRow = { pillarCode: '', counts: empty(), total: 0, late: 0 };
  for (const c of counts) {
    const row = rows.find((r) => r.pillarCode === c.pillarCode)!;
    row.counts[c.status] += c.count;
    row.total += c.count;
    row.late += c.late;
    totals.counts[c.status] += c.count;
    totals.total += c.count;
    totals.late += c.late;
  }
  return { rows, totals };
}

/** Activities and participants (by kind) per month, oldest first. */
export function toReachPerMonth(
  byMonth: ReadonlyArray<{
    key: string;
    activities: number;
    participants: number;
    youth: number;
    parents: number;
    professionals: number;
    other: number;
  }>,
): ReachRow[] {
  return [...byMonth]
    .map((m) => ({
      month: m.key,
      activities: m.activities,
      participants: m.participants,
      youth: m.youth,
      parents: m.parents,
      professionals: m.professionals,
      other: m.other,
    }))
    .sort((a, b) => a.month.localeCompare(b.month));
}
