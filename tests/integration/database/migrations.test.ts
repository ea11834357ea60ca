import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingSchemaChanges } from '../../../api/src/database/data-source';
import { MIGRATIONS } from '../../../migrations';
import { createTestDatabase, type TestDatabase } from '../../support/database';

describe('migrations', () => {
  let db: TestDatabase;
  let migrated: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ empty: true });
    migrated = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
    await migrated.drop();
  });

  it('run on an empty database, match the entities exactly, revert completely and run again', async () => {
    const applied = await db.dataSource.runMigrations({ transaction: 'each' });
    expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => new m().name));
    // Entity drift: TypeORM would need these statements to bring the schema in line with the entities.
    expect(await pendingSchemaChanges(db.dataSource)).toEqual([]);

    for (let i = 0; i < MIGRATIONS.length; i++)
      await db.dataSource.undoLastMigration({ transaction: 'each' });
    const left: Array<{ name: string }> = await db.dataSource.query(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'm', 'S') AND c.relname NOT LIKE 'typeorm_migration%'
        UNION ALL SELECT proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'`,
    );
    expect(left).toEqual([]);

    const again = await db.dataSource.runMigrations({ transaction: 'each' });
    expect(again).toHaveLength(MIGRATIONS.length);
    expect(await pendingSchemaChanges(db.dataSource)).toEqual([]);
  });

  it('names every index and constraint explicitly (no generated names)', async () => {
    const rows: Array<{ name: string }> = await migrated.dataSource.query(
      // typeorm_migration is TypeORM's own bookkeeping table, created outside our migrations.
      `SELECT conname AS name FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE n.nspname = 'public' AND c.conrelid <> 'typeorm_migration'::regclass
       UNION ALL SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename <> 'typeorm_migration'`,
    );
    const generated = rows.map((r) => r.name).filter((name) => /^(PK|FK|UQ|IDX|REL|CHK)_/.test(name));
    expect(rows.length).toBeGreaterThan(20);
    expect(generated).toEqual([]);
  });

  it('keeps the audit trail append-only: UPDATE, DELETE and TRUNCATE are refused', async () => {
    await migrated.dataSource.query(`INSERT INTO audit_log (operation, entity) VALUES ('test', 'probe')`);
    await expect(migrated.dataSource.query(`UPDATE audit_log SET entity = 'x'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(migrated.dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(migrated.dataSource.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    const [{ n }] = await migrated.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'probe'`,
    );
    expect(n).toBe(1);
  });
});
