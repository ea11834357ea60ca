import type { MigrationInterface, QueryRunner } from 'typeorm';

// PRODUCT.md §4: the public sees aggregates only of organisations that opted in to publication.
// An explicit per-organisation setting, off until the administrator records the organisation's consent.
export class AddPublicationOptIn1795500000000 implements MigrationInterface {
  name = 'AddPublicationOptIn1795500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE provider ADD COLUMN publish_aggregates boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE municipality ADD COLUMN publish_aggregates boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE municipality DROP COLUMN publish_aggregates`);
    await q.query(`ALTER TABLE provider DROP COLUMN publish_aggregates`);
  }
}
