// The SQL of each dashboard operation as one statement: used by the raw server and for PostgreSQL's
// own timing (EXPLAIN ANALYZE) in `npm run bench:api`. The figures use the API's own SQL builders.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const figures = require(path.join(root, 'api/dist/api/src/advice-request/figures.service.js'));
const rollup = require(path.join(root, 'api/dist/api/src/advice-request/rollup.sql.js'));
const { verdictSql, deadlineSql } = require(
  path.join(root, 'api/dist/api/src/advice-request/verdict.sql.js'),
);

/** routes(today)[operation](params) → { sql, params } */
export function rawQueries(today) {
  function figuresSql(groupBy, filter) {
    const q = { from: null, to: null, today, filter };
    if (groupBy === 'MONTH') {
      const [y, m] = today.split('-').map(Number);
      const index = y * 12 + (m - 1) - 23;
      q.from = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
      q.to = today;
    }
    return rollup.rollupAnswers(groupBy, q)
      ? rollup.buildRollupFiguresSql(groupBy, q)
      : figures.buildFiguresSql(groupBy, q);
  }

  return {
    regionOverview: () => figuresSql('REGION', {}),
    onTimePerMonth: () => figuresSql('MONTH', {}),
    municipalityComparison: () => figuresSql('MUNICIPALITY', {}),
    providerTimeliness: (p) => figuresSql('PROVIDER', { municipalityId: p.get('m') }),
    councilOpenRequests: (p) => ({
      sql: `SELECT r.id, r.title, r.kind, r.status, r.requested_on, r.planned_decision_on, r.advice_term_days,
                   ${verdictSql('r')} AS verdict, ${deadlineSql('r')} AS deadline, ${deadlineSql('r')} - $2::date AS days_left,
                   s.code, s.title_nl, p.id AS provider_id, p.name AS provider_name, c.id AS council_id, c.name AS council_name,
                   count(*) OVER () AS total_items
              FROM advice_request r JOIN wmcz_subject s ON s.id = r.subject_id JOIN provider p ON p.id = r.provider_id
              JOIN client_council c ON c.id = r.council_id
             WHERE r.council_id = $1 AND r.decided_on IS NULL AND r.withdrawn_on IS NULL
               AND (r.requested_on IS NOT NULL OR r.kind = 'UNSOLICITED' OR r.reported_not_requested)
             ORDER BY r.requested_on + r.advice_term_days ASC NULLS LAST, r.id LIMIT $3`,
      params: [p.get('c'), today, Number(p.get('take') ?? 50)],
    }),
    // The page first (index on due_on, id), then its relations; the total as a one-off count. A
    // window count or per-row subqueries before the LIMIT would evaluate all 50,000 actions.
    actionsPage: (p) => ({
      sql: `WITH page AS (SELECT * FROM action ORDER BY due_on ASC NULLS LAST, id LIMIT $2)
            SELECT a.id, a.title, a.status, a.due_on, a.lead_organisation,
                   (a.due_on < $1::date AND a.status NOT IN ('DONE', 'DROPPED')) AS late, pl.code AS pillar,
                   rm.name AS responsible,
                   (SELECT coalesce(json_agg(m.name ORDER BY m.id), '[]') FROM action_owner o
                      JOIN core_group_member m ON m.id = o.member_id WHERE o.action_id = a.id) AS owners,
                   (SELECT coalesce(json_agg(json_build_object('title', ms.title, 'dueOn', ms.due_on, 'doneOn', ms.done_on)
                                             ORDER BY ms.due_on, ms.id), '[]') FROM action_milestone ms WHERE ms.action_id = a.id) AS milestones,
                   (SELECT coalesce(json_agg(json_build_object('id', b.id, 'title', b.title) ORDER BY b.id), '[]')
                      FROM action_dependency d JOIN action b ON b.id = d.blocker_id WHERE d.blocked_id = a.id) AS blocked_by,
                   (SELECT count(*) FROM action) AS total_items
              FROM page a JOIN pillar pl ON pl.id = a.pillar_id
              LEFT JOIN core_group_member rm ON rm.id = a.responsible_member_id
             ORDER BY a.due_on ASC NULLS LAST, a.id`,
      params: [today, Number(p.get('take') ?? 50)],
    }),
  };
}
