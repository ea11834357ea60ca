// Activities and participants per month for one municipality's page. The API has monthly figures for
// the region only, so these are counted from the municipality's own activities (at most a few
// hundred; the list is paged at 200 and the view says so if it is cut off).
import type { ReachRow } from '../../components/reach-row';

export interface ActivityInput {
  heldOn: string;
  participants: { youth: number; parents: number; professionals: number; other: number; total: number };
}

/** Every month from `from` up to and including `today`'s month, oldest first, also months without activities. */
export function toMunicipalityMonths(
  activities: readonly ActivityInput[],
  from: string,
  today: string,
): ReachRow[] {
  const rows: ReachRow[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = today.slice(0, 7);
  for (let guard = 0; guard < 240; guard++) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    rows.push({
      month: key,
      activities: 0,
      participants: 0,
      youth: 0,
      parents: 0,
      professionals: 0,
      other: 0,
    });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  for (const activity of activities) {
    const row = byMonth.get(activity.heldOn.slice(0, 7));
    if (!row) continue;
    row.activities += 1;
    row.participants += activity.participants.total;
    row.youth += activity.participants.youth;
    row.parents += activity.participants.parents;
    row.professionals += activity.participants.professionals;
    row.other += activity.participants.other;
  }
  return rows;
}
