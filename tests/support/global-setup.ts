import type { TestProject } from 'vitest/node';
import { Client } from 'pg';
import { createDataSource } from '../../api/src/database/data-source';
import {
  type EmbeddedDatabase,
  startEmbeddedPostgres,
  tempClusterDir,
} from '../../api/src/database/embedded-postgres';

export const TEMPLATE_DB = 'pm_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection URL of a maintenance database on the test server (to create per-file databases). */
    pgAdminUrl: string;
  }
}

/**
 * One PostgreSQL server for the whole run: TEST_DATABASE_URL's server if given, otherwise an embedded
 * one in a temporary folder. A template database gets the real migrations once; every test file then
 * clones it into a database of its own (see database.ts), so files never share state.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | null = null;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres({
      dir: `${tempClusterDir('test')}/pg`,
      database: 'postgres',
      // Throwaway cluster: durability is not needed, speed is.
      settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: '300' },
    });
    adminUrl = embedded.url;
  }
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB}`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();

  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE_DB}`;
  const dataSource = createDataSource({ url: templateUrl.toString(), poolSize: 1 });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();

  project.provide('pgAdminUrl', adminUrl);
  return async () => {
    await embedded?.stop();
  };
}
