import type { MigrationInterface, QueryRunner } from 'typeorm';

// Optimistic locking on the remaining records people edit together (issue 7): indicators and activity
// reports. activity_report.version already numbers a report's versions, so its lock is "revision".
// Neither column is in the approved-report trigger: a status step on an approved report moves it on.
export class AddVersionToIndicatorAndReport1795500100000 implements MigrationInterface {
  name = 'AddVersionToIndicatorAndReport1795500100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE indicator ADD COLUMN version int NOT NULL DEFAULT 1`);
    await q.query(`ALTER TABLE activity_report ADD COLUMN revision int NOT NULL DEFAULT 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE activity_report DROP COLUMN revision`);
    await q.query(`ALTER TABLE indicator DROP COLUMN version`);
  }
}
