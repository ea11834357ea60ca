// The register rollup (migration AddRegisterRollupAndDashboardIndexes): the timeliness figures per
// provider, municipality, subregion and region (all time) and per month (nationally), with histograms
// of granted days and margins for exact medians. It counts with the same SQL as the on-the-fly query
// (figureEntriesSql, figureCounts → verdict.sql.ts), leaving out only the finding that depends on
// today, which the read adds from a small partial index. Every register write applies its delta in
// its own transaction (−1 × the entry before, +1 × after); contract changes move a provider's totals
// between municipalities. tests/integration/performance/rollup-equals-on-the-fly.test.ts holds the
// rollup to the on-the-fly figures.
import {
  figureCounts,
  figureEntriesSql,
  figureGroups,
  type FiguresQuery,
  figuresSelect,
  TODAY_DEPENDENT_FINDING,
} from './figures.service';
import type { FiguresGroupBy } from './figures.type';
import { UNSOLICITED_ANSWER_DAYS } from '@pm/domain';
import { periodOnSql, RATED_VERDICTS_SQL, reachedCouncilSql } from './verdict.sql';

const snake = (column: string) => column.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
// Lazy: figures.service imports this module too, so its constants are not there at load time.
let columns: Array<{ column: string; rollup: string; condition: string }> | null = null;
const COLUMNS_OF = () =>
  (columns ??= figureCounts().map(([column, condition]) => ({ column, rollup: snake(column), condition })));
const MONTH_ID = `(extract(year FROM ${periodOnSql('r')}) * 100 + extract(month FROM ${periodOnSql('r')}))::int`;

/**
 * Upserts rows into both rollup tables from CTEs `units(provider_id, month, <columns>)` and
 * `hist(provider_id, month, measure, value, n)` (signed deltas): per provider, per contracted
 * municipality, subregion and region, and per month. Rows are locked in key order (no deadlocks).
 */
function upsertSql(scopes: { provider: boolean; month: boolean }): string {
  const sums = COLUMNS_OF()
    .map((c) => `sum(u."${c.column}")::int AS ${c.rollup}`)
    .join(', ');
  const names = COLUMNS_OF()
    .map((c) => c.rollup)
    .join(', ');
  const memberships = [
    scopes.provider
      ? `SELECT 'PROVIDER' AS scope, provider_id AS scope_id, provider_id FROM providers`
      : null,
    `SELECT 'MUNICIPALITY' AS scope, pc.municipality_id AS scope_id, pc.provider_id FROM provider_contract pc
      WHERE pc.provider_id IN (SELECT provider_id FROM providers)`,
    `SELECT DISTINCT 'SUBREGION' AS scope, m.subregion_id AS scope_id, pc.provider_id FROM provider_contract pc
      JOIN municipality m ON m.id = pc.municipality_id WHERE pc.provider_id IN (SELECT provider_id FROM providers)`,
    `SELECT DISTINCT 'REGION' AS scope, s.region_id AS scope_id, pc.provider_id FROM provider_contract pc
      JOIN municipality m ON m.id = pc.municipality_id JOIN subregion s ON s.id = m.subregion_id
      WHERE pc.provider_id IN (SELECT provider_id FROM providers)`,
  ].filter(Boolean);
  return `providers AS (SELECT DISTINCT provider_id FROM units),
    per_provider AS (SELECT provider_id, ${COLUMNS_OF()
      .map((c) => `sum("${c.column}") AS "${c.column}"`)
      .join(', ')}
                       FROM units GROUP BY provider_id),
    per_provider_days AS (SELECT provider_id, measure, value, sum(n) AS n FROM hist GROUP BY provider_id, measure, value),
    memberships AS (${memberships.join(' UNION ALL ')}),
    count_rows AS (
      SELECT s.scope, s.scope_id, ${sums} FROM memberships s JOIN per_provider u ON u.provider_id = s.provider_id
       GROUP BY s.scope, s.scope_id
      ${scopes.month ? `UNION ALL SELECT 'MONTH', u.month, ${sums} FROM units u GROUP BY u.month` : ''}),
    day_rows AS (
      SELECT s.scope, s.scope_id, h.measure, h.value, sum(h.n)::int AS n
        FROM memberships s JOIN per_provider_days h ON h.provider_id = s.provider_id
       GROUP BY s.scope, s.scope_id, h.measure, h.value
      ${scopes.month ? `UNION ALL SELECT 'MONTH', h.month, h.measure, h.value, sum(h.n)::int FROM hist h GROUP BY h.month, h.measure, h.value` : ''}),
    days_written AS (
      INSERT INTO advice_request_rollup_days (scope, scope_id, measure, value, n)
      SELECT scope, scope_id, measure, value, n FROM day_rows ORDER BY scope, scope_id, measure, value
      ON CONFLICT (scope, scope_id, measure, value) DO UPDATE SET n = advice_request_rollup_days.n + EXCLUDED.n
      RETURNING 1)
    INSERT INTO advice_request_rollup (scope, scope_id, ${names})
    SELECT scope, scope_id, ${names} FROM count_rows ORDER BY scope, scope_id
    ON CONFLICT (scope, scope_id) DO UPDATE SET
      ${COLUMNS_OF()
        .map((c) => `${c.rollup} = advice_request_rollup.${c.rollup} + EXCLUDED.${c.rollup}`)
        .join(',\n      ')}`;
}

/** units and hist from entries of advice_request selected by `where`, each counted `sign` times. */
function fromEntriesSql(where: string[], sign: string): string {
  const entries = figureEntriesSql('NULL::date', MONTH_ID, [reachedCouncilSql('r'), ...where]);
  const rated = `verdict IN (${RATED_VERDICTS_SQL})`;
  const histogram = (measure: string, column: string) =>
    `SELECT provider_id, month, '${measure}' AS measure, ${column} AS value, (${sign}) * count(*) AS n FROM entries
      WHERE ${rated} AND ${column} IS NOT NULL GROUP BY provider_id, month, ${column}`;
  return `WITH entries AS (${entries}),
    units AS (SELECT provider_id, month,
      ${COLUMNS_OF()
        .map((c) => `(${sign}) * count(*) FILTER (WHERE ${c.condition}) AS "${c.column}"`)
        .join(',\n      ')}
      FROM entries GROUP BY provider_id, month),
    hist AS (${histogram('GRANTED', 'granted_days')} UNION ALL ${histogram('MARGIN', 'margin_days')}),
    ${upsertSql({ provider: true, month: true })}`;
}

/** Median of one histogram of rollup row `t`, as medianCtes computes it (integer positions). */
const medianOf = (measure: string) => `(SELECT ((min(value) FILTER (WHERE upto > (total - 1) / 2)
                + min(value) FILTER (WHERE upto > total / 2)) / 2.0)::float8
      FROM (SELECT value, sum(n) OVER (ORDER BY value) AS upto, sum(n) OVER () AS total
              FROM advice_request_rollup_days d
             WHERE d.scope = t.scope AND d.scope_id = t.scope_id AND d.measure = '${measure}' AND d.n > 0) x)`;

/** Recomputes the stored medians of the rollup rows matching `where` (on alias t). */
const refreshMediansSql = (where: string) =>
  `UPDATE advice_request_rollup t
      SET median_granted_days = ${medianOf('GRANTED')}, median_margin_days = ${medianOf('MARGIN')}
    WHERE ${where}`;

/** The rollup rows of a provider's groups (and optionally one month), for refreshMediansSql. */
const providerRowsSql = (provider: string, monthOf: string | null) => `(
      (t.scope = 'PROVIDER' AND t.scope_id = ${provider})
   OR (t.scope = 'MUNICIPALITY' AND t.scope_id IN (SELECT municipality_id FROM provider_contract WHERE provider_id = ${provider}))
   OR (t.scope = 'SUBREGION' AND t.scope_id IN (SELECT m.subregion_id FROM provider_contract pc
          JOIN municipality m ON m.id = pc.municipality_id WHERE pc.provider_id = ${provider}))
   OR (t.scope = 'REGION' AND t.scope_id IN (SELECT s.region_id FROM provider_contract pc
          JOIN municipality m ON m.id = pc.municipality_id JOIN subregion s ON s.id = m.subregion_id
         WHERE pc.provider_id = ${provider}))
   ${monthOf ? `OR (t.scope = 'MONTH' AND t.scope_id = ${monthOf})` : ''})`;

export interface SqlRunner {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** Recounts the whole rollup from the register (after a bulk load or the demo seed). */
export async function rebuildRegisterRollup(q: SqlRunner): Promise<void> {
  await q.query(`TRUNCATE advice_request_rollup, advice_request_rollup_days`);
  await q.query(fromEntriesSql([], '1'));
  await q.query(refreshMediansSql('true'));
}

/**
 * Adds (sign 1) or takes away (sign −1) entry `id` as it stands in the database now. A write calls it
 * with −1 before changing the row and with +1 after, in the same transaction.
 */
export async function applyEntryToRollup(q: SqlRunner, id: number, sign: 1 | -1): Promise<void> {
  await q.query(fromEntriesSql([`r.id = $1`], String(sign)), [id]);
  // −1 is always followed by +1 in the same transaction: the medians are refreshed once, at the end.
  if (sign === 1)
    await q.query(
      refreshMediansSql(
        providerRowsSql(
          '(SELECT provider_id FROM advice_request WHERE id = $1)',
          `(SELECT ${MONTH_ID} FROM advice_request r WHERE r.id = $1)`,
        ),
      ),
      [id],
    );
}

/**
 * Moves a provider's totals out of (sign −1, before its contracts change) or into (sign 1, after)
 * the municipalities, subregions and regions its contracts place it in.
 */
export async function applyProviderContractsToRollup(
  q: SqlRunner,
  providerId: number,
  sign: 1 | -1,
): Promise<void> {
  await q.query(
    `WITH units AS (SELECT scope_id AS provider_id, NULL::int AS month,
        ${COLUMNS_OF()
          .map((c) => `(${sign}) * ${c.rollup} AS "${c.column}"`)
          .join(', ')}
        FROM advice_request_rollup WHERE scope = 'PROVIDER' AND scope_id = $1),
      hist AS (SELECT scope_id AS provider_id, NULL::int AS month, measure, value, (${sign}) * n AS n
        FROM advice_request_rollup_days WHERE scope = 'PROVIDER' AND scope_id = $1),
      ${upsertSql({ provider: false, month: false })}`,
    [providerId],
  );
  await q.query(refreshMediansSql(providerRowsSql('$1::int', null)), [providerId]);
}

const firstOfMonth = (date: string) => date.endsWith('-01');
const monthId = (date: string) => Number(date.slice(0, 4)) * 100 + Number(date.slice(5, 7));

/**
 * Whether the rollup answers this figures query exactly. It holds all-time figures per provider,
 * municipality, subregion and region, and whole months nationally, without a kind or council split:
 * - PROVIDER and MUNICIPALITY figures with provider, municipality and subregion filters (those only
 *   narrow the list: a listed provider or municipality keeps all its entries), no period;
 * - SUBREGION and REGION figures without filters or period;
 * - MONTH figures without filters, from the first of a month up to today or later (register dates
 *   never lie after today: DATE_IN_FUTURE).
 */
export function rollupAnswers(groupBy: FiguresGroupBy, q: FiguresQuery): boolean {
  const f = q.filter;
  if (f.councilId || f.kind) return false;
  const narrowing = Boolean(f.providerId || f.municipalityId || f.subregionId);
  switch (groupBy) {
    case 'PROVIDER':
      return !q.from && !q.to;
    case 'MUNICIPALITY':
      return !q.from && !q.to && !f.providerId;
    case 'SUBREGION':
    case 'REGION':
      return !q.from && !q.to && !narrowing;
    case 'MONTH':
      return !narrowing && q.from !== null && firstOfMonth(q.from) && q.to !== null && q.to >= q.today;
  }
}

/** The figures from the rollup; same columns and rows as buildFiguresSql when rollupAnswers(). */
export function buildRollupFiguresSql(
  groupBy: FiguresGroupBy,
  q: FiguresQuery,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (value: unknown, cast = '') => {
    params.push(value);
    return `$${params.length}${cast}`;
  };
  const today = p(q.today, '::date');
  const { groups, assign } = figureGroups(groupBy, q, p);
  const month = groupBy === 'MONTH';
  const key = month ? `to_char(make_date(scope_id / 100, scope_id % 100, 1), 'YYYY-MM')` : `scope_id::text`;
  const narrowed = Boolean(q.filter.providerId || q.filter.municipalityId || q.filter.subregionId);
  const range = month
    ? `AND scope_id BETWEEN ${p(monthId(q.from!), '::int')} AND ${p(monthId(q.to!), '::int')}`
    : narrowed
      ? `AND scope_id IN (SELECT key::int FROM groups)`
      : '';
  const scope = `scope = '${groupBy}' ${range}`;

  // The finding that depends on today (findings.ts: unsolicited advice unanswered for more than
  // UNSOLICITED_ANSWER_DAYS) is the only part the rollup leaves out. It is counted here from the
  // partial index advice_request_pending_unsolicited_idx (an index-only scan). Within the index's
  // predicate — unsolicited, not decided, not withdrawn, answered by the council — findingSql of that
  // finding reduces to "today − council_responded_on > UNSOLICITED_ANSWER_DAYS", every other finding is
  // false (each needs a decision, another kind or a request date), and the entry has reached the
  // council; so the count is both that finding and "entries with findings".
  const pendingRows = `SELECT r.provider_id, ${month ? `to_char(r.council_responded_on, 'YYYY-MM')` : `''`} AS month,
      count(*)::int AS dyn
    FROM advice_request r
    WHERE r.kind = 'UNSOLICITED' AND r.decided_on IS NULL AND r.withdrawn_on IS NULL
      AND r.council_responded_on IS NOT NULL
      AND r.council_responded_on < ${today} - ${UNSOLICITED_ANSWER_DAYS}
      ${month ? `AND r.council_responded_on BETWEEN ${p(q.from, '::date')} AND ${p(q.to, '::date')}` : ''}
    GROUP BY 1, 2`;
  const rolled = `SELECT ${key} AS key, ${COLUMNS_OF()
    .map((c) => `${c.rollup} AS "${c.column}"`)
    .join(', ')}
      FROM advice_request_rollup WHERE ${scope}`;
  const pending = `SELECT key, ${COLUMNS_OF()
    .map((c) =>
      c.column === TODAY_DEPENDENT_FINDING.column
        ? `dyn AS "${c.column}"`
        : c.column === 'entriesWithFindings'
          ? `dyn AS "${c.column}"`
          : `0 AS "${c.column}"`,
    )
    .join(', ')} FROM (${assign('pending_rows')}) x`;
  const median = (name: string, column: string) =>
    `${name}_median AS (SELECT ${key} AS key, ${column} AS median FROM advice_request_rollup WHERE ${scope})`;
  const sql = `WITH groups AS (${groups}),
    pending_rows AS (${pendingRows}),
    keyed AS (${rolled} UNION ALL ${pending}),
    ${median('granted', 'median_granted_days')},
    ${median('margin', 'median_margin_days')},
    ${figuresSelect()}`;
  return { sql, params };
}
