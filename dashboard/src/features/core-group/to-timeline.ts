// Shapes actions into timeline rows: a bar from start to due date, milestones on it, a marker when it
// waits on an open action, late ones flagged. Days are counted from the earliest date shown, so the
// chart's x axis is a plain number of days. Pure, unit-tested.
import { addDays, daysBetween } from '@pm/domain';

export interface TimelineActionInput {
  id: string;
  title: string;
  status: string;
  late: boolean;
  startOn: string | null;
  dueOn: string | null;
  blockedBy: ReadonlyArray<{ id: string; title: string; status: string }>;
  milestones: ReadonlyArray<{
    id: string;
    title: string;
    dueOn: string;
    doneOn: string | null;
    late: boolean;
  }>;
}

export interface TimelineRow {
  id: string;
  title: string;
  status: string;
  late: boolean;
  /** Days from the axis origin to the start (the transparent part of the stacked bar). */
  offset: number;
  /** Days from start to due date; at least 1 so a one-day action is visible. */
  duration: number;
  startOn: string;
  dueOn: string;
  /** True when the start date was missing and the bar starts at the due date. */
  startUnknown: boolean;
  milestones: Array<{ id: string; title: string; day: number; done: boolean; late: boolean }>;
  /** Titles of the open actions this one waits on. */
  waitingOn: string[];
}

export interface Timeline {
  rows: TimelineRow[];
  /** Axis origin (day 0). */
  origin: string;
  /** Length of the axis in days. */
  span: number;
  /** Today on the axis (days from origin), or null when outside it. */
  todayDay: number | null;
  /** Actions left out because they have no due date. */
  unplanned: number;
  /** Axis ticks: the first day of months on the axis (at most about 12, evenly thinned). */
  monthTicks: Array<{ day: number; month: string }>;
}

/** First days of the months between origin and origin + span, thinned to at most `max` ticks. */
export function monthTicks(origin: string, span: number, max = 12): Array<{ day: number; month: string }> {
  const ticks: Array<{ day: number; month: string }> = [];
  let month = origin.slice(0, 7);
  const last = addDays(origin, span).slice(0, 7);
  for (let guard = 0; guard < 600 && month <= last; guard++) {
    const day = daysBetween(origin, `${month}-01`);
    if (day >= 0 && day <= span) ticks.push({ day, month });
    month = addDays(`${month}-01`, 32).slice(0, 7);
  }
  const step = Math.ceil(ticks.length / max);
  return ticks.filter((_, i) => i % step === 0);
}

const CLOSED = new Set(['DONE', 'DROPPED']);

/** Timeline rows in due-date order; actions without a due date are counted in `unplanned`. */
export function toTimeline(actions: readonly TimelineActionInput[], today: string): Timeline {
  const planned = actions.filter((a) => a.dueOn);
  const dates = planned.flatMap((a) => [
    a.startOn ?? a.dueOn!,
    a.dueOn!,
    ...a.milestones.map((m) => m.dueOn),
  ]);
  if (planned.length === 0)
    return { rows: [], origin: today, span: 1, todayDay: null, unplanned: actions.length, monthTicks: [] };
  const origin = [...dates, today].sort()[0]!;
  const end = [...dates, today].sort().at(-1)!;
  const span = Math.max(1, daysBetween(origin, end) + 1);
  const rows = planned
    .map((a) => {
      const startOn = a.startOn && a.startOn <= a.dueOn! ? a.startOn : a.dueOn!;
      const offset = daysBetween(origin, startOn);
      return {
        id: a.id,
        title: a.title,
        status: a.status,
        late: a.late,
        offset,
        duration: Math.max(1, daysBetween(startOn, a.dueOn!)),
        startOn,
        dueOn: a.dueOn!,
        startUnknown: !a.startOn,
        milestones: a.milestones.map((m) => ({
          id: m.id,
          title: m.title,
          day: daysBetween(origin, m.dueOn),
          done: m.doneOn !== null,
          late: m.late,
        })),
        waitingOn: a.blockedBy.filter((b) => !CLOSED.has(b.status)).map((b) => b.title),
      };
    })
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title, 'nl'));
  return {
    rows,
    origin,
    span,
    todayDay: daysBetween(origin, today),
    unplanned: actions.length - planned.length,
    monthTicks: monthTicks(origin, span),
  };
}
