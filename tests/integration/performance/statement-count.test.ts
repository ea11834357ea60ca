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

  for (const operation of dashboardOperations({ municipalityId: '1', councilId: '1' })) {
    it(`${operation.name}: at most 3 statements, whatever the page size`, async () => {
      const [small] = dashboardOperations(ids, 10).filter((o) => o.name === operation.name);
      const [large] = dashboardOperations(ids, 200).filter((o) => o.name === operation.name);
      const a = await statements(small!.email, small!.query, small!.variables);
      const b = await statements(large!.email, large!.query, large!.variables);
      expect(a.count, a.sql.join('\n---\n')).toBeLessThanOrEqual(3);
      // A page of 200 needs no more statements than that (one per row would be hundreds).
      expect(b.count, b.sql.join('\n---\n')).toBeLessThanOrEqual(3);
      if (operation.kind === 'list') {
        const list = Object.values(b.data)[0] as { items: unknown[]; totalItems: number };
        expect(list.items.length).toBe(Math.min(200, list.totalItems));
        expect(list.totalItems).toBeGreaterThan(10);
      }
    });
  }

  // Every relation of an action the prefetch can supply, as the core group's table and its detail ask.
  const ALL_RELATIONS = `id title status late version
    progress { value basedOn }
    pillar { id code } goal { id title } parent { id title } subActions { id title }
    responsible { id name } owners { id name } municipalities { id name }
    milestones { id title dueOn doneOn late }
    blockedBy { id title status late } blocks { id title status }`;

  it.each(['actions(take: $take)', 'lateActions(take: $take)', 'actionsDueWithin(days: 366, take: $take)'])(
    '%s with every relation: at most 3 statements',
    async (field) => {
      const { count, sql, data } = await statements(
        'kerngroep@national.generated.example',
        `query ($take: Int!) { page: ${field} { totalItems items { ${ALL_RELATIONS} } } }`,
        { take: 200 },
      );
      expect(count, sql.join('\n---\n')).toBeLessThanOrEqual(3);
      expect((data.page as { items: unknown[] }).items.length).toBeGreaterThan(10);
    },
  );

  it.each([
    ['pillar { code }', 'pillar'],
    ['responsible { name }', 'responsible'],
    ['goal { title } parent { title }', 'goal'],
    ['late', 'late'],
  ])('actions with only %s: answered, at most 3 statements', async (selection, field) => {
    const { count, data } = await statements(
      'kerngroep@national.generated.example',
      `query ($take: Int!) { actions(take: $take) { items { id ${selection} } } }`,
      { take: 50 },
    );
    expect(count).toBeLessThanOrEqual(3);
    const items = (data.actions as { items: Array<Record<string, unknown>> }).items;
    expect(items).toHaveLength(50);
    expect(items.every((item) => field in item)).toBe(true);
  });

  it('answers each relation of a prefetched page exactly as the loaders answer it for one action', async () => {
    const client = new GraphQLClient(url);
    await client.signIn('kerngroep@national.generated.example');
    const query = `query ($take: Int!) { actions(take: $take) { items { ${ALL_RELATIONS} } } }`;
    const { actions } = (await client.ok(query, { take: 200 })) as {
      actions: { items: Array<Record<string, unknown> & { id: string }> };
    };
    const items = actions.items;
    // The page must exercise every relation, or the comparison proves little.
    const some = (pick: (item: Record<string, unknown>) => unknown) =>
      items.some((item) => {
        const value = pick(item);
        return Array.isArray(value) ? value.length > 0 : value !== null;
      });
    const relations = ['goal', 'parent', 'subActions', 'responsible', 'owners', 'municipalities'];
    for (const field of [...relations, 'milestones', 'blockedBy', 'blocks']) {
      expect(
        some((item) => item[field]),
        field,
      ).toBe(true);
    }
    // One action per request, so nothing is primed by a list.
    for (const item of items.filter((_, index) => index % 10 === 0)) {
      const one = (await client.ok(`query ($id: ID!) { action(id: $id) { ${ALL_RELATIONS} } }`, {
        id: item.id,
      })) as {
        action: unknown;
      };
      expect(one.action, `action ${item.id}`).toEqual(item);
    }
  });

  it('refuses a page of more than 200 items, so a list never loads more than 1,000 rows', async () => {
    const client = new GraphQLClient(url);
    await client.signIn('kerngroep@national.generated.example');
    const response = await client.request(`{ actions(take: 201) { totalItems } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
