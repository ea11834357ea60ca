// Every mutation in api/schema.gql, called once successfully (with the fixtures of the authorization
// matrix), must leave at least one new audit row naming it, carrying the six fields the Dutch
// government baseline (BIO) asks of a log line: action, object, result, origin, actor, timestamp.
// A new mutation without a fixture, or one that forgets the trail, fails here.
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../../support/app';
import { DEMO_EMAIL, FIXTURES, TODAY, World } from '../../support/authorization-fixtures';
import { GraphQLClient } from '../../support/graphql-client';

const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../../api/schema.gql'), 'utf8'));
const MUTATIONS = Object.keys(schema.getMutationType()!.getFields()).sort();

interface AuditRow {
  operation: string;
  entity: string;
  entityId: string | null;
  result: string;
  origin: string | null;
  userId: number | null;
  role: string | null;
  organisation: string | null;
  requestId: string | null;
  occurredAt: Date | null;
}

describe('audit coverage: every mutation leaves an audit row', () => {
  let t: TestApp;
  let w: World;
  const latest = async (): Promise<number> =>
    (await t.dataSource.query(`SELECT coalesce(max(id), 0)::int AS id FROM audit_log`))[0].id;
  const since = (id: number): Promise<AuditRow[]> =>
    t.dataSource.query(
      `SELECT operation, entity, entity_id AS "entityId", result, origin, user_id AS "userId", role,
              organisation, request_id AS "requestId", occurred_at AS "occurredAt"
         FROM audit_log WHERE id > $1 ORDER BY id`,
      [id],
    );

  beforeAll(async () => {
    t = await startTestApp({ env: { TODAY } });
    w = new World(t.url, t.dataSource);
    await w.setUp();
  });
  afterAll(async () => t.close());

  it('covers at least the 48 mutations the API had when this test was written', () => {
    expect(MUTATIONS.length).toBeGreaterThanOrEqual(48);
  });

  it.each(MUTATIONS)(
    '%s writes an audit row with action, object, result, origin, actor and time',
    async (name) => {
      const fixture = FIXTURES[name];
      if (!fixture) throw new Error(`no fixture for ${name} in tests/support/authorization-fixtures.ts`);
      let client = w.admin;
      let user: { email: string; password: string } | undefined;
      if (fixture.session) {
        user = await w.user('ADMIN');
        client = new GraphQLClient(t.url);
        await client.signIn(user.email, user.password);
      }
      const variables = await fixture.variables(w, { caller: 'ADMIN', target: 'own', user });
      const before = await latest();
      const result = await client.request(fixture.document, variables);
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();

      const rows = await since(before);
      const own = rows.filter((row) => row.operation === name);
      expect(own.length, `${name} left no audit row`).toBeGreaterThan(0);
      for (const row of own) {
        expect(row.entity).toBeTruthy();
        expect(row.result).toBe('SUCCESS');
        expect(row.origin).toBeTruthy();
        expect(row.userId).not.toBeNull();
        expect(row.role).toBe('ADMIN');
        expect(row.requestId).toBeTruthy();
        expect(row.occurredAt).toBeInstanceOf(Date);
      }
      // One request, one request id, across all rows it wrote.
      expect(new Set(own.map((row) => row.requestId)).size).toBe(1);
    },
  );

  it.each([
    ['COUNCIL_MEMBER', 'fileUnsolicitedAdvice', 'council'],
    ['PROVIDER_BOARD', 'createAdviceRequest', 'provider'],
    ['POLICY_OFFICER', 'recordMeasurement', 'municipality'],
  ] as const)('records the organisation a %s acts for (%s → %s)', async (role, operation, kind) => {
    const client = new GraphQLClient(t.url);
    await client.signIn(DEMO_EMAIL[role]);
    const fixture = FIXTURES[operation]!;
    const before = await latest();
    const result = await client.request(
      fixture.document,
      await fixture.variables(w, { caller: role, target: 'own' }),
    );
    expect(result.errors).toBeUndefined();
    const expected = {
      council: w.ids.council.own,
      provider: w.ids.provider.own,
      municipality: w.ids.municipality.own,
    }[kind];
    const rows = (await since(before)).filter((row) => row.operation === operation);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatchObject({ role, organisation: `${kind}:${expected}` });
  });
});
