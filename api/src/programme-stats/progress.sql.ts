import { ACTION_STATUSES, STATUS_PROGRESS_SHARE } from '@pm/domain';
import { computedValueSql } from '../pillar/computed-indicators';
import { actionPublishedSql, ofPublishingMunicipalitySql } from '../publication/publication.sql';

// The progress arithmetic of libs/domain/src/programme/progress.ts, in SQL, for many days at once.
// The integration test "SQL figures equal the domain rules" checks every level against the
// functions it mirrors (indicatorProgress, actionProgress, goalProgress, pillarProgress).
//
// Parameter $1 is an array of days (date[]). Actions are read either as they are now ('current',
// meant for today) or as they were at the end of each day from their history ('history': the last
// action_change row on or before the day). Indicators use the current measurements dated on or
// before the day; computed indicators their SQL value on the day.

/** Status share as SQL, generated from STATUS_PROGRESS_SHARE so the two cannot drift. */
function statusShareSql(column: string): string {
  const branches = ACTION_STATUSES.map((status) => {
    const share = STATUS_PROGRESS_SHARE[status];
    return `WHEN '${status}' THEN ${share === null ? 'NULL' : share}`;
  });
  return `(CASE ${column} ${branches.join(' ')} END)::double precision`;
}

/** weightedMean over the joined parts alias `p` (rows with a value and a weight above 0 only). */
function weightedMeanSql(p: string): string {
  return `CASE WHEN count(${p}.value) = 0 THEN NULL
               ELSE least(greatest(sum(${p}.weight * ${p}.value) / sum(${p}.weight), min(${p}.value)), max(${p}.value))
          END AS value,
          count(${p}.value)::int AS based_on`;
}

const ACTION_STATE = {
  current: `
    SELECT d.as_of, a.id, a.pillar_id, a.goal_id, a.parent_id, a.weight, a.status, a.manual_progress AS manual
      FROM dates d CROSS JOIN action a WHERE true`,
  // Each change holds the full state after it; it is valid from its day until the next change's day
  // (several changes on one day: the last one counts). Structure (pillar, goal, parent, weight) is as now.
  history: `
    SELECT d.as_of, a.id, a.pillar_id, a.goal_id, a.parent_id, a.weight, h.status_to AS status, h.progress_to AS manual
      FROM (SELECT c.action_id, c.status_to, c.progress_to, c.changed_on AS valid_from,
                   lead(c.changed_on) OVER (PARTITION BY c.action_id ORDER BY c.changed_at, c.id) AS valid_to
              FROM (SELECT c.*, (c.changed_at AT TIME ZONE 'Europe/Amsterdam')::date AS changed_on
                      FROM action_change c) c) h
      JOIN action a ON a.id = h.action_id
      JOIN dates d ON d.as_of >= h.valid_from AND (h.valid_to IS NULL OR d.as_of < h.valid_to)
     WHERE true`,
} as const;

export type ProgressLevel = 'PILLAR' | 'GOAL' | 'ACTION' | 'INDICATOR';

/**
 * Rows: as_of (text), level, id, pillar_id, value (null = no figure), based_on. `publishedOnly` (the
 * public's figures, PRODUCT.md §4): only actions and indicators of the region or of municipalities that
 * opted in to publication, and computed indicators over the providers that opted in.
 */
export function progressSql(
  source: 'current' | 'history',
  levels: readonly ProgressLevel[],
  publishedOnly = false,
): string {
  const actionFilter = publishedOnly ? ` AND ${actionPublishedSql('a')}` : '';
  const indicatorFilter = publishedOnly ? `WHERE ${ofPublishingMunicipalitySql('i.municipality_id')}` : '';
  const outputs: Record<ProgressLevel, string> = {
    PILLAR: `SELECT as_of, 'PILLAR' AS level, id, id AS pillar_id, value, based_on FROM pillar_progress`,
    GOAL: `SELECT as_of, 'GOAL' AS level, id, pillar_id, value, based_on FROM goal_progress`,
    ACTION: `SELECT as_of, 'ACTION' AS level, id, pillar_id, value, based_on FROM action_progress`,
    INDICATOR: `SELECT as_of, 'INDICATOR' AS level, id, NULL::int AS pillar_id, value, based_on FROM indicator_progress`,
  };
  return `
    WITH dates AS (SELECT DISTINCT unnest($1::date[]) AS as_of),
    action_state AS (${ACTION_STATE[source]}${actionFilter}),
    own AS (
      SELECT s.*, CASE WHEN s.status = 'DROPPED' THEN NULL
                       WHEN s.manual IS NOT NULL THEN s.manual
                       ELSE ${statusShareSql('s.status')} END AS own_value
        FROM action_state s),
    children AS (
      SELECT as_of, parent_id, sum(weight * own_value) AS ws, sum(weight) AS w, count(*)::int AS n,
             min(own_value) AS lo, max(own_value) AS hi
        FROM own WHERE parent_id IS NOT NULL AND own_value IS NOT NULL AND weight > 0
       GROUP BY as_of, parent_id),
    action_progress AS (
      SELECT o.as_of, o.id, o.pillar_id, o.goal_id, o.parent_id, o.weight,
             CASE WHEN o.status = 'DROPPED' THEN NULL
                  WHEN o.manual IS NOT NULL THEN o.manual
                  WHEN c.n > 0 THEN least(greatest(c.ws / c.w, c.lo), c.hi)
                  ELSE o.own_value END AS value,
             CASE WHEN o.status = 'DROPPED' THEN 0
                  WHEN o.manual IS NOT NULL THEN 1
                  WHEN c.n > 0 THEN c.n
                  ELSE 1 END AS based_on
        FROM own o LEFT JOIN children c ON c.as_of = o.as_of AND c.parent_id = o.id),
    -- MATERIALIZED: indicator_progress reads "latest" several times; inlined, the subqueries would run once per read.
    indicator_latest AS MATERIALIZED (
      SELECT d.as_of, i.id, i.goal_id, i.weight, i.direction, i.baseline_value AS b, i.target_value AS t,
             CASE WHEN i.computed_key IS NULL THEN
                    (SELECT m.value FROM indicator_measurement m
                      WHERE m.indicator_id = i.id AND m.corrected_at IS NULL AND m.measured_on <= d.as_of
                      ORDER BY m.measured_on DESC, m.id DESC LIMIT 1)
                  ELSE ${computedValueSql('i.computed_key', 'd.as_of', 'i.municipality_id', publishedOnly)} END AS latest
        FROM dates d CROSS JOIN indicator i ${indicatorFilter}),
    indicator_progress AS (
      SELECT as_of, id, goal_id, weight,
             (CASE WHEN latest IS NULL THEN NULL
                   WHEN direction = 'HIGHER_IS_BETTER' AND latest >= t THEN 100
                   WHEN direction = 'HIGHER_IS_BETTER' AND latest <= b THEN 0
                   WHEN direction = 'LOWER_IS_BETTER' AND latest <= t THEN 100
                   WHEN direction = 'LOWER_IS_BETTER' AND latest >= b THEN 0
                   ELSE least(100, greatest(0, 100 * ((latest - b) / (t - b)))) END)::double precision AS value,
             CASE WHEN latest IS NULL THEN 0 ELSE 1 END AS based_on
        FROM indicator_latest),
    goal_parts AS (
      SELECT as_of, goal_id, value, weight FROM indicator_progress
      UNION ALL
      SELECT as_of, goal_id, value, weight FROM action_progress WHERE goal_id IS NOT NULL AND parent_id IS NULL),
    goal_progress AS (
      SELECT d.as_of, g.id, g.pillar_id, g.weight, ${weightedMeanSql('p')}
        FROM dates d CROSS JOIN goal g
        LEFT JOIN goal_parts p ON p.as_of = d.as_of AND p.goal_id = g.id AND p.value IS NOT NULL AND p.weight > 0
       GROUP BY d.as_of, g.id, g.pillar_id, g.weight),
    pillar_parts AS (
      SELECT as_of, pillar_id, value, weight FROM goal_progress
      UNION ALL
      SELECT as_of, pillar_id, value, weight FROM action_progress WHERE goal_id IS NULL AND parent_id IS NULL),
    pillar_progress AS (
      SELECT d.as_of, pl.id, ${weightedMeanSql('p')}
        FROM dates d CROSS JOIN pillar pl
        LEFT JOIN pillar_parts p ON p.as_of = d.as_of AND p.pillar_id = pl.id AND p.value IS NOT NULL AND p.weight > 0
       GROUP BY d.as_of, pl.id)
    SELECT as_of::text AS as_of, level, id, pillar_id, value, based_on
      FROM (${levels.map((level) => outputs[level]).join(' UNION ALL ')}) result
     ORDER BY as_of, level, id`;
}
