// The authorization matrix over HTTP: every query and mutation (from docs/access-matrix.md, which is
// derived from the resolvers' decorators and checked against the running app here) × every caller
// (the public and the five roles) × own and other organisation where a role is limited to its own.
// What is allowed must work; what is not gets FORBIDDEN (signed in) or UNAUTHENTICATED (public), with
// nothing written and nothing returned. Then the field-level rules: core-group names and emails never
// reach the public, a council member sees only its own council's requests, the public's aggregates
// count only organisations that opted in to publication.
import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  type GraphQLNamedType,
  isInterfaceType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '@pm/domain';
import { accessMatrix } from '../../../api/src/auth/access-matrix';
import type { Scope } from '../../../api/src/auth/roles.decorator';
import { type TestApp, startTestApp } from '../../support/app';
import {
  type Caller,
  CALLERS,
  DEMO_EMAIL,
  FIXTURES,
  type Target,
  TODAY,
  World,
} from '../../support/authorization-fixtures';
import { databaseFingerprint } from '../../support/database';
import { GraphQLClient } from '../../support/graphql-client';

const root = path.resolve(__dirname, '../../..');

interface Row {
  operation: string;
  kind: 'Query' | 'Mutation';
  public: boolean;
  scopes: Record<Role, Scope | null>;
}

/** docs/access-matrix.md as rows (the schema test keeps it equal to what the decorators declare). */
function readMatrix(): Row[] {
  const lines = fs.readFileSync(path.join(root, 'docs/access-matrix.md'), 'utf8').split('\n');
  const header = lines.find((line) => line.startsWith('| operation |'))!;
  const columns = header.split('|').map((cell) => cell.trim());
  return lines
    .filter((line) => /^\| \w+ \| (Query|Mutation) \|/.test(line))
    .map((line) => {
      const cells = line.split('|').map((cell) => cell.trim());
      const at = (name: string) => cells[columns.indexOf(name)]!;
      return {
        operation: at('operation'),
        kind: at('kind') as Row['kind'],
        public: at('public') === 'yes',
        scopes: Object.fromEntries(
          ROLES.map((role) => [role, at(role) === '—' ? null : (at(role) as Scope)]),
        ) as Row['scopes'],
      };
    });
}

type Expected = 'ALLOWED' | 'FILTERED' | 'FORBIDDEN' | 'UNAUTHENTICATED';

interface Cell {
  label: string;
  row: Row;
  caller: Caller;
  target: Target | null;
  expected: Expected;
}

const MATRIX = readMatrix();

function expectation(row: Row, caller: Caller, target: Target | null): Expected {
  if (caller === 'PUBLIC') return row.public ? 'ALLOWED' : 'UNAUTHENTICATED';
  const scope = row.scopes[caller];
  if (scope === null) return 'FORBIDDEN';
  if (scope === 'ANY' || target === 'own') return 'ALLOWED';
  return FIXTURES[row.operation]?.filtered ? 'FILTERED' : 'FORBIDDEN';
}

const hasOwnScope = (row: Row) => ROLES.some((role) => row.scopes[role]?.startsWith('OWN_'));

const CELLS: Cell[] = MATRIX.flatMap((row) => {
  const scoped = FIXTURES[row.operation]?.scoped || hasOwnScope(row);
  const targets: Array<Target | null> = scoped ? ['own', 'other'] : [null];
  return targets.flatMap((target) =>
    CALLERS.map((caller) => {
      const expected = expectation(row, caller, target);
      const on = target === null ? '' : ` on ${target === 'own' ? 'its own' : "another's"} organisation`;
      return {
        label: `${row.operation}: ${caller === 'PUBLIC' ? 'the public' : caller}${on} → ${expected}`,
        row,
        caller,
        target,
        expected,
      };
    }),
  );
});

describe('authorization matrix over HTTP', () => {
  let t: TestApp;
  let w: World;
  const clients = {} as Record<Caller, GraphQLClient>;
  const fingerprint = () => databaseFingerprint(t.dataSource, ['sign_in_attempt']);

  beforeAll(async () => {
    t = await startTestApp({ env: { TODAY } });
    w = new World(t.url, t.dataSource);
    await w.setUp();
    clients.PUBLIC = new GraphQLClient(t.url);
    for (const role of ROLES) {
      clients[role] = new GraphQLClient(t.url);
      await clients[role].signIn(DEMO_EMAIL[role]);
    }
  });
  afterAll(async () => t.close());

  describe('the matrix itself', () => {
    it('equals what the running app derives from its decorators', () => {
      const derived = accessMatrix(t.app).map(({ operation, kind, public: open, scopes }) => ({
        operation,
        kind,
        public: open,
        scopes,
      }));
      expect(derived).toEqual(MATRIX);
    });

    it('lists every query and mutation of api/schema.gql', () => {
      const schema = buildSchema(fs.readFileSync(path.join(root, 'api/schema.gql'), 'utf8'));
      const fields = [
        ...Object.keys(schema.getQueryType()!.getFields()).map((name) => `Query.${name}`),
        ...Object.keys(schema.getMutationType()!.getFields()).map((name) => `Mutation.${name}`),
      ].sort();
      expect(MATRIX.map((row) => `${row.kind}.${row.operation}`).sort()).toEqual(fields);
    });

    it('has a fixture for every operation, and none for an operation that is gone', () => {
      const operations = MATRIX.map((row) => row.operation).sort();
      expect(operations.filter((operation) => !FIXTURES[operation])).toEqual([]);
      expect(Object.keys(FIXTURES).filter((operation) => !operations.includes(operation))).toEqual([]);
    });

    it('calls an operation with an OWN scope on its own and on another organisation', () => {
      const unscoped = MATRIX.filter((row) => hasOwnScope(row) && !FIXTURES[row.operation]?.scoped);
      expect(unscoped.map((row) => row.operation)).toEqual([]);
    });

    it(`has ${CELLS.length} cells: every operation × ${CALLERS.length} callers, × 2 organisations where scoped`, () => {
      const scoped = MATRIX.filter((row) => FIXTURES[row.operation]?.scoped).length;
      const queries = MATRIX.filter((row) => row.kind === 'Query').length;
      expect(CELLS.length).toBe((MATRIX.length + scoped) * CALLERS.length);
      const count = (expected: Expected) => CELLS.filter((cell) => cell.expected === expected).length;
      console.info(
        `authorization matrix: ${MATRIX.length} operations (${queries} queries, ${MATRIX.length - queries} mutations) × ` +
          `${CALLERS.length} callers, ${scoped} of them × 2 organisations (own, other) = ${CELLS.length} calls: ` +
          `${count('ALLOWED')} allowed, ${count('FORBIDDEN')} FORBIDDEN, ${count('UNAUTHENTICATED')} UNAUTHENTICATED, ` +
          `${count('FILTERED')} answered without the other organisation's records`,
      );
    });
  });

  describe('every operation × every caller × own and other organisation', () => {
    it.each(CELLS.map((cell) => [cell.label, cell] as const))(
      '%s',
      async (_label, { row, caller, target, expected }) => {
        const fixture = FIXTURES[row.operation];
        if (!fixture)
          throw new Error(`no fixture for ${row.operation} in tests/support/authorization-fixtures.ts`);
        let client = clients[caller];
        let user: { email: string; password: string } | undefined;
        if (fixture.session) {
          // Session operations get a session of their own, so the demo users' sessions stay intact.
          client = new GraphQLClient(t.url);
          if (caller !== 'PUBLIC') {
            user = await w.user(caller);
            await client.signIn(user.email, user.password);
          }
        }
        const variables = await fixture.variables(w, { caller, target: target ?? 'own', user });
        const before = expected === 'ALLOWED' ? null : await fingerprint();
        const result = await client.request(fixture.document, variables);
        const errors = JSON.stringify(result.errors);

        if (expected === 'ALLOWED' || expected === 'FILTERED') {
          expect(result.errors, errors).toBeUndefined();
          expect(result.data).toHaveProperty(row.operation);
          if (fixture.filtered) {
            const shown = fixture.filtered(result.data);
            if (expected === 'ALLOWED') expect(shown).toBeGreaterThan(0);
            else expect(shown).toBe(0);
          }
        } else {
          expect(result.errors?.[0]?.extensions?.code, errors).toBe(expected);
          // Nothing leaked: the refused field is null (or the whole answer is).
          expect(result.data?.[row.operation] ?? null).toBeNull();
        }
        if (before) expect(await fingerprint()).toEqual(before);
      },
    );
  });

  describe('field level', () => {
    const PERSONAL_TYPES = [
      'CoreGroupMember',
      'User',
      'AuditEntry',
      'AdviceRequest',
      'ConsultationMeeting',
      'Action',
      'ActionChange',
      'Activity',
      'ActivityReport',
      'Indicator',
      'Measurement',
    ];

    it('gives the public no path to a core-group member, a user, a single request or the trail', () => {
      const schema = buildSchema(fs.readFileSync(path.join(root, 'api/schema.gql'), 'utf8'));
      const seen = new Set<string>();
      const visit = (type: GraphQLNamedType) => {
        if (seen.has(type.name)) return;
        seen.add(type.name);
        if (isObjectType(type) || isInterfaceType(type))
          for (const field of Object.values(type.getFields())) visit(getNamedType(field.type));
        if (isUnionType(type)) for (const member of type.getTypes()) visit(member);
      };
      const publicQueries = MATRIX.filter((row) => row.kind === 'Query' && row.public);
      expect(publicQueries.length).toBeGreaterThan(10);
      for (const row of publicQueries)
        visit(getNamedType(schema.getQueryType()!.getFields()[row.operation]!.type));
      expect(PERSONAL_TYPES.filter((type) => seen.has(type))).toEqual([]);
    });

    it('never returns a core-group name or email, or a user email, to the public', async () => {
      const personal: Array<{ value: string }> = await t.dataSource.query(
        `SELECT name AS value FROM core_group_member UNION SELECT email FROM core_group_member
         UNION SELECT email FROM app_user UNION SELECT display_name FROM app_user`,
      );
      expect(personal.length).toBeGreaterThan(10);
      for (const row of MATRIX.filter((r) => r.public && r.kind === 'Query')) {
        const fixture = FIXTURES[row.operation]!;
        const result = await clients.PUBLIC.request(
          fixture.document,
          await fixture.variables(w, { caller: 'PUBLIC', target: 'own' }),
        );
        expect(result.errors).toBeUndefined();
        const json = JSON.stringify(result.data);
        for (const { value } of personal)
          expect(json, `${row.operation} shows ${value}`).not.toContain(value);
      }
      // Signed in, the core group is visible by name (PRODUCT.md §4).
      const { coreGroupMembers } = await clients.POLICY_OFFICER.ok(`{ coreGroupMembers { name email } }`);
      expect(coreGroupMembers[0].name).toBeTruthy();
    });

    it('shows a council member its own council’s requests in full and nothing of other councils', async () => {
      const council = clients.COUNCIL_MEMBER;
      const own = w.ids.council.own;
      const { adviceRequests } = await council.ok(
        `{ adviceRequests(take: 200) { totalItems items { id status council { id } summary timeliness { verdict } } } }`,
      );
      const [expected] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM advice_request
          WHERE council_id = $1 AND (requested_on IS NOT NULL OR kind = 'UNSOLICITED' OR reported_not_requested)`,
        [Number(own)],
      );
      expect(adviceRequests.totalItems).toBe(expected.n);
      expect(adviceRequests.totalItems).toBeGreaterThan(0);
      for (const entry of adviceRequests.items) {
        expect(entry.council.id).toBe(own);
        expect(entry.status).not.toBe('DRAFT');
      }
      const { consultationMeetings } = await council.ok(
        `{ consultationMeetings(take: 200) { totalItems items { council { id } } } }`,
      );
      expect(consultationMeetings.totalItems).toBeGreaterThan(0);
      for (const meeting of consultationMeetings.items) expect(meeting.council.id).toBe(own);

      // Not the board's draft for its own council, not another council's entry, not even their history.
      const draft = await w.entry('own', 'DRAFT');
      const refused = [
        await council.request(`query($id: ID!) { adviceRequest(id: $id) { id title } }`, { id: draft.id }),
        await council.request(`query($id: ID!) { adviceRequest(id: $id) { id title } }`, {
          id: w.ids.sentEntry.other,
        }),
        await council.request(
          `query($id: String!) { recordHistory(entity: "advice_request", entityId: $id) { id newValues } }`,
          { id: draft.id },
        ),
        await council.request(
          `query($id: String!) { recordHistory(entity: "advice_request", entityId: $id) { id newValues } }`,
          { id: w.ids.sentEntry.other },
        ),
      ];
      for (const result of refused) {
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(result.data).toBeNull();
      }
      // Provider-level figures: only its own provider.
      const { timelinessFigures } = await council.ok(`{ timelinessFigures(groupBy: PROVIDER) { key } }`);
      expect(timelinessFigures).toEqual([{ key: w.ids.provider.own }]);
    });

    it('gives the public aggregates only of organisations that opted in to publication', async () => {
      const { timelinessFigures } = await clients.PUBLIC.ok(
        `{ timelinessFigures(groupBy: PROVIDER) { key } }`,
      );
      const published: Array<{ id: string }> = await t.dataSource.query(
        `SELECT id::text AS id FROM provider WHERE publish_aggregates`,
      );
      const ids = new Set(published.map((p) => p.id));
      expect(timelinessFigures.length).toBeGreaterThan(0);
      for (const row of timelinessFigures) expect(ids.has(row.key)).toBe(true);
      expect(ids.has(w.ids.provider.other)).toBe(false);
      const { programmeStats } = await clients.PUBLIC.ok(
        `{ programmeStats { municipalities { municipalityId } } }`,
      );
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM municipality WHERE publish_aggregates AND valid_to IS NULL`,
      );
      expect(programmeStats.municipalities).toHaveLength(n);
    });
  });
});
