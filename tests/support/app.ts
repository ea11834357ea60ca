import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { createApp } from '../../api/src/app.factory';
import { loadConfig } from '../../api/src/config/config';
import { seedDemoData } from '../../api/src/seed/seed.service';
import { createTestDatabase, type TestDatabase } from './database';

export interface TestApp {
  url: string;
  app: INestApplication;
  db: TestDatabase;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** Boots the real app (all modules, real PostgreSQL with the demo data) on a free loopback port. */
export async function startTestApp(
  options: { seed?: boolean; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const db = await createTestDatabase();
  if (options.seed !== false) await seedDemoData(db.dataSource, () => undefined);
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: db.url, PORT: '0', ...options.env });
  const app = await createApp(config, db.dataSource);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    app,
    db,
    dataSource: db.dataSource,
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
