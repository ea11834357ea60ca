// Dashboard figures for the register, computed in PostgreSQL (GROUP BY, FILTER, percentile_cont,
// generate_series) from the same SQL verdict and findings as the list filter (verdict.sql.ts), which
// mirror assessTimeliness and assessFindings. No entry is loaded into JavaScript.
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FINDING_CODES, type FindingCode } from '@pm/domain';
import { type Actor, forbidden, type RequestContext } from '../common/app-error';
import { Clock } from '../common/clock';
import { toId } from '../common/id';
import { providerPublishesSql } from '../publication/publication.sql';
import { READ_ALL_ROLES } from './advice-request.access';
import { refuse } from './advice-request.errors';
import type {
  FiguresGroupBy,
  TimelinessFiguresArgs,
  TimelinessFiguresFilter,
  TimelinessFiguresType,
} from './figures.type';
import {
  findingSql,
  grantedDaysSql,
  marginDaysSql,
  periodOnSql,
  RATED_VERDICTS_SQL,
  reachedCouncilSql,
  reasonsOwedSql,
  verdictSql,
} from './verdict.sql';
import { buildRollupFiguresSql, rollupAnswers } from './rollup.sql';

/** The longest MONTH series one query may ask for. */
export const MAX_FIGURE_MONTHS = 120;

const FINDING_COLUMNS: Record<FindingCode, keyof TimelinessFiguresType['findingCounts']> = {
  DEVIATION_WITHOUT_CONSULTATION: 'deviationWithoutConsultation',
  DEVIATION_WITHOUT_REASONS: 'deviationWithoutReasons',
  CONSENT_WITHHELD_CARRIED_OUT: 'consentWithheldCarriedOut',
  UNSOLICITED_WITHOUT_REASONED_ANSWER: 'unsolicitedWithoutReasonedAnswer',
  COUNCIL_ANSWERED_LATE: 'councilAnsweredLate',
};

const VERDICT_COLUMNS = {
  onTime: 'ON_TIME',
  shortNotice: 'SHORT_NOTICE',
  afterTheFact: 'AFTER_THE_FACT',
  notRequested: 'NOT_REQUESTED',
  open: 'OPEN',
  withdrawn: 'WITHDRAWN',
  notApplicable: 'NOT_APPLICABLE',
} as const;

function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
}

function firstOfMonth(date: string, monthsBack: number): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - monthsBack;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

interface Row {
  key: string;
  name: string;
  periodStart: string | null;
  entryCount: number;
  ratedCount: number;
  onTimeRate: number | null;
  medianGrantedDays: number | null;
  medianMarginDays: number | null;
  outcomeCount: number;
  followedCount: number;
  followRate: number | null;
  reasonsOwedCount: number;
  reasonsGivenCount: number;
  reasonsGivenRate: number | null;
  entriesWithFindings: number;
  [column: string]: unknown;
}

@Injectable()
export class TimelinessFiguresService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Who may see which figures (PRODUCT.md §4). Figures are aggregates, never single requests.
   * - Administrator, policy officers and the core group: every grouping and filter.
   * - Council members and provider boards: regional aggregates (every grouping), but provider-level
   *   figures only of their own provider: PROVIDER rows are limited to it, and a provider or council
   *   filter must point at it (or one of its councils).
   * - The public: only entries of providers that opted in to publication count, PROVIDER rows are
   *   those providers and MUNICIPALITY rows the municipalities that opted in; a provider, council or
   *   municipality filter must point at one that opted in.
   */
  private async scope(
    actor: Actor | null,
    args: TimelinessFiguresArgs,
  ): Promise<{ filter: TimelinessFiguresFilter; publishedOnly: boolean }> {
    const filter = { ...(args.filter ?? {}) };
    if (actor && READ_ALL_ROLES.includes(actor.role)) return { filter, publishedOnly: false };
    if (!actor) {
      const notPublished = forbidden(
        'Van deze organisatie zijn geen openbare cijfers: zij stemde niet in met publicatie. Log in om ze te zien.',
      );
      const rows: Array<{ provider: boolean | null; council: boolean | null; municipality: boolean | null }> =
        await this.dataSource.query(
          `SELECT (SELECT publish_aggregates FROM provider WHERE id = $1) AS provider,
                  (SELECT p.publish_aggregates FROM client_council c JOIN provider p ON p.id = c.provider_id
                    WHERE c.id = $2) AS council,
                  (SELECT publish_aggregates FROM municipality WHERE id = $3) AS municipality`,
          [
            filter.providerId ? toId(filter.providerId) : null,
            filter.councilId ? toId(filter.councilId) : null,
            filter.municipalityId ? toId(filter.municipalityId) : null,
          ],
        );
      const published = rows[0]!;
      if (filter.providerId && published.provider !== true) throw notPublished;
      if (filter.councilId && published.council !== true) throw notPublished;
      if (filter.municipalityId && published.municipality !== true) throw notPublished;
      return { filter, publishedOnly: true };
    }
    const ownProvider = await this.ownProviderId(actor);
    if (ownProvider === null) throw forbidden();
    if (filter.providerId && toId(filter.providerId) !== ownProvider)
      throw forbidden('U kunt alleen cijfers van de eigen aanbieder opvragen.');
    if (filter.councilId) {
      const rows: Array<{ providerId: number }> = await this.dataSource.query(
        'SELECT provider_id AS "providerId" FROM client_council WHERE id = $1',
        [toId(filter.councilId)],
      );
      if (rows[0]?.providerId !== ownProvider)
        throw forbidden('U kunt alleen cijfers van de eigen aanbieder opvragen.');
    }
    if (args.groupBy === 'PROVIDER') filter.providerId = String(ownProvider);
    return { filter, publishedOnly: false };
  }

  private async ownProviderId(actor: Actor): Promise<number | null> {
    if (actor.role === 'PROVIDER_BOARD') return actor.providerId;
    if (actor.role === 'COUNCIL_MEMBER' && actor.councilId !== null) {
      const rows: Array<{ providerId: number }> = await this.dataSource.query(
        'SELECT provider_id AS "providerId" FROM client_council WHERE id = $1',
        [actor.councilId],
      );
      return rows[0]?.providerId ?? null;
    }
    return null;
  }

  async figures(ctx: RequestContext, args: TimelinessFiguresArgs): Promise<TimelinessFiguresType[]> {
    const { filter, publishedOnly } = await this.scope(ctx.actor, args);
    const today = this.clock.today();
    let { from, to } = args;
    if (args.groupBy === 'MONTH') {
      to ??= today;
      from ??= firstOfMonth(to, 23);
    }
    if (from && to && to < from) throw refuse('PERIOD_REVERSED', 'to');
    if (args.groupBy === 'MONTH' && monthsBetween(from!, to!) > MAX_FIGURE_MONTHS)
      throw refuse('PERIOD_TOO_LONG', 'from');
    const query: FiguresQuery = { from: from ?? null, to: to ?? null, today, filter, publishedOnly };
    // The rollup answers the dashboard's wide figures in milliseconds; narrow ones (a council, a kind,
    // a period) read their few entries through the indexes. The rollup counts every provider, so the
    // public's figures (opted-in organisations only) are computed on the fly.
    const { sql, params } =
      !publishedOnly && rollupAnswers(args.groupBy, query)
        ? buildRollupFiguresSql(args.groupBy, query)
        : buildFiguresSql(args.groupBy, query);
    const rows: Row[] = await this.dataSource.query(sql, params);
    return rows.map(toFigures);
  }
}

function toFigures(row: Row): TimelinessFiguresType {
  const verdictCounts = Object.fromEntries(
    Object.keys(VERDICT_COLUMNS).map((column) => [column, Number(row[`v_${column}`])]),
  ) as unknown as TimelinessFiguresType['verdictCounts'];
  const findingCounts = {
    ...(Object.fromEntries(
      Object.values(FINDING_COLUMNS).map((column) => [column, Number(row[`f_${column}`])]),
    ) as Omit<TimelinessFiguresType['findingCounts'], 'entriesWithFindings'>),
    entriesWithFindings: row.entriesWithFindings,
  };
  return {
    key: row.key,
    name: row.name,
    periodStart: row.periodStart,
    entryCount: row.entryCount,
    verdictCounts,
    ratedCount: row.ratedCount,
    onTimeRate: row.onTimeRate,
    medianGrantedDays: row.medianGrantedDays,
    medianMarginDays: row.medianMarginDays,
    outcomeCount: row.outcomeCount,
    followedCount: row.followedCount,
    followRate: row.followRate,
    reasonsOwedCount: row.reasonsOwedCount,
    reasonsGivenCount: row.reasonsGivenCount,
    reasonsGivenRate: row.reasonsGivenRate,
    findingCounts,
  };
}

export interface FiguresQuery {
  from: string | null;
  to: string | null;
  today: string;
  filter: TimelinessFiguresFilter;
  /** The public's figures: only entries of providers (and MUNICIPALITY rows) that opted in. */
  publishedOnly?: boolean;
}

/**
 * The figures as one SQL statement with positional parameters. Exported for the integration test and
 * the timing script; the service is the only caller in the app.
 *
 * Two steps, so a grouping that fans out (a provider counts for each municipality that contracts it)
 * never multiplies the entries themselves: (1) one pass over the entries counts them per provider (and
 * per month for MONTH), and keeps a histogram of granted days and margins; (2) those small rows are
 * summed per group. The medians come from the summed histograms and equal percentile_cont(0.5): the
 * mean of the values at positions ⌊(n−1)/2⌋ and ⌈(n−1)/2⌉ (0-based) in sorted order.
 */
export function buildFiguresSql(
  groupBy: FiguresGroupBy,
  q: FiguresQuery,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (value: unknown, cast = '') => {
    params.push(value);
    return `$${params.length}${cast}`;
  };
  const today = p(q.today, '::date');
  const where = [reachedCouncilSql('r')];
  const f = q.filter;
  if (q.from) where.push(`${periodOnSql('r')} >= ${p(q.from, '::date')}`);
  if (q.to) where.push(`${periodOnSql('r')} <= ${p(q.to, '::date')}`);
  if (f.providerId) where.push(`r.provider_id = ${p(toId(f.providerId), '::int')}`);
  if (f.councilId) where.push(`r.council_id = ${p(toId(f.councilId), '::int')}`);
  if (f.kind) where.push(`r.kind = ${p(f.kind)}`);
  if (f.municipalityId)
    where.push(
      `EXISTS (SELECT 1 FROM provider_contract pc WHERE pc.provider_id = r.provider_id AND pc.municipality_id = ${p(toId(f.municipalityId), '::int')})`,
    );
  if (f.subregionId)
    where.push(
      `EXISTS (SELECT 1 FROM provider_contract pc JOIN municipality m ON m.id = pc.municipality_id
                WHERE pc.provider_id = r.provider_id AND m.subregion_id = ${p(toId(f.subregionId), '::int')})`,
    );
  if (q.publishedOnly) where.push(providerPublishesSql('r.provider_id'));

  // Step 1: one row per entry with its verdict and findings (verdict.sql.ts), then per provider.
  const month = groupBy === 'MONTH' ? `to_char(${periodOnSql('r')}, 'YYYY-MM')` : `''`;
  const entries = figureEntriesSql(today, month, where);

  const rated = `verdict IN (${RATED_VERDICTS_SQL})`;
  const counts = figureCounts();
  const units = `SELECT provider_id, month,
      ${counts.map(([column, condition]) => `count(*) FILTER (WHERE ${condition})::int AS "${column}"`).join(',\n      ')}
    FROM entries GROUP BY provider_id, month`;
  const histogram = (column: string) =>
    `SELECT provider_id, month, ${column} AS value, count(*)::int AS n FROM entries
      WHERE ${rated} AND ${column} IS NOT NULL GROUP BY provider_id, month, ${column}`;
  const { groups, assign } = figureGroups(groupBy, q, p);

  const sql = `WITH entries AS (${entries}),
    units AS (${units}),
    granted_histogram AS (${histogram('granted_days')}),
    margin_histogram AS (${histogram('margin_days')}),
    ${medianCtes('granted', `SELECT key, value, n FROM (${assign('granted_histogram')}) h`)},
    ${medianCtes('margin', `SELECT key, value, n FROM (${assign('margin_histogram')}) h`)},
    groups AS (${groups}),
    keyed AS (${assign('units')}),
    ${figuresSelect()}`;
  return { sql, params };
}

/** The counted columns of the figures and their condition on an `entries` row (verdict, findings…). */
export function figureCounts(): Array<[column: string, condition: string]> {
  const anyFinding = Object.values(FINDING_COLUMNS)
    .map((column) => `"f_${column}"`)
    .join(' OR ');
  return [
    ['entryCount', 'true'],
    ...Object.entries(VERDICT_COLUMNS).map(([column, verdict]): [string, string] => [
      `v_${column}`,
      `verdict = '${verdict}'`,
    ]),
    ['ratedCount', `verdict IN (${RATED_VERDICTS_SQL})`],
    ['outcomeCount', 'outcome IS NOT NULL'],
    ['followedCount', `outcome = 'FOLLOWED'`],
    ['reasonsOwedCount', 'reasons_owed'],
    ['reasonsGivenCount', 'reasons_owed AND written_reasons_given'],
    ...Object.values(FINDING_COLUMNS).map((column): [string, string] => [`f_${column}`, `"f_${column}"`]),
    ['entriesWithFindings', anyFinding],
  ];
}

/**
 * The groups of a figures query (key, name, period_start, sort) and how a row keyed by provider_id
 * (and month) is assigned to them. `p` adds a positional parameter.
 */
export function figureGroups(
  groupBy: FiguresGroupBy,
  q: FiguresQuery,
  p: (value: unknown, cast?: string) => string,
): { groups: string; assign: (table: string) => string } {
  const f = q.filter;
  // Providers contracted by the filtered municipality or subregion: a provider-level list shows only
  // those (the others would only show zeros).
  const contracted = () =>
    [
      f.municipalityId
        ? `EXISTS (SELECT 1 FROM provider_contract pc WHERE pc.provider_id = p.id AND pc.municipality_id = ${p(toId(f.municipalityId), '::int')})`
        : null,
      f.subregionId
        ? `EXISTS (SELECT 1 FROM provider_contract pc JOIN municipality m ON m.id = pc.municipality_id
                  WHERE pc.provider_id = p.id AND m.subregion_id = ${p(toId(f.subregionId), '::int')})`
        : null,
    ].filter(Boolean);
  switch (groupBy) {
    case 'PROVIDER':
      return {
        groups: `SELECT p.id::text AS key, p.name, NULL::date AS period_start, p.name AS sort FROM provider p
        WHERE EXISTS (SELECT 1 FROM client_council c WHERE c.provider_id = p.id)
        ${q.publishedOnly ? 'AND p.publish_aggregates' : ''}
        ${f.providerId ? `AND p.id = ${p(toId(f.providerId), '::int')}` : ''}
        ${contracted()
          .map((c) => `AND ${c}`)
          .join(' ')}`,
        assign: (t) => `SELECT u.provider_id::text AS key, u.* FROM ${t} u`,
      };
    case 'MUNICIPALITY':
      return {
        groups: `SELECT m.id::text AS key, m.name, NULL::date AS period_start, m.name AS sort FROM municipality m
        WHERE (m.valid_to IS NULL OR EXISTS (SELECT 1 FROM provider_contract pc WHERE pc.municipality_id = m.id))
        ${q.publishedOnly ? 'AND m.publish_aggregates' : ''}
        ${f.municipalityId ? `AND m.id = ${p(toId(f.municipalityId), '::int')}` : ''}
        ${f.subregionId ? `AND m.subregion_id = ${p(toId(f.subregionId), '::int')}` : ''}`,
        // An entry counts for every municipality that contracts its provider.
        assign: (t) => `SELECT pc.municipality_id::text AS key, u.* FROM ${t} u
        JOIN provider_contract pc ON pc.provider_id = u.provider_id`,
      };
    case 'SUBREGION':
      return {
        groups: `SELECT s.id::text AS key, s.name, NULL::date AS period_start, s.name AS sort FROM subregion s
        ${f.subregionId ? `WHERE s.id = ${p(toId(f.subregionId), '::int')}` : ''}`,
        // Once per subregion, however many of its municipalities contract the provider.
        assign: (t) => `SELECT ps.subregion_id::text AS key, u.* FROM ${t} u
        JOIN (SELECT DISTINCT pc.provider_id, m.subregion_id FROM provider_contract pc
                JOIN municipality m ON m.id = pc.municipality_id) ps ON ps.provider_id = u.provider_id`,
      };
    case 'REGION':
      return {
        groups: `SELECT g.id::text AS key, g.name, NULL::date AS period_start, g.name AS sort FROM region g`,
        assign: (t) => `SELECT pr.region_id::text AS key, u.* FROM ${t} u
        JOIN (SELECT DISTINCT pc.provider_id, s.region_id FROM provider_contract pc
                JOIN municipality m ON m.id = pc.municipality_id
                JOIN subregion s ON s.id = m.subregion_id) pr ON pr.provider_id = u.provider_id`,
      };
    case 'MONTH':
      // generate_series lists every month of the period, so months without entries show as zeros.
      return {
        groups: `SELECT to_char(month, 'YYYY-MM') AS key, to_char(month, 'YYYY-MM') AS name,
          month::date AS period_start, to_char(month, 'YYYY-MM') AS sort
        FROM generate_series(date_trunc('month', ${p(q.from, '::date')}::timestamp),
                             date_trunc('month', ${p(q.to, '::date')}::timestamp), interval '1 month') AS month`,
        assign: (t) => `SELECT u.month AS key, u.* FROM ${t} u`,
      };
  }
}

/**
 * CTEs <name>_summed, <name>_ranked, <name>_median from a histogram source with columns (key, value,
 * n). The median equals percentile_cont(0.5): the mean of the values at positions ⌊(n−1)/2⌋ and
 * ⌈(n−1)/2⌉ (0-based) in sorted order.
 */
export function medianCtes(name: string, source: string): string {
  return `${name}_summed AS (
      SELECT key, value, sum(n) AS n FROM (${source}) h WHERE n > 0 GROUP BY key, value
    ),
    ${name}_ranked AS (
      SELECT key, value, sum(n) OVER (PARTITION BY key ORDER BY value) AS upto, sum(n) OVER (PARTITION BY key) AS total
      FROM ${name}_summed
    ),
    ${name}_median AS (
      SELECT key, (min(value) FILTER (WHERE upto > floor((total - 1) / 2.0))
                 + min(value) FILTER (WHERE upto > ceil((total - 1) / 2.0))) / 2.0 AS median
      FROM ${name}_ranked GROUP BY key
    )`;
}

/**
 * The final CTE and SELECT, given CTEs `groups`, `keyed` (rows with a key and the counted columns),
 * `granted_median` and `margin_median`. Both the on-the-fly query and the rollup end here, so their
 * rows have the same shape.
 */
export function figuresSelect(): string {
  const counts = figureCounts();
  return `counted AS (
      SELECT g.key, g.name, g.period_start, g.sort,
        ${counts.map(([column]) => `COALESCE(sum(x."${column}"), 0)::int AS "${column}"`).join(',\n        ')}
      FROM groups g LEFT JOIN keyed x ON x.key = g.key
      GROUP BY g.key, g.name, g.period_start, g.sort
    )
    SELECT c.*, c.period_start::text AS "periodStart",
      gm.median::float8 AS "medianGrantedDays",
      mm.median::float8 AS "medianMarginDays",
      c."v_onTime"::float8 / NULLIF(c."ratedCount", 0) AS "onTimeRate",
      c."followedCount"::float8 / NULLIF(c."outcomeCount", 0) AS "followRate",
      c."reasonsGivenCount"::float8 / NULLIF(c."reasonsOwedCount", 0) AS "reasonsGivenRate"
    FROM counted c
    LEFT JOIN granted_median gm ON gm.key = c.key
    LEFT JOIN margin_median mm ON mm.key = c.key
    ORDER BY c.sort, c.key`;
}

/**
 * One row per entry with what the figures count: provider, month (an SQL expression), verdict, granted
 * days, margin, outcome, reasons owed and given, and each finding as "f_<column>". `today` is an SQL
 * date expression (NULL::date leaves out the one finding that depends on it).
 */
export function figureEntriesSql(today: string, month: string, where: string[], extra = ''): string {
  const findingColumns = FINDING_CODES.map(
    (code) => `${findingSql(code, 'r', today)} AS "f_${FINDING_COLUMNS[code]}"`,
  );
  return `SELECT ${extra}r.provider_id, ${month} AS month, ${verdictSql('r')} AS verdict,
      ${grantedDaysSql('r')} AS granted_days, ${marginDaysSql('r')} AS margin_days, r.outcome,
      ${reasonsOwedSql('r')} AS reasons_owed, r.written_reasons_given, ${findingColumns.join(',\n      ')}
    FROM advice_request r
    WHERE ${where.join('\n      AND ')}`;
}

/** The finding column that depends on today, and the SQL of each finding (for the rollup). */
export const TODAY_DEPENDENT_FINDING = {
  code: 'UNSOLICITED_WITHOUT_REASONED_ANSWER',
  column: `f_${FINDING_COLUMNS.UNSOLICITED_WITHOUT_REASONED_ANSWER}`,
} as const;

/** Any finding of entry `r` as SQL, with today as given. */
export function anyFindingSql(today: string): string {
  return `(${FINDING_CODES.map((code) => findingSql(code, 'r', today)).join(' OR ')})`;
}
