import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { createApp } from '../../../api/src/app.factory';
import { loadConfig } from '../../../api/src/config/config';
import { createDataSource } from '../../../api/src/database/data-source';
import {
  type EmbeddedDatabase,
  startEmbeddedPostgres,
  tempClusterDir,
} from '../../../api/src/database/embedded-postgres';
import { seedDemoData } from '../../../api/src/seed/seed.service';
import { GraphQLClient } from '../../support/graphql-client';

describe('when PostgreSQL goes away under a running app', () => {
  const dir = `${tempClusterDir('fault')}/pg`;
  let server: EmbeddedDatabase;
  let dataSource: DataSource;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    server = await startEmbeddedPostgres({ dir, database: 'pm' });
    dataSource = createDataSource({ url: server.url });
    await dataSource.initialize();
    await dataSource.runMigrations();
    await seedDemoData(dataSource, () => undefined);
    app = await createApp(loadConfig({ NODE_ENV: 'test', DATABASE_URL: server.url }), dataSource);
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await app.close();
    await dataSource.destroy().catch(() => undefined);
    await server.stop();
  });

  it('reports not ready, fails fast with UNAVAILABLE, recovers by itself and keeps acknowledged writes', async () => {
    const admin = new GraphQLClient(url);
    await admin.signIn('beheer@demo.example');
    const { providers } = await admin.ok(`{ providers(take: 1) { items { id careWorkers } } }`);
    const provider = providers.items[0];
    const written = provider.careWorkers + 7;
    await admin.ok(
      `mutation($id: ID!, $n: Int!) { updateProvider(id: $id, input: { careWorkers: $n }) { id } }`,
      {
        id: provider.id,
        n: written,
      },
    );

    await server.stop();

    const ready = await fetch(`${url}/health/ready`);
    expect(ready.status).toBe(503);
    const started = Date.now();
    const during = await admin.request(`{ providers(take: 1) { items { id } } }`);
    expect(Date.now() - started).toBeLessThan(6_000);
    expect(during.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
    expect(JSON.stringify(during)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    expect((await fetch(`${url}/health/live`)).status).toBe(200);

    server = await startEmbeddedPostgres({ dir, database: 'pm', port: server.port });
    const deadline = Date.now() + 20_000;
    let status = 0;
    while (status !== 200 && Date.now() < deadline) {
      status = (await fetch(`${url}/health/ready`)).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(status).toBe(200);

    // The session and the write acknowledged before the stop are both still there.
    const after = await admin.ok(`query($id: ID!) { provider(id: $id) { careWorkers } }`, {
      id: provider.id,
    });
    expect(after.provider.careWorkers).toBe(written);
  });
});
