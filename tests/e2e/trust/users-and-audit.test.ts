import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../../support/app';
import { tableCounts } from '../../support/database';
import { GraphQLClient } from '../../support/graphql-client';

const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email role municipalityId } }`;

describe('user management, passwords and the audit trail', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  let maastricht: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = new GraphQLClient(t.url);
    await admin.signIn('beheer@demo.example');
    maastricht = (await admin.ok(`{ municipality(cbsCode: "GM0935") { id } }`)).municipality.id;
  });
  afterAll(async () => t.close());

  const input = (extra: Record<string, unknown> = {}) => ({
    email: 'nieuw.lid@demo.example',
    displayName: 'Nieuw Lid',
    role: 'POLICY_OFFICER',
    password: 'een-lang-wachtwoord',
    ...extra,
  });

  it.each([
    ['a policy officer without a municipality', {}, 'input.municipalityId', 'ORGANISATION_REQUIRED'],
    ['a malformed email', { email: 'geen-email', municipalityId: 'X' }, 'input.email', 'INVALID_EMAIL'],
    ['a short password', { password: 'kort', municipalityId: '1' }, 'input.password', 'PASSWORD_TOO_SHORT'],
    [
      'the public demo password',
      { password: 'demo-participatie', municipalityId: '1' },
      'input.password',
      'PASSWORD_IS_DEMO',
    ],
  ])('refuses a user with %s and writes nothing', async (_label, extra, field, reason) => {
    const before = await tableCounts(t.dataSource);
    const result = await admin.request(CREATE, { input: input(extra) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ field, reason });
    expect(await tableCounts(t.dataSource)).toEqual(before);
  });

  it('creates a user and keeps their name and email out of the audit trail', async () => {
    const { createUser } = await admin.ok(CREATE, { input: input({ municipalityId: maastricht }) });
    expect(createUser).toMatchObject({
      email: 'nieuw.lid@demo.example',
      role: 'POLICY_OFFICER',
      municipalityId: maastricht,
    });
    const { auditLog } = await admin.ok(
      `query($id: String!) { auditLog(filter: { entity: "app_user", entityId: $id }) { totalItems items { operation newValues role } } }`,
      { id: createUser.id },
    );
    expect(auditLog.totalItems).toBe(1);
    expect(auditLog.items[0]).toMatchObject({ operation: 'createUser', role: 'ADMIN' });
    expect(auditLog.items[0].newValues.email).toBe('[persoonsgegeven]');
    const duplicate = await admin.request(CREATE, {
      input: input({ municipalityId: maastricht, email: 'NIEUW.lid@demo.example' }),
    });
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
  });

  it('ends every other session when a password changes', async () => {
    const a = new GraphQLClient(t.url);
    const b = new GraphQLClient(t.url);
    await a.signIn('nieuw.lid@demo.example', 'een-lang-wachtwoord');
    await b.signIn('nieuw.lid@demo.example', 'een-lang-wachtwoord');
    const wrong = await a.request(
      `mutation { changePassword(currentPassword: "fout-wachtwoord", newPassword: "nog-een-lang-wachtwoord") }`,
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      field: 'currentPassword',
      reason: 'WRONG_PASSWORD',
    });
    const demo = await a.request(
      `mutation { changePassword(currentPassword: "een-lang-wachtwoord", newPassword: "demo-participatie") }`,
    );
    expect(demo.errors?.[0]?.extensions).toMatchObject({ field: 'newPassword', reason: 'PASSWORD_IS_DEMO' });
    await a.ok(
      `mutation { changePassword(currentPassword: "een-lang-wachtwoord", newPassword: "nog-een-lang-wachtwoord") }`,
    );
    expect((await a.ok(`{ me { email } }`)).me.email).toBe('nieuw.lid@demo.example');
    expect((await b.ok(`{ me { email } }`)).me).toBeNull();
    const old = await new GraphQLClient(t.url).request(
      `mutation { signIn(email: "nieuw.lid@demo.example", password: "een-lang-wachtwoord") { id } }`,
    );
    expect(old.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('removes a person’s name and email on request without breaking the audit trail', async () => {
    const { users } = await admin.ok(`{ users(filter: { search: "nieuw.lid" }) { items { id } } }`);
    const id = users.items[0].id;
    const trailBefore = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log`);
    const { removeUserPersonalData: removed } = await admin.ok(
      `mutation($id: ID!) { removeUserPersonalData(id: $id) { email displayName disabled } }`,
      { id },
    );
    expect(removed.email).toBe(`verwijderd-${id}@verwijderd.invalid`);
    expect(removed.disabled).toBe(true);
    const trailAfter = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log`);
    expect(trailAfter[0].n).toBe(trailBefore[0].n + 1);
    const leaks = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE old_values::text ILIKE '%nieuw.lid%' OR new_values::text ILIKE '%nieuw.lid%'`,
    );
    expect(leaks[0].n).toBe(0);
  });

  it('filters the trail by period and refuses it to anyone but the admin', async () => {
    const none = await admin.ok(
      `{ auditLog(filter: { from: "2000-01-01", to: "2000-12-31" }) { totalItems } }`,
    );
    expect(none.auditLog.totalItems).toBe(0);
    const board = new GraphQLClient(t.url);
    await board.signIn('bestuur.mergelland@demo.example');
    expect((await board.request(`{ auditLog { totalItems } }`)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('shows the history of a record to those who may see it, without naming the actor', async () => {
    const board = new GraphQLClient(t.url);
    await board.signIn('bestuur.mergelland@demo.example');
    const { me } = await board.ok(`{ me { id organisation { id } } }`);
    await board.ok(`mutation($id: ID!) { updateProvider(id: $id, input: { careWorkers: 270 }) { id } }`, {
      id: me.organisation.id,
    });
    const { recordHistory } = await board.ok(
      `query($id: String!) { recordHistory(entity: "provider", entityId: $id) { operation role userId newValues } }`,
      { id: me.organisation.id },
    );
    const last = recordHistory[recordHistory.length - 1];
    expect(last).toMatchObject({ operation: 'updateProvider', role: 'PROVIDER_BOARD', userId: null });
    expect(last.newValues.careWorkers).toBe(270);
    const users = await board.request(
      `query($id: String!) { recordHistory(entity: "app_user", entityId: $id) { id } }`,
      { id: me.id },
    );
    expect(users.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
