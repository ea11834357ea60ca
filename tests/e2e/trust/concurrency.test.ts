// Concurrent edits over HTTP: optimistic locking lets exactly one of several edits on the same version
// through; the others get CONFLICT / STALE_VERSION with the current values, never a silent overwrite,
// and a client that retries on the current version loses nothing. Bulk changes are all or nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_REFERENCE_DATE } from '../../../api/src/seed/reference-date';
import { type TestApp, startTestApp } from '../../support/app';
import { databaseFingerprint } from '../../support/database';
import { GraphQLClient, type GraphQLResponse } from '../../support/graphql-client';
import { demoIds } from '../../support/register';

const PARALLEL = 10;
const TODAY = DEMO_REFERENCE_DATE;

const UPDATE_ACTION = `mutation($id: ID!, $input: UpdateActionInput!) {
  updateAction(id: $id, input: $input) { id title description status version } }`;
const ACTION = `query($id: ID!) { action(id: $id) { id title description status version } }`;

type Conflict = {
  code: string;
  reason: string;
  field: string;
  details: { currentVersion: number; current: any };
};

function outcome(results: Array<GraphQLResponse<Record<string, any>>>) {
  const won = results.filter((r) => !r.errors);
  const lost = results.filter((r) => r.errors);
  return { won, lost, conflicts: lost.map((r) => r.errors![0]!.extensions as unknown as Conflict) };
}

async function signedIn(url: string, email: string, n: number): Promise<GraphQLClient[]> {
  const clients = Array.from({ length: n }, () => new GraphQLClient(url));
  for (const client of clients) await client.signIn(email);
  return clients;
}

describe(`concurrent edits: ${PARALLEL} people on the same version`, () => {
  let t: TestApp;
  let core: GraphQLClient[];
  let admins: GraphQLClient[];
  let board: GraphQLClient;
  let council: GraphQLClient;
  let pillarId: string;
  const audits = async (entity: string, id: string, operation: string): Promise<number> =>
    (
      await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE entity = $1 AND entity_id = $2 AND operation = $3`,
        [entity, id, operation],
      )
    )[0].n;
  const createAction = async (title: string) =>
    (
      await core[0]!.ok(
        `mutation($input: CreateActionInput!) { createAction(input: $input) { id version title description } }`,
        { input: { pillarId, title, leadOrganisation: 'Regio', regionWide: true, description: '' } },
      )
    ).createAction;

  beforeAll(async () => {
    t = await startTestApp({ env: { TODAY } });
    core = await signedIn(t.url, 'kerngroep@demo.example', PARALLEL);
    admins = await signedIn(t.url, 'beheer@demo.example', PARALLEL);
    board = new GraphQLClient(t.url);
    await board.signIn('bestuur.mergelland@demo.example');
    council = new GraphQLClient(t.url);
    await council.signIn('raad.mergelland@demo.example');
    pillarId = (await core[0]!.ok(`{ pillars { id } }`)).pillars[0].id;
  });
  afterAll(async () => t.close());

  describe('actions', () => {
    it('lets exactly one of ten parallel updates on one version win; the others see its values', async () => {
      const action = await createAction('Gelijktijdig bewerkt');
      const results = await Promise.all(
        core.map((client, i) =>
          client.request(UPDATE_ACTION, {
            id: action.id,
            input: { version: action.version, title: `Titel ${i}` },
          }),
        ),
      );
      const { won, conflicts } = outcome(results);
      expect(won).toHaveLength(1);
      const winner = won[0]!.data!.updateAction;
      expect(winner.version).toBe(action.version + 1);
      expect(conflicts).toHaveLength(PARALLEL - 1);
      for (const conflict of conflicts) {
        expect(conflict).toMatchObject({
          code: 'CONFLICT',
          reason: 'STALE_VERSION',
          field: 'input.version',
          details: { currentVersion: winner.version, current: { id: action.id, title: winner.title } },
        });
      }
      // The stored action is the winner's; one change, one audit row.
      expect((await core[0]!.ok(ACTION, { id: action.id })).action).toMatchObject({
        title: winner.title,
        version: action.version + 1,
      });
      expect(await audits('action', action.id, 'updateAction')).toBe(1);
    });

    it('loses no update when every editor retries on the current version after a conflict', async () => {
      const action = await createAction('Tien bijdragen');
      let conflicts = 0;
      // Read-modify-write: each editor adds its own line to the description.
      const edit = async (client: GraphQLClient, mark: string) => {
        for (;;) {
          const { action: seen } = await client.ok(ACTION, { id: action.id });
          const description = seen.description ? `${seen.description}\n${mark}` : mark;
          const result = await client.request(UPDATE_ACTION, {
            id: action.id,
            input: { version: seen.version, description },
          });
          if (!result.errors) return;
          expect(result.errors[0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
          conflicts++;
        }
      };
      await Promise.all(core.map((client, i) => edit(client, `bijdrage ${i}`)));
      const { action: final } = await core[0]!.ok(ACTION, { id: action.id });
      expect(final.description.split('\n').sort()).toEqual(
        Array.from({ length: PARALLEL }, (_, i) => `bijdrage ${i}`).sort(),
      );
      expect(final.version).toBe(action.version + PARALLEL);
      expect(await audits('action', action.id, 'updateAction')).toBe(PARALLEL);
      expect(conflicts).toBeGreaterThan(0);
    });

    it('runs two overlapping bulk changes all or nothing: one wins in full, the other changes nothing', async () => {
      const a = await createAction('Bulk A');
      const b = await createAction('Bulk B');
      const c = await createAction('Bulk C');
      const BULK = `mutation($input: BulkSetActionStatusInput!) { bulkSetActionStatus(input: $input) { id status version } }`;
      const item = (x: { id: string; version: number }) => ({ id: x.id, version: x.version });
      // Opposite orders, so a naive implementation could deadlock; rows are locked in id order.
      const [first, second] = await Promise.all([
        core[0]!.request(BULK, { input: { items: [item(a), item(b)], status: 'PLANNED' } }),
        core[1]!.request(BULK, { input: { items: [item(c), item(b), item(a)], status: 'BLOCKED' } }),
      ]);
      const { won, conflicts } = outcome([first!, second!]);
      expect(won).toHaveLength(1);
      expect(conflicts[0]).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
      const winner = won[0]!.data!.bulkSetActionStatus as Array<{ id: string; status: string }>;
      const status = winner[0]!.status;
      for (const x of [a, b, c]) {
        const { action } = await core[0]!.ok(ACTION, { id: x.id });
        const inWinner = winner.some((w) => w.id === x.id);
        expect(action.status).toBe(inWinner ? status : 'IDEA');
      }
    });

    it('writes nothing at all when one item of a bulk change is stale', async () => {
      const a = await createAction('Bulk D');
      const b = await createAction('Bulk E');
      const before = await databaseFingerprint(t.dataSource, ['sign_in_attempt']);
      const result = await core[0]!.request(
        `mutation($input: BulkSetActionStatusInput!) { bulkSetActionStatus(input: $input) { id } }`,
        {
          input: {
            items: [
              { id: a.id, version: a.version },
              { id: b.id, version: b.version + 5 },
            ],
            status: 'DONE',
          },
        },
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'STALE_VERSION',
        field: 'input.items[1].version',
        details: { currentVersion: b.version, current: { id: b.id, status: 'IDEA' } },
      });
      expect(await databaseFingerprint(t.dataSource, ['sign_in_attempt'])).toEqual(before);
    });
  });

  describe('advice requests', () => {
    const ENTRY = `id status version decidedOn councilPosition`;
    let ids: { provider: string; council: string; subject: string };
    beforeAll(async () => {
      const demo = demoIds(t.dataSource);
      ids = {
        provider: String(await demo.provider('mergelland')),
        council: String(await demo.council('Cliëntenraad Mergelland')),
        subject: String(await demo.subject('ART7_1_E')),
      };
    });
    const sent = async (title: string) => {
      const { createAdviceRequest: draft } = await board.ok(
        `mutation($input: CreateAdviceRequestInput!) { createAdviceRequest(input: $input) { ${ENTRY} } }`,
        {
          input: {
            providerId: ids.provider,
            councilId: ids.council,
            subjectId: ids.subject,
            kind: 'ADVICE',
            title,
          },
        },
      );
      return (
        await board.ok(
          `mutation($id: ID!, $input: SendAdviceRequestInput!) { sendAdviceRequest(id: $id, input: $input) { ${ENTRY} } }`,
          { id: draft.id, input: { requestedOn: '2026-11-02', version: draft.version } },
        )
      ).sendAdviceRequest;
    };
    const DECIDE = `mutation($id: ID!, $input: RecordDecisionInput!) { recordDecision(id: $id, input: $input) { ${ENTRY} } }`;
    const POSITION = `mutation($id: ID!, $input: RecordCouncilPositionInput!) { recordCouncilPosition(id: $id, input: $input) { ${ENTRY} } }`;

    it('lets exactly one of ten parallel decisions on one version win; the others see it', async () => {
      const entry = await sent('Tien besluiten tegelijk');
      const days = Array.from({ length: PARALLEL }, (_, i) => `2026-11-${String(10 + i).padStart(2, '0')}`);
      const results = await Promise.all(
        admins.map((client, i) =>
          client.request(DECIDE, { id: entry.id, input: { decidedOn: days[i], version: entry.version } }),
        ),
      );
      const { won, conflicts } = outcome(results);
      expect(won).toHaveLength(1);
      const winner = won[0]!.data!.recordDecision;
      expect(conflicts).toHaveLength(PARALLEL - 1);
      for (const conflict of conflicts) {
        expect(conflict).toMatchObject({
          code: 'CONFLICT',
          reason: 'STALE_VERSION',
          details: {
            currentVersion: winner.version,
            current: { id: entry.id, status: 'DECIDED', decidedOn: winner.decidedOn },
          },
        });
      }
      const [row] = await t.dataSource.query(
        `SELECT decided_on::text AS "decidedOn", version FROM advice_request WHERE id = $1`,
        [Number(entry.id)],
      );
      expect(row).toEqual({ decidedOn: winner.decidedOn, version: winner.version });
      expect(await audits('advice_request', entry.id, 'recordDecision')).toBe(1);
    });

    it('serialises parallel steps without a version too: the position is recorded once', async () => {
      const entry = await sent('Tien standpunten zonder versie');
      const results = await Promise.all(
        admins.map((client) =>
          client.request(POSITION, {
            id: entry.id,
            input: { position: 'POSITIVE', councilRespondedOn: '2026-11-20' },
          }),
        ),
      );
      const { won, conflicts } = outcome(results);
      expect(won).toHaveLength(1);
      for (const conflict of conflicts) expect(conflict.reason).toBe('POSITION_ALREADY_RECORDED');
      expect(await audits('advice_request', entry.id, 'recordCouncilPosition')).toBe(1);
    });

    it('keeps both the council’s position and the board’s decision when they act at the same time', async () => {
      const entry = await sent('Raad en bestuur tegelijk');
      const act = async (client: GraphQLClient, query: string, input: Record<string, unknown>) => {
        let version = entry.version;
        for (;;) {
          const result = await client.request(query, { id: entry.id, input: { ...input, version } });
          if (!result.errors) return;
          const conflict = result.errors[0]!.extensions as unknown as Conflict;
          expect(conflict.reason).toBe('STALE_VERSION');
          version = conflict.details.currentVersion;
        }
      };
      await Promise.all([
        act(council, POSITION, { position: 'NEGATIVE', councilRespondedOn: '2026-11-20' }),
        act(board, DECIDE, { decidedOn: '2026-11-21' }),
      ]);
      const { adviceRequest } = await board.ok(`query($id: ID!) { adviceRequest(id: $id) { ${ENTRY} } }`, {
        id: entry.id,
      });
      expect(adviceRequest).toMatchObject({
        status: 'DECIDED',
        councilPosition: 'NEGATIVE',
        decidedOn: '2026-11-21',
        version: entry.version + 2,
      });
    });
  });

  describe('indicators and activity reports', () => {
    it('lets exactly one of ten parallel indicator updates on one version win', async () => {
      const { indicators } = await admins[0]!.ok(
        `{ indicators(filter: { computed: false }, take: 1) { items { id version title } } }`,
      );
      const indicator = indicators.items[0];
      const results = await Promise.all(
        admins.map((client, i) =>
          client.request(
            `mutation($id: ID!, $input: UpdateIndicatorInput!) { updateIndicator(id: $id, input: $input) { id title version } }`,
            { id: indicator.id, input: { version: indicator.version, title: `Indicator ${i}` } },
          ),
        ),
      );
      const { won, conflicts } = outcome(results);
      expect(won).toHaveLength(1);
      const winner = won[0]!.data!.updateIndicator;
      expect(winner.version).toBe(indicator.version + 1);
      for (const conflict of conflicts)
        expect(conflict).toMatchObject({
          code: 'CONFLICT',
          reason: 'STALE_VERSION',
          field: 'input.version',
          details: { currentVersion: winner.version, current: { title: winner.title } },
        });
      expect(await audits('indicator', indicator.id, 'updateIndicator')).toBe(1);
    });

    it('lets exactly one of ten parallel report edits on one revision win', async () => {
      const { createActivity } = await core[0]!.ok(
        `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`,
        {
          input: {
            title: 'Bijeenkomst voor gelijktijdig verslag',
            form: 'PANEL',
            heldOn: '2026-11-01',
            level: 'RAADPLEGEN',
            participants: { youth: 3 },
            pillarIds: [pillarId],
          },
        },
      );
      const { createActivityReport: report } = await core[0]!.ok(
        `mutation($input: CreateActivityReportInput!) { createActivityReport(input: $input) { id revision } }`,
        { input: { activityId: createActivity.id, title: 'Verslag', body: 'Eerste tekst' } },
      );
      const results = await Promise.all(
        core.map((client, i) =>
          client.request(
            `mutation($id: ID!, $input: UpdateActivityReportInput!) { updateActivityReport(id: $id, input: $input) { id body revision } }`,
            { id: report.id, input: { revision: report.revision, body: `Tekst ${i}` } },
          ),
        ),
      );
      const { won, conflicts } = outcome(results);
      expect(won).toHaveLength(1);
      const winner = won[0]!.data!.updateActivityReport;
      expect(winner.revision).toBe(report.revision + 1);
      for (const conflict of conflicts)
        expect(conflict).toMatchObject({
          code: 'CONFLICT',
          reason: 'STALE_VERSION',
          field: 'input.revision',
          details: { currentVersion: winner.revision, current: { body: winner.body } },
        });
      // A status step on a stale revision is refused too.
      const stale = await core[0]!.request(
        `mutation($id: ID!, $input: SetActivityReportStatusInput!) { setActivityReportStatus(id: $id, input: $input) { id } }`,
        { id: report.id, input: { status: 'SENT_TO_PARTICIPANTS', revision: report.revision } },
      );
      expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
      expect(await audits('activity_report', report.id, 'updateActivityReport')).toBe(1);
    });
  });
});
