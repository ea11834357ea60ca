import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ACTION_STATUSES, ACTIVITY_FORMS, addDays, PARTICIPATION_LEVELS } from '@pm/domain';
import { actionLateSql, actionOpenSql, milestoneLateSql } from '../action/action.sql';
import type { Actor } from '../common/app-error';
import { Clock } from '../common/clock';
import { ProgressType } from '../pillar/progress.type';
import { actionPublishedSql, ofPublishingMunicipalitySql } from '../publication/publication.sql';
import { monthEnds, windowStart } from './months';
import {
  type ActionStatusCountType,
  type ActionSummaryType,
  type ActivitySummaryType,
  type MunicipalityInvolvementType,
  type ParticipationCountType,
  type PillarProgressFigureType,
  type PillarProgressPointType,
  ProgrammeStatsType,
} from './programme-stats.type';
import { progressSql } from './progress.sql';

export type ParticipationGrouping = 'pillar' | 'form' | 'level' | 'month';

const APPROVED = `('APPROVED_BY_PARTICIPANTS', 'SHARED_WITH_REGION')`;
const TOTAL =
  'x.participants_youth + x.participants_parents + x.participants_professionals + x.participants_other';
const PARTICIPANT_SUMS = `
  count(x.id)::int AS activities,
  coalesce(sum(${TOTAL}), 0)::int AS participants,
  coalesce(sum(x.participants_youth), 0)::int AS youth,
  coalesce(sum(x.participants_parents), 0)::int AS parents,
  coalesce(sum(x.participants_professionals), 0)::int AS professionals,
  coalesce(sum(x.participants_other), 0)::int AS other`;

/** The public's figures (PRODUCT.md §4): only organisations that opted in to publication. */
const published = (stats: ProgrammeStatsType): boolean => stats.scope === 'PUBLISHED';

/** Actions that count: all for signed-in users; for the public region-wide ones and those of publishing municipalities. */
const actions = (stats: ProgrammeStatsType, alias: string): string =>
  published(stats) ? actionPublishedSql(alias) : 'true';

/**
 * The programme's dashboard figures (Regio-overzicht, Kerngroep), every one a SQL aggregate on
 * indexed columns; nothing is loaded row by row into JavaScript. Activity figures cover the window
 * [from, today]; for the public only activities whose report the participants approved (seed 001).
 * For the public, every figure covers only the region and the municipalities that opted in to
 * publication: activities held region-wide or in such a municipality, actions that are region-wide or
 * involve only such municipalities, indicators of the region or of such a municipality, the
 * municipality rows of such municipalities, and computed indicators over providers that opted in.
 */
@Injectable()
export class ProgrammeStatsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  stats(actor: Actor | null, months: number): ProgrammeStatsType {
    const today = this.clock.today();
    return Object.assign(new ProgrammeStatsType(), {
      today,
      scope: actor ? 'ALL' : 'PUBLISHED',
      from: windowStart(today, months),
      months,
    });
  }

  /**
   * Activities in the window, as the CTE `scoped`; for the public only those with an approved report,
   * held region-wide or in a municipality that opted in to publication.
   */
  private scoped(stats: ProgrammeStatsType): string {
    const published =
      stats.scope === 'PUBLISHED'
        ? `AND EXISTS (SELECT 1 FROM activity_report r WHERE r.activity_id = x.id AND r.status IN ${APPROVED})
           AND ${ofPublishingMunicipalitySql('x.municipality_id')}`
        : '';
    return `scoped AS (SELECT x.* FROM participation_activity x WHERE x.held_on BETWEEN $1::date AND $2::date ${published})`;
  }

  async pillars(stats: ProgrammeStatsType): Promise<PillarProgressFigureType[]> {
    const [pillars, rows] = await Promise.all([
      this.dataSource.query(
        `SELECT id, code, number, title_nl AS "titleNl", title_en AS "titleEn" FROM pillar ORDER BY number`,
      ) as Promise<Array<{ id: number; code: string; number: number; titleNl: string; titleEn: string }>>,
      this.dataSource.query(progressSql('current', ['PILLAR'], published(stats)), [[stats.today]]) as Promise<
        Array<{ id: number; value: number | null; based_on: number }>
      >,
    ]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return pillars.map((p) => {
      const row = byId.get(p.id);
      return {
        pillarId: String(p.id),
        code: p.code,
        number: p.number,
        title: p.titleNl,
        titleEn: p.titleEn,
        progress: ProgressType.of({ value: row?.value ?? null, basedOn: row?.based_on ?? 0 }, 'pillar'),
      };
    });
  }

  async pillarProgressOverTime(stats: ProgrammeStatsType): Promise<PillarProgressPointType[]> {
    const rows: Array<{ as_of: string; id: number; value: number | null; based_on: number }> =
      await this.dataSource.query(progressSql('history', ['PILLAR'], published(stats)), [
        monthEnds(stats.today, stats.months),
      ]);
    const codes = new Map<number, string>(
      (await this.dataSource.query(`SELECT id, code FROM pillar`)).map((p: { id: number; code: string }) => [
        p.id,
        p.code,
      ]),
    );
    return rows.map((row) => ({
      on: row.as_of,
      pillarCode: codes.get(row.id) ?? String(row.id),
      value: row.value,
      basedOn: row.based_on,
    }));
  }

  async actionSummary(stats: ProgrammeStatsType): Promise<ActionSummaryType> {
    const monthStart = windowStart(stats.today, 1);
    const monthEnd = addDays(windowStart(addDays(monthStart, 31), 1), -1);
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE ${actionOpenSql('a')})::int AS open,
              count(*) FILTER (WHERE ${actionLateSql('a', '$1::date')})::int AS late,
              count(*) FILTER (WHERE ${actionOpenSql('a')} AND a.due_on BETWEEN $2::date AND $3::date)::int AS "dueThisMonth",
              count(*) FILTER (WHERE ${actionOpenSql('a')} AND a.due_on BETWEEN $1::date AND $4::date)::int AS "dueWithin7Days",
              count(*) FILTER (WHERE a.status = 'BLOCKED')::int AS blocked,
              count(*) FILTER (WHERE ${actionOpenSql('a')} AND EXISTS (
                  SELECT 1 FROM action_dependency d JOIN action b ON b.id = d.blocker_id
                   WHERE d.blocked_id = a.id AND ${actionOpenSql('b')}))::int AS "waitingOnOthers",
              count(*) FILTER (WHERE a.region_wide)::int AS "regionWide",
              (SELECT count(*)::int FROM action_milestone m JOIN action ma ON ma.id = m.action_id
                WHERE ${milestoneLateSql('m', '$1::date')} AND ${actions(stats, 'ma')}) AS "lateMilestones"
         FROM action a
        WHERE ${actions(stats, 'a')}`,
      [stats.today, monthStart, monthEnd, addDays(stats.today, 7)],
    );
    return row;
  }

  async actionsByPillarStatus(stats: ProgrammeStatsType): Promise<ActionStatusCountType[]> {
    return this.dataSource.query(
      `SELECT p.code AS "pillarCode", s.status,
              count(a.id)::int AS count,
              count(a.id) FILTER (WHERE ${actionLateSql('a', '$2::date')})::int AS late
         FROM pillar p
        CROSS JOIN unnest($1::text[]) WITH ORDINALITY AS s(status, n)
         LEFT JOIN action a ON a.pillar_id = p.id AND a.status = s.status AND ${actions(stats, 'a')}
        GROUP BY p.code, p.number, s.status, s.n
        ORDER BY p.number, s.n`,
      [ACTION_STATUSES, stats.today],
    );
  }

  async municipalities(stats: ProgrammeStatsType): Promise<MunicipalityInvolvementType[]> {
    const rows = await this.dataSource.query(
      `WITH ${this.scoped(stats)},
       involvement AS (
         SELECT am.municipality_id, count(*)::int AS actions,
                count(*) FILTER (WHERE ${actionOpenSql('a')})::int AS open,
                count(*) FILTER (WHERE ${actionLateSql('a', '$2::date')})::int AS late
           FROM action_municipality am JOIN action a ON a.id = am.action_id
          WHERE ${actions(stats, 'a')}
          GROUP BY am.municipality_id),
       held AS (
         SELECT x.municipality_id, count(*)::int AS activities, coalesce(sum(${TOTAL}), 0)::int AS participants
           FROM scoped x WHERE x.municipality_id IS NOT NULL
          GROUP BY x.municipality_id)
       SELECT m.id::text AS "municipalityId", m.cbs_code AS "cbsCode", m.name, m.inhabitants,
              coalesce(i.actions, 0) AS actions, coalesce(i.open, 0) AS "openActions",
              coalesce(i.late, 0) AS "lateActions",
              coalesce(h.activities, 0) AS activities, coalesce(h.participants, 0) AS participants,
              round((10000.0 * coalesce(h.activities, 0) / NULLIF(m.inhabitants, 0))::numeric, 2)::double precision
                AS "activitiesPer10000",
              round((10000.0 * coalesce(h.participants, 0) / NULLIF(m.inhabitants, 0))::numeric, 2)::double precision
                AS "participantsPer10000"
         FROM municipality m
         LEFT JOIN involvement i ON i.municipality_id = m.id
         LEFT JOIN held h ON h.municipality_id = m.id
        WHERE m.valid_to IS NULL ${published(stats) ? 'AND m.publish_aggregates' : ''}
        ORDER BY m.name`,
      [stats.from, stats.today],
    );
    return rows;
  }

  async activitySummary(stats: ProgrammeStatsType): Promise<ActivitySummaryType> {
    const [row] = await this.dataSource.query(
      `WITH ${this.scoped(stats)}
       SELECT count(*)::int AS activities,
              coalesce(sum(${TOTAL}), 0)::int AS participants,
              count(*) FILTER (WHERE x.feedback_given)::int AS "withFeedback",
              (100.0 * count(*) FILTER (WHERE x.feedback_given) / NULLIF(count(*), 0))::double precision AS "feedbackShare",
              count(*) FILTER (WHERE x.municipality_id IS NULL)::int AS "regionWide",
              count(*) FILTER (WHERE EXISTS (
                SELECT 1 FROM activity_report r WHERE r.activity_id = x.id AND r.status IN ${APPROVED}))::int
                AS "withApprovedReport"
         FROM scoped x`,
      [stats.from, stats.today],
    );
    return row;
  }

  async participation(
    stats: ProgrammeStatsType,
    grouping: ParticipationGrouping,
  ): Promise<ParticipationCountType[]> {
    const sql: Record<ParticipationGrouping, { query: string; extra: unknown[] }> = {
      pillar: {
        query: `SELECT p.code AS key, ${PARTICIPANT_SUMS}
                  FROM pillar p
                  LEFT JOIN activity_pillar ap ON ap.pillar_id = p.id
                  LEFT JOIN scoped x ON x.id = ap.activity_id
                 GROUP BY p.code, p.number ORDER BY p.number`,
        extra: [],
      },
      form: {
        query: `SELECT g.key, ${PARTICIPANT_SUMS}
                  FROM unnest($3::text[]) WITH ORDINALITY AS g(key, n)
                  LEFT JOIN scoped x ON x.form = g.key
                 GROUP BY g.key, g.n ORDER BY g.n`,
        extra: [ACTIVITY_FORMS],
      },
      level: {
        query: `SELECT g.key, ${PARTICIPANT_SUMS}
                  FROM unnest($3::text[]) WITH ORDINALITY AS g(key, n)
                  LEFT JOIN scoped x ON x.level = g.key
                 GROUP BY g.key, g.n ORDER BY g.n`,
        extra: [PARTICIPATION_LEVELS],
      },
      month: {
        query: `SELECT to_char(g.month, 'YYYY-MM') AS key, ${PARTICIPANT_SUMS}
                  FROM generate_series(date_trunc('month', $1::date), $2::date, interval '1 month') AS g(month)
                  LEFT JOIN scoped x ON date_trunc('month', x.held_on) = g.month
                 GROUP BY g.month ORDER BY g.month`,
        extra: [],
      },
    };
    const { query, extra } = sql[grouping];
    return this.dataSource.query(`WITH ${this.scoped(stats)} ${query}`, [stats.from, stats.today, ...extra]);
  }
}
