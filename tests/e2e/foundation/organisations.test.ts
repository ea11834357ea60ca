import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../../api/src/seed/demo-users';
import { type TestApp, startTestApp } from '../../support/app';
import { tableCounts } from '../../support/database';
import { GraphQLClient } from '../../support/graphql-client';

const ZUID_LIMBURG = {
  Parkstad: ['GM0917', 'GM0928', 'GM0882', 'GM0899', 'GM0965', 'GM0986', 'GM1954'],
  'Westelijke Mijnstreek': ['GM1883', 'GM0971', 'GM0888'],
  'Maastricht-Heuvelland': ['GM0935', 'GM1903', 'GM0938', 'GM0994', 'GM1729', 'GM0981'],
};

describe('organisations over GraphQL', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  let council: GraphQLClient;
  beforeAll(async () => {
    t = await startTestApp();
    admin = new GraphQLClient(t.url);
    await admin.signIn('beheer@demo.example');
    council = new GraphQLClient(t.url);
    await council.signIn('raad.mergelland@demo.example');
  });
  afterAll(async () => t.close());

  it('returns the 16 municipalities of Zuid-Limburg with their subregions to the public', async () => {
    const data = await new GraphQLClient(t.url).ok(`{
      municipalities(take: 100) { totalItems items { cbsCode name inhabitants subregion { name region { code } } } }
    }`);
    expect(data.municipalities.totalItems).toBe(16);
    const bySubregion: Record<string, string[]> = {};
    for (const m of data.municipalities.items) {
      expect(m.subregion.region.code).toBe('ZL');
      (bySubregion[m.subregion.name] ??= []).push(m.cbsCode);
    }
    for (const [name, codes] of Object.entries(ZUID_LIMBURG))
      expect(bySubregion[name]?.sort()).toEqual([...codes].sort());
  });

  it('links Nuth, Onderbanken and Schinnen to their successor Beekdaelen', async () => {
    const data = await admin.ok(`{ municipalities(take: 100, filter: { includeFormer: true, search: "n" }) {
      items { cbsCode validTo successor { cbsCode } } } }`);
    const former = data.municipalities.items.filter((m: { validTo: string | null }) => m.validTo !== null);
    expect(former.map((m: { cbsCode: string }) => m.cbsCode).sort()).toEqual(['GM0881', 'GM0951', 'GM0962']);
    expect(new Set(former.map((m: { successor: { cbsCode: string } }) => m.successor.cbsCode))).toEqual(
      new Set(['GM1954']),
    );
  });

  it('filters providers by municipality, residential flag and council presence', async () => {
    const vaals = await admin.ok(`{ municipality(cbsCode: "GM0981") { id } }`);
    const data = await admin.ok(
      `query($m: ID!) { providers(take: 200, filter: { municipalityId: $m, councilPresent: false }) {
        totalItems items { name councilRequired councils { id } municipalities { cbsCode } } } }`,
      { m: vaals.municipality.id },
    );
    expect(data.providers.totalItems).toBeGreaterThan(0);
    for (const p of data.providers.items) {
      expect(p.councils).toEqual([]);
      expect(p.municipalities.map((m: { cbsCode: string }) => m.cbsCode)).toContain('GM0981');
    }
    // The demo data has providers that are obliged to have a council but have none.
    expect(data.providers.items.some((p: { councilRequired: boolean }) => p.councilRequired)).toBe(true);
  });

  it('signs in every demo user and shows role and organisation in me', async () => {
    for (const user of DEMO_USERS) {
      const client = new GraphQLClient(t.url);
      await client.signIn(user.email);
      const { me } = await client.ok(`{ me { email role organisation { kind name } } }`);
      expect(me.email).toBe(user.email);
      expect(me.role).toBe(user.role);
      if (user.role === 'ADMIN' || user.role === 'CORE_GROUP') expect(me.organisation).toBeNull();
      else expect(me.organisation.name.length).toBeGreaterThan(0);
    }
  });

  it('answers a wrong password and an unknown email with the same message', async () => {
    const client = new GraphQLClient(t.url);
    const q = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`;
    const wrong = await client.request(q, { e: 'beheer@demo.example', p: 'not-the-password' });
    const unknown = await client.request(q, { e: 'nobody@demo.example', p: 'not-the-password' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect((await client.request(`{ me { id } }`)).data?.me).toBeNull();
  });

  it('ends the session on sign-out', async () => {
    const client = new GraphQLClient(t.url);
    await client.signIn('kerngroep@demo.example');
    expect(await client.ok(`mutation { signOut }`)).toEqual({ signOut: true });
    expect((await client.ok(`{ me { id } }`)).me).toBeNull();
  });

  const providerInput = {
    name: 'Testaanbieder',
    kvkNumber: '12345678',
    careWorkers: 20,
    municipalityIds: [],
  };
  const createProvider = `mutation($input: CreateProviderInput!) { createProvider(input: $input) { id councilRequired } }`;

  it.each([
    [
      'KvK number with letters',
      { ...providerInput, kvkNumber: '1234ab78' },
      'input.kvkNumber',
      'INVALID_KVK_NUMBER',
    ],
    [
      'KvK number of 7 digits',
      { ...providerInput, kvkNumber: '1234567' },
      'input.kvkNumber',
      'INVALID_KVK_NUMBER',
    ],
    [
      'negative care-worker count',
      { ...providerInput, careWorkers: -1 },
      'input.careWorkers',
      'NEGATIVE_CARE_WORKERS',
    ],
    ['empty name', { ...providerInput, name: '' }, 'input.name', 'NAME_REQUIRED'],
    [
      'unknown municipality',
      { ...providerInput, municipalityIds: ['999999'] },
      'input.municipalityIds',
      'UNKNOWN_MUNICIPALITY',
    ],
  ])(
    'refuses a provider with %s, naming the field, and writes nothing',
    async (_label, input, field, reason) => {
      const before = await tableCounts(t.dataSource);
      const result = await admin.request(createProvider, { input });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
      expect(await tableCounts(t.dataSource)).toEqual(before);
    },
  );

  it.each([
    ['0 days', 0],
    ['366 days', 366],
  ])('refuses an advice term of %s and writes nothing', async (_label, termDays) => {
    const { clientCouncils } = await admin.ok(`{ clientCouncils(take: 1) { items { id } } }`);
    const before = await tableCounts(t.dataSource);
    const result = await admin.request(
      `mutation($input: SetAdviceTermInput!) { setAdviceTerm(input: $input) { id } }`,
      { input: { councilId: clientCouncils.items[0].id, termDays, validFrom: '2026-01-01' } },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.termDays',
      reason: 'INVALID_ADVICE_TERM',
    });
    expect(await tableCounts(t.dataSource)).toEqual(before);
  });

  it('refuses an impossible date, naming the input path', async () => {
    const result = await admin.request(
      `mutation($input: SetAdviceTermInput!) { setAdviceTerm(input: $input) { id } }`,
      {
        input: { councilId: '1', termDays: 30, validFrom: '2025-02-30' },
      },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.validFrom',
    });
  });

  it('refuses an unknown or malformed CBS code', async () => {
    const unknown = await admin.request(`{ municipality(cbsCode: "GM9999") { id } }`);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'cbsCode' });
    const malformed = await admin.request(`{ municipality(cbsCode: "XX0935") { id } }`);
    expect(malformed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_CBS_CODE',
    });
  });

  it('answers malformed GraphQL with a parse error and no data', async () => {
    const result = await admin.request(`{ municipalities( { items }`);
    // The token-limit rule parses first and reports syntax errors as a validation failure.
    expect(result.errors?.[0]?.extensions?.code).toMatch(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/);
    expect(result.errors?.[0]?.message).toMatch(/Syntax Error/);
    expect(result.data).toBeUndefined();
  });

  it('refuses an admin mutation from a council member with FORBIDDEN and writes nothing', async () => {
    const before = await tableCounts(t.dataSource);
    const result = await council.request(createProvider, { input: providerInput });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await tableCounts(t.dataSource)).toEqual(before);
  });

  it('refuses mutations from the public with UNAUTHENTICATED', async () => {
    const result = await new GraphQLClient(t.url).request(createProvider, { input: providerInput });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets a provider board change only its own provider', async () => {
    const board = new GraphQLClient(t.url);
    await board.signIn('bestuur.mergelland@demo.example');
    const { me } = await board.ok(`{ me { organisation { id } } }`);
    const own = await board.request(
      `mutation($id: ID!) { updateProvider(id: $id, input: { careWorkers: 261 }) { careWorkers } }`,
      {
        id: me.organisation.id,
      },
    );
    expect(own.data?.updateProvider).toEqual({ careWorkers: 261 });
    const otherId = String(Number(me.organisation.id) === 1 ? 2 : 1);
    const other = await board.request(
      `mutation($id: ID!) { updateProvider(id: $id, input: { careWorkers: 5 }) { careWorkers } }`,
      {
        id: otherId,
      },
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('creates a provider with contracts and computes the council obligation, with an audit row', async () => {
    const { municipalities } = await admin.ok(`{ municipalities(take: 2) { items { id } } }`);
    const input = {
      ...providerInput,
      kvkNumber: '87654321',
      careWorkers: 11,
      municipalityIds: municipalities.items.map((m: { id: string }) => m.id),
    };
    const { createProvider: created } = await admin.ok(createProvider, { input });
    expect(created.councilRequired).toBe(true);
    const [audit] = await t.dataSource.query(
      `SELECT role, operation, new_values FROM audit_log WHERE entity = 'provider' AND entity_id = $1`,
      [created.id],
    );
    expect(audit).toMatchObject({ role: 'ADMIN', operation: 'createProvider' });
    expect(audit.new_values.kvkNumber).toBe('87654321');
  });

  it('keeps advice-term history and answers the term in force on a date', async () => {
    const { clientCouncils } = await admin.ok(`{ clientCouncils(take: 200) { items { id name } } }`);
    const mergelland = clientCouncils.items.find(
      (c: { name: string }) => c.name === 'Cliëntenraad Mergelland',
    );
    const data = await admin.ok(
      `query($id: ID!) { clientCouncil(id: $id) { adviceTerms { termDays validFrom }
         before: adviceTermOn(date: "2024-12-31") onChange: adviceTermOn(date: "2025-01-01") } }`,
      { id: mergelland.id },
    );
    expect(data.clientCouncil.adviceTerms).toEqual([
      { termDays: 30, validFrom: '2020-07-01' },
      { termDays: 42, validFrom: '2025-01-01' },
    ]);
    expect(data.clientCouncil.before).toBe(30);
    expect(data.clientCouncil.onChange).toBe(42);
  });

  it('serves health endpoints', async () => {
    expect((await fetch(`${t.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${t.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});
