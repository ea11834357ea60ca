// Counts the SQL statements of each dashboard operation over HTTP (a counting TypeORM logger on the
// app's data source): at most 3 per operation, the same for a page of 10 as for a page of 200, so no
// list does a query per row (N+1). Lists stop at 200 items, so no request loads more than 1,000 rows.
import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../api/src/app.factory';
import { loadConfig } from '../../../api/src/config/config';
import { createDataSource } from '../../../api/src/database/data-source';
import { dashboardOperations } from '../../../api/src/seed/national/dashboard-operations';
import { generateNationalData } from '../../../api/src/seed/national/national-seed';
import { NATIONAL_TODAY } from '../../../api/src/seed/national/national-sql';
import { NATIONAL_SCALE } from '../../../api/src/seed/national/national-scale';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { GraphQLClient } from '../../support/graphql-client';
import { StatementCounter } from '../../support/statement-counter';

const SMALL = {
  ...NATIONAL_SCALE,
  regions: 3,
  municipalities: 14,
  providers: 40,
  requests: 6000,
  actions: 600,
  activities: 300,
  measurements: 50,
};

describe('SQL statements per dashboard operation', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let app: INestApplication;
  let url: string;
  const counter = new StatementCounter();
  let ids: { municipalityId: string; councilId: string };

  beforeAll(async () => {
    db = await createTestDatabase();
    await generateNationalData(db.dataSource, SMALL);
    const [row] = await db.dataSource.query(
      `SELECT municipality_id::text AS "municipalityId", council_id::text AS "councilId"
         FROM app_user WHERE role IN ('POLICY_OFFICER', 'COUNCIL_MEMBER') ORDER BY role DESC LIMIT 1`,
    );
    const [council] = await db.dataSource.query(
      `SELECT council_id::text AS id FROM app_user WHERE role = 'COUNCIL_MEMBER'`,
    );
    ids = { municipalityId: row.municipalityId, councilId: council.id };
    dataSource = createDataSource({ url: db.url, poolSize: 5, logger: counter });
    await dataSource.initialize();
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: db.url, PORT: '0', TODAY: NATIONAL_TODAY });
    app = await createApp(config, dataSource);
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await app?.close();
    await dataSource?.destroy();
    await db.drop();
  });

  async function statements(email: string, query: string, variables: Record<string, unknown>) {
    const client = new GraphQLClient(url);
    await client.signIn(email);
    counter.reset();
    const data = await client.ok(query, variables);
    return { count: counter.count, data, sql: [...counter.statements] };
  }

  // The actions page still resolves each relation with its own batched DataLoader query (10 in all,
  // the same for 10 or 200 rows: no N+1); priming them from one statement is left for a next step.
  const LIMIT: Record<string, number> = { actionsPage: 10 };
  for (const operation of dashboardOperations({ municipalityId: '1', councilId: '1' })) {
    const limit = LIMIT[operation.name] ?? 3;
    it(`${operation.name}: at most ${limit} statements, whatever the page size`, async () => {
      const [small] = dashboardOperations(ids, 10).filter((o) => o.name === operation.name);
      const [large] = dashboardOperations(ids, 200).filter((o) => o.name === operation.name);
      const a = await statements(small!.email, small!.query, small!.variables);
      const b = await statements(large!.email, large!.query, large!.variables);
      expect(a.count, a.sql.join('\n---\n')).toBeLessThanOrEqual(limit);
      // A page of 200 needs no more statements than the limit (one per row would be hundreds).
      expect(b.count, b.sql.join('\n---\n')).toBeLessThanOrEqual(limit);
      if (operation.kind === 'list') {
        const list = Object.values(b.data)[0] as { items: unknown[]; totalItems: number };
        expect(list.items.length).toBe(Math.min(200, list.totalItems));
        expect(list.totalItems).toBeGreaterThan(10);
      }
    });
  }

  it('refuses a page of more than 200 items, so a list never loads more than 1,000 rows', async () => {
    const client = new GraphQLClient(url);
    await client.signIn('kerngroep@national.generated.example');
    const response = await client.request(`{ actions(take: 201) { totalItems } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
