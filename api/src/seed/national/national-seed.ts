// Loads the generated national data set (national-sql.ts) into a migrated database: refuses a
// database with any real (non-generated) data, then runs the steps in transactions, batch by batch,
// with a progress line and rows per second.
import type { DataSource, QueryRunner } from 'typeorm';
import { hashPassword } from '../../auth/password';
import { DEMO_PASSWORD } from '../demo-users';
import { rebuildRegisterRollup } from '../../advice-request/rollup.sql';
import { generationSteps, NATIONAL_TODAY } from './national-sql';
import {
  GENERATED_CBS_PREFIX,
  GENERATED_EMAIL_DOMAIN,
  GENERATED_KVK_PREFIX,
  GENERATED_MARK,
  GENERATED_REGION_CODE,
  type NationalScale,
} from './national-scale';

export class RefusedDatabaseError extends Error {}

/** Tables the generator fills (truncated by --replace); the catalogue and the pillars come from migrations. */
const GENERATED_TABLES = [
  'region',
  'subregion',
  'municipality',
  'provider',
  'provider_contract',
  'client_council',
  'advice_term',
  'consultation_meeting',
  'advice_request',
  'advice_request_rollup',
  'advice_request_rollup_days',
  'app_user',
  'user_session',
  'sign_in_attempt',
  'core_group_member',
  'goal',
  'indicator',
  'indicator_measurement',
  'participation_activity',
  'activity_pillar',
  'activity_report',
  'action',
  'action_owner',
  'action_municipality',
  'action_dependency',
  'action_milestone',
  'action_activity',
  'action_change',
];

/** Tables with an identity id that the generator sets explicitly (their sequences are moved past it). */
const EXPLICIT_ID_TABLES = [
  'region',
  'subregion',
  'municipality',
  'provider',
  'client_council',
  'advice_term',
  'core_group_member',
  'goal',
  'indicator',
  'indicator_measurement',
  'participation_activity',
  'activity_report',
  'action',
  'advice_request',
];

const like = (value: string) => value.replace(/[\\%_]/g, '\\$&');

/** Who can sign in to the generated data (password: the public demo password). */
export const NATIONAL_USERS = [
  { email: `beheer@${GENERATED_EMAIL_DOMAIN}`, role: 'ADMIN', name: 'Beheerder' },
  {
    email: `beleid@${GENERATED_EMAIL_DOMAIN}`,
    role: 'POLICY_OFFICER',
    name: 'Beleidsmedewerker gemeente 001',
  },
  { email: `kerngroep@${GENERATED_EMAIL_DOMAIN}`, role: 'CORE_GROUP', name: 'Kerngroeplid' },
  { email: `raad@${GENERATED_EMAIL_DOMAIN}`, role: 'COUNCIL_MEMBER', name: 'Raadslid van raad 1' },
  { email: `bestuur@${GENERATED_EMAIL_DOMAIN}`, role: 'PROVIDER_BOARD', name: 'Bestuurder aanbieder 0001' },
] as const;

/**
 * Rows that are not generated, per table: the reason to refuse. Generated data is recognised by its
 * marks (region codes GEN-nn, CBS codes GM5xxx, KvK numbers 88…, the generated e-mail domain, names
 * ending in "(gegenereerd)").
 */
export async function foreignData(q: Pick<QueryRunner, 'query'>): Promise<string[]> {
  const mark = `%${like(GENERATED_MARK)}`;
  const checks: Array<[string, string]> = [
    ['region', `SELECT count(*)::int AS n FROM region WHERE code !~ '${GENERATED_REGION_CODE.source}'`],
    [
      'municipality',
      `SELECT count(*)::int AS n FROM municipality WHERE cbs_code NOT LIKE '${GENERATED_CBS_PREFIX}%'`,
    ],
    [
      'provider',
      `SELECT count(*)::int AS n FROM provider WHERE kvk_number NOT LIKE '${GENERATED_KVK_PREFIX}%'`,
    ],
    [
      'app_user',
      `SELECT count(*)::int AS n FROM app_user WHERE email NOT LIKE '%@${GENERATED_EMAIL_DOMAIN}'`,
    ],
    [
      'core_group_member',
      `SELECT count(*)::int AS n FROM core_group_member WHERE email NOT LIKE '%@${GENERATED_EMAIL_DOMAIN}'`,
    ],
    ['goal', `SELECT count(*)::int AS n FROM goal WHERE title NOT LIKE '${mark}'`],
    ['action', `SELECT count(*)::int AS n FROM action WHERE title NOT LIKE '${mark}'`],
    [
      'participation_activity',
      `SELECT count(*)::int AS n FROM participation_activity WHERE title NOT LIKE '${mark}'`,
    ],
    ['advice_request', `SELECT count(*)::int AS n FROM advice_request WHERE title NOT LIKE '${mark}'`],
  ];
  const found: string[] = [];
  for (const [table, sql] of checks) {
    const [{ n }] = await q.query(sql);
    if (n > 0) found.push(`${table}: ${n} rij(en)`);
  }
  return found;
}

async function holdsAnything(q: QueryRunner): Promise<boolean> {
  const [{ n }] = await q.query(
    `SELECT (SELECT count(*) FROM region) + (SELECT count(*) FROM provider) + (SELECT count(*) FROM action)
          + (SELECT count(*) FROM participation_activity) + (SELECT count(*) FROM app_user) AS n`,
  );
  return Number(n) > 0;
}

const fmt = (n: number) => Math.round(n).toLocaleString('nl-NL');

export interface NationalSeedResult {
  seconds: number;
  rows: Record<string, number>;
  requestsPerSecond: number | null;
}

/**
 * Fills the database with the generated national data set. Refuses (RefusedDatabaseError) when the
 * database holds any data that is not generated, or generated data without `replace`.
 */
export async function generateNationalData(
  dataSource: DataSource,
  scale: NationalScale,
  options: { replace?: boolean; log?: (line: string) => void } = {},
): Promise<NationalSeedResult> {
  const log = options.log ?? (() => undefined);
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const started = performance.now();
  let requestsPerSecond: number | null = null;
  try {
    const foreign = await foreignData(runner);
    if (foreign.length > 0) {
      throw new RefusedDatabaseError(
        `Deze database bevat gegevens die niet gegenereerd zijn (${foreign.join(', ')}). ` +
          'De generator schrijft alleen in een lege database of een met eerder gegenereerde gegevens; ' +
          'gebruik een eigen DATA_DIR of DATABASE_URL voor de landelijke proef.',
      );
    }
    if (await holdsAnything(runner)) {
      if (!options.replace)
        throw new RefusedDatabaseError(
          'Deze database bevat al gegenereerde gegevens. Geef --replace om ze te vervangen.',
        );
      log('Eerder gegenereerde gegevens worden vervangen…');
      await runner.query(`TRUNCATE ${GENERATED_TABLES.join(', ')} RESTART IDENTITY CASCADE`);
    }
    // Throwaway bulk load: a crash means running the generator again, so skip waiting for the WAL flush.
    await runner.query(`SET synchronous_commit = off`);
    await runner.query(`SET work_mem = '256MB'`);

    for (const step of generationSteps(scale)) {
      const stepStarted = performance.now();
      if (Array.isArray(step.sql)) {
        await runner.startTransaction();
        try {
          for (const sql of step.sql) await runner.query(sql);
          await runner.commitTransaction();
        } catch (error) {
          await runner.rollbackTransaction();
          throw error;
        }
        const seconds = (performance.now() - stepStarted) / 1000;
        const rows =
          step.rows === null
            ? ''
            : `${fmt(step.rows)} rijen, ${fmt(step.rows / Math.max(seconds, 0.001))}/s, `;
        log(`${step.label.padEnd(22)} ${rows}${seconds.toFixed(1)} s`);
        continue;
      }
      const { batch, total, build } = step.sql;
      for (let lo = 1; lo <= total; lo += batch) {
        const hi = Math.min(total, lo + batch - 1);
        await runner.startTransaction();
        try {
          await runner.query(build(lo, hi));
          await runner.commitTransaction();
        } catch (error) {
          await runner.rollbackTransaction();
          throw error;
        }
        const seconds = (performance.now() - stepStarted) / 1000;
        const share = Math.round((100 * hi) / total);
        const bar = '#'.repeat(Math.round(share / 5)).padEnd(20, '.');
        log(
          `${step.label.padEnd(22)} [${bar}] ${String(share).padStart(3)}%  ${fmt(hi)}/${fmt(total)}  ${fmt(hi / Math.max(seconds, 0.001))} rijen/s`,
        );
      }
      if (step.label === 'adviesaanvragen' && total > 0)
        requestsPerSecond = total / ((performance.now() - stepStarted) / 1000);
    }

    await runner.startTransaction();
    try {
      for (const table of EXPLICIT_ID_TABLES)
        await runner.query(
          `SELECT setval(pg_get_serial_sequence('${table}', 'id'), coalesce(max(id), 0) + 1, false) FROM ${table}`,
        );
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      for (const user of NATIONAL_USERS) {
        await runner.query(
          `INSERT INTO app_user (email, display_name, password_hash, role, municipality_id, provider_id, council_id)
           VALUES ($1, $2, $3, $4,
                   CASE WHEN $4 = 'POLICY_OFFICER' THEN (SELECT min(id) FROM municipality WHERE valid_to IS NULL) END,
                   CASE WHEN $4 IN ('PROVIDER_BOARD', 'COUNCIL_MEMBER') THEN (SELECT provider_id FROM client_council ORDER BY id LIMIT 1) END,
                   CASE WHEN $4 = 'COUNCIL_MEMBER' THEN (SELECT min(id) FROM client_council) END)`,
          [user.email, `${user.name} ${GENERATED_MARK}`, passwordHash, user.role],
        );
      }
      const rollupStarted = performance.now();
      await rebuildRegisterRollup(runner.manager);
      log(`rollup register       ${((performance.now() - rollupStarted) / 1000).toFixed(1)} s`);
      await runner.query(
        `INSERT INTO audit_log (operation, entity, origin, new_values) VALUES ('seed', 'national_data', 'system', $1)`,
        [JSON.stringify({ ...scale, today: NATIONAL_TODAY })],
      );
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    }
    const analyzeStarted = performance.now();
    await runner.query('ANALYZE');
    log(`ANALYZE               ${((performance.now() - analyzeStarted) / 1000).toFixed(1)} s`);

    const counts: Array<{ name: string; n: number }> = await runner.query(
      GENERATED_TABLES.map((t) => `SELECT '${t}' AS name, count(*)::int AS n FROM ${t}`).join(' UNION ALL '),
    );
    return {
      seconds: (performance.now() - started) / 1000,
      rows: Object.fromEntries(counts.map((c) => [c.name, c.n])),
      requestsPerSecond,
    };
  } finally {
    await runner.release();
  }
}
