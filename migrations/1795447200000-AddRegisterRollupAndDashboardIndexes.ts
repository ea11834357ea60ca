import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * National scale (issue 8), chosen from EXPLAIN (ANALYZE, BUFFERS) at 1,000,000 requests:
 *
 * - advice_request_rollup / advice_request_rollup_days: the timeliness figures per provider,
 *   municipality, subregion, region (all time) and per month (nationally), with histograms of granted
 *   days and margins so the medians stay exact. On the fly the figures read every entry (7–15 s at
 *   1M); from the rollup they read one row per group (medians are kept per row, recomputed from
 *   the histogram rows of the groups a write touches). Kept correct in the same transaction as each
 *   register write (api/src/advice-request/rollup.sql.ts); read models, so no TypeORM entities.
 * - advice_request_open_deadline_idx: a council's open requests, earliest deadline first.
 * - advice_request_pending_unsolicited_idx: the one finding that depends on today (unsolicited advice
 *   without an answer for 60 days) is counted on the fly from this small partial index.
 * - action_due_on_id_idx: the actions table page (ORDER BY due_on, id LIMIT n) without a sort.
 */
export class AddRegisterRollupAndDashboardIndexes1795447200000 implements MigrationInterface {
  name = 'AddRegisterRollupAndDashboardIndexes1795447200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE advice_request_rollup (
        scope text NOT NULL,
        scope_id int NOT NULL,
        entry_count int NOT NULL DEFAULT 0,
        v_on_time int NOT NULL DEFAULT 0,
        v_short_notice int NOT NULL DEFAULT 0,
        v_after_the_fact int NOT NULL DEFAULT 0,
        v_not_requested int NOT NULL DEFAULT 0,
        v_open int NOT NULL DEFAULT 0,
        v_withdrawn int NOT NULL DEFAULT 0,
        v_not_applicable int NOT NULL DEFAULT 0,
        rated_count int NOT NULL DEFAULT 0,
        outcome_count int NOT NULL DEFAULT 0,
        followed_count int NOT NULL DEFAULT 0,
        reasons_owed_count int NOT NULL DEFAULT 0,
        reasons_given_count int NOT NULL DEFAULT 0,
        f_deviation_without_consultation int NOT NULL DEFAULT 0,
        f_deviation_without_reasons int NOT NULL DEFAULT 0,
        f_consent_withheld_carried_out int NOT NULL DEFAULT 0,
        f_unsolicited_without_reasoned_answer int NOT NULL DEFAULT 0,
        f_council_answered_late int NOT NULL DEFAULT 0,
        entries_with_findings int NOT NULL DEFAULT 0,
        median_granted_days double precision,
        median_margin_days double precision,
        CONSTRAINT advice_request_rollup_pkey PRIMARY KEY (scope, scope_id),
        CONSTRAINT advice_request_rollup_scope_check CHECK (scope IN ('PROVIDER', 'MUNICIPALITY', 'SUBREGION', 'REGION', 'MONTH'))
      )`);
    await q.query(`
      CREATE TABLE advice_request_rollup_days (
        scope text NOT NULL,
        scope_id int NOT NULL,
        measure text NOT NULL,
        value int NOT NULL,
        -- Signed deltas are upserted, so n can pass through negative values within a statement's
        -- proposed rows; a zero row is kept (and skipped when read).
        n int NOT NULL,
        CONSTRAINT advice_request_rollup_days_pkey PRIMARY KEY (scope, scope_id, measure, value),
        CONSTRAINT advice_request_rollup_days_scope_check CHECK (scope IN ('PROVIDER', 'MUNICIPALITY', 'SUBREGION', 'REGION', 'MONTH')),
        CONSTRAINT advice_request_rollup_days_measure_check CHECK (measure IN ('GRANTED', 'MARGIN'))
      )`);
    await q.query(
      `CREATE INDEX advice_request_open_deadline_idx ON advice_request (council_id, (requested_on + advice_term_days), id)
        WHERE decided_on IS NULL AND withdrawn_on IS NULL`,
    );
    await q.query(
      `CREATE INDEX advice_request_pending_unsolicited_idx ON advice_request (council_responded_on, provider_id)
        WHERE kind = 'UNSOLICITED' AND decided_on IS NULL AND withdrawn_on IS NULL AND council_responded_on IS NOT NULL`,
    );
    await q.query(`CREATE INDEX action_due_on_id_idx ON action (due_on, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX action_due_on_id_idx`);
    await q.query(`DROP INDEX advice_request_pending_unsolicited_idx`);
    await q.query(`DROP INDEX advice_request_open_deadline_idx`);
    await q.query(`DROP TABLE advice_request_rollup_days`);
    await q.query(`DROP TABLE advice_request_rollup`);
  }
}
