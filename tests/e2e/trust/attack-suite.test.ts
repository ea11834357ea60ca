import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../../support/app';
import { databaseFingerprint } from '../../support/database';

// Session operations are exercised in their own tests; here they would end the attacker's session.
const SKIPPED_MUTATIONS = new Set(['signOut', 'changePassword']);
const MIN_TOTAL_INPUTS = 1000;

const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../../api/schema.gql'), 'utf8'));
const mutations = Object.values(schema.getMutationType()!.getFields()).filter(
  (f) => !SKIPPED_MUTATIONS.has(f.name),
);
// At least 60 inputs per mutation, and at least 1,000 in all however few mutations there are.
const RUNS_PER_MUTATION = Math.max(60, Math.ceil(MIN_TOTAL_INPUTS / mutations.length));

const hostileStrings = fc.constantFrom(
  "'; DROP TABLE provider; --",
  "' OR '1'='1",
  '1; SELECT pg_sleep(5)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  '\u0000',
  '\u202e\u202d',
  '𝕳𝖊𝖑𝖑𝖔 👩‍👩‍👧‍👦',
  'ﷺ'.repeat(50),
  '%s%n%x',
  '../../etc/passwd',
  '${jndi:ldap://x}',
  ' ',
  '',
);

function stringArb(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: hostileStrings },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
    { weight: 1, arbitrary: fc.string({ minLength: 5_000, maxLength: 20_000 }) },
    { weight: 1, arbitrary: fc.constantFrom(12, true, [], {}, null) },
  );
}

function scalarArb(name: string): fc.Arbitrary<unknown> {
  switch (name) {
    case 'Int':
    case 'Float':
      return fc.oneof(
        fc.integer(),
        fc.constantFrom(-1, 0, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1e308, 0.5, -0.0),
        fc.constantFrom('12', 'NaN', null, true),
      );
    case 'Boolean':
      return fc.oneof(fc.boolean(), fc.constantFrom('true', 0, null));
    case 'ID':
      return fc.oneof(fc.constantFrom('1', '2', '0', '-1', '99999999999', '1e3', '1 OR 1=1'), hostileStrings);
    case 'Date':
      return fc.oneof(
        fc.constantFrom(
          '2025-02-30',
          '2024-02-29',
          '0000-00-00',
          '9999-12-31',
          '2026-13-01',
          '20260101',
          '2026-1-1',
        ),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        hostileStrings,
      );
    default:
      return stringArb();
  }
}

function valueArb(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    return fc.oneof(
      { weight: 9, arbitrary: valueArb(type.ofType, depth) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
  }
  if (isListType(type)) {
    return fc.oneof(
      fc.array(valueArb(type.ofType, depth + 1), { maxLength: 4 }),
      fc.constant(Array.from({ length: 2_000 }, () => '1')),
    );
  }
  if (isEnumType(type)) {
    return fc.oneof(
      fc.constantFrom(...type.getValues().map((v) => v.name)),
      fc.constantFrom('NOT_A_VALUE', 1),
    );
  }
  if (isScalarType(type)) return scalarArb(type.name);
  if (isInputObjectType(type) && depth < 4) {
    const fields = Object.values(type.getFields());
    const record = fc.record(Object.fromEntries(fields.map((f) => [f.name, valueArb(f.type, depth + 1)])), {
      requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
    });
    return fc.oneof(
      { weight: 8, arbitrary: record },
      { weight: 1, arbitrary: record.map((r) => ({ ...(r as object), unknownField: 'x' })) },
      { weight: 1, arbitrary: fc.constant('not an object') },
    );
  }
  return fc.constant(null);
}

function typeName(type: GraphQLInputType): string {
  return String(type);
}

function documentFor(name: string, args: readonly GraphQLArgument[]): string {
  const vars = args.map((a) => `$${a.name}: ${typeName(a.type)}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  // Object results need a selection; __typename fits any object type.
  const resultType = String(schema.getMutationType()!.getFields()[name]!.type);
  const returnsObject = !/^\[?(Boolean|Int|String|ID|Float|Date|JSON)!?\]?!?$/.test(resultType);
  return `mutation${vars ? `(${vars})` : ''} { ${name}${call ? `(${call})` : ''}${returnsObject ? ' { __typename }' : ''} }`;
}

describe('hostile input against every mutation in api/schema.gql', () => {
  let t: TestApp;
  let cookie: string;
  let tried = 0;
  beforeAll(async () => {
    t = await startTestApp();
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { signIn(email: "beheer@demo.example", password: "demo-participatie") { id } }',
      }),
    });
    cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  });
  afterAll(async () => t.close());

  it.each(mutations.map((m) => [m.name, m] as const))(
    '%s never answers with a server error and never writes on a refusal',
    async (name, mutation) => {
      const query = documentFor(name, mutation.args);
      const variables = fc.record(Object.fromEntries(mutation.args.map((a) => [a.name, valueArb(a.type)])));
      await fc.assert(
        fc.asyncProperty(variables, async (vars) => {
          tried++;
          const before = await databaseFingerprint(t.dataSource, ['sign_in_attempt']);
          const res = await fetch(`${t.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie },
            body: JSON.stringify({ query, variables: vars }),
          });
          expect(res.status).toBeLessThan(500);
          const body = (await res.json().catch(() => ({}))) as {
            errors?: Array<{ message: string; extensions?: { code?: string } }>;
          };
          for (const error of body.errors ?? []) {
            expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
            // Messages name the problem; they never echo a large input back.
            expect(error.message.length).toBeLessThan(1_200);
          }
          if (body.errors?.length)
            expect(await databaseFingerprint(t.dataSource, ['sign_in_attempt'])).toEqual(before);
        }),
        { numRuns: RUNS_PER_MUTATION, seed: 20261123 },
      );
    },
  );

  it(`tried at least ${MIN_TOTAL_INPUTS} generated inputs in total`, () => {
    expect(tried).toBeGreaterThanOrEqual(MIN_TOTAL_INPUTS);
  });
});
