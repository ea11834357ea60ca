// PRODUCT.md §4: the public sees aggregates only of organisations that opted in to publication, an
// explicit per-organisation setting with its own audit row. Signed-in users keep seeing everything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PUBLISHING_MUNICIPALITY_CODES,
  PUBLISHING_PROVIDER_KEYS,
} from '../../../api/src/seed/demo-publication';
import { type TestApp, startTestApp } from '../../support/app';
import { GraphQLClient } from '../../support/graphql-client';
import { demoIds } from '../../support/register';

const FIGURES = `query($groupBy: FiguresGroupBy!, $filter: TimelinessFiguresFilter) {
  timelinessFigures(groupBy: $groupBy, filter: $filter) { key name entryCount ratedCount onTimeRate } }`;
const SET = `mutation($input: SetPublicationInput!) {
  setPublication(input: $input) { organisation id name publishAggregates } }`;
const STATS = `{ programmeStats {
  scope from today
  actionSummary { total open late regionWide lateMilestones }
  actionsByPillarStatus { pillarCode status count }
  activitySummary { activities participants regionWide withApprovedReport }
  activitiesByMonth { key activities }
  municipalities { cbsCode actions activities }
  pillars { code progress { value basedOn } }
} }`;

type Figure = { key: string; name: string; entryCount: number; ratedCount: number };

describe('publication opt-in: the public sees aggregates of consenting organisations only', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  let policy: GraphQLClient;
  let anonymous: GraphQLClient;
  let kompasroos: number;
  let mergelland: number;
  const figures = async (client: GraphQLClient, variables: Record<string, unknown>): Promise<Figure[]> =>
    (await client.ok(FIGURES, variables)).timelinessFigures;
  const sum = (rows: Figure[]) => rows.reduce((total, row) => total + row.entryCount, 0);
  const publishingProviderIds = async (): Promise<Set<string>> =>
    new Set(
      (await t.dataSource.query(`SELECT id::text AS id FROM provider WHERE publish_aggregates`)).map(
        (row: { id: string }) => row.id,
      ),
    );

  beforeAll(async () => {
    t = await startTestApp({ env: { TODAY: '2026-11-23' } });
    admin = new GraphQLClient(t.url);
    await admin.signIn('beheer@demo.example');
    policy = new GraphQLClient(t.url);
    await policy.signIn('beleid.maastricht@demo.example');
    anonymous = new GraphQLClient(t.url);
    const ids = demoIds(t.dataSource);
    kompasroos = await ids.provider('kompasroos');
    mergelland = await ids.provider('mergelland');
  });
  afterAll(async () => t.close());

  it('seeds a deterministic subset of organisations that opted in, visible on each organisation', async () => {
    const { providers } = await anonymous.ok(`{ providers(take: 200) { items { id publishAggregates } } }`);
    const published = providers.items.filter((p: { publishAggregates: boolean }) => p.publishAggregates);
    expect(published).toHaveLength(PUBLISHING_PROVIDER_KEYS.length);
    expect(published.length).toBeLessThan(providers.items.length);
    const { municipalities } = await anonymous.ok(
      `{ municipalities { items { cbsCode publishAggregates } } }`,
    );
    expect(
      municipalities.items
        .filter((m: { publishAggregates: boolean }) => m.publishAggregates)
        .map((m: { cbsCode: string }) => m.cbsCode)
        .sort(),
    ).toEqual([...PUBLISHING_MUNICIPALITY_CODES].sort());
  });

  it('counts for the public only the register entries of providers that opted in', async () => {
    const perProvider = await figures(admin, { groupBy: 'PROVIDER' });
    const publishing = await publishingProviderIds();
    const [publicRegion] = await figures(anonymous, { groupBy: 'REGION' });
    const [signedInRegion] = await figures(policy, { groupBy: 'REGION' });
    expect(publicRegion!.entryCount).toBe(sum(perProvider.filter((row) => publishing.has(row.key))));
    // Signed-in users keep seeing every provider.
    expect(signedInRegion!.entryCount).toBe(sum(perProvider));
    expect(publicRegion!.entryCount).toBeLessThan(signedInRegion!.entryCount);
    const publicMonths = await figures(anonymous, { groupBy: 'MONTH' });
    const signedInMonths = await figures(policy, { groupBy: 'MONTH' });
    expect(sum(publicMonths)).toBeLessThan(sum(signedInMonths));
  });

  it('gives the public provider and municipality rows only of organisations that opted in', async () => {
    const publishing = await publishingProviderIds();
    const providers = await figures(anonymous, { groupBy: 'PROVIDER' });
    expect(providers.length).toBeGreaterThan(5);
    for (const row of providers) expect(publishing.has(row.key)).toBe(true);
    expect(providers.map((row) => row.key)).toContain(String(mergelland));
    expect(providers.map((row) => row.key)).not.toContain(String(kompasroos));

    const municipalities = await figures(anonymous, { groupBy: 'MUNICIPALITY' });
    const codes: Array<{ id: string; cbsCode: string }> = await t.dataSource.query(
      `SELECT id::text AS id, cbs_code AS "cbsCode" FROM municipality`,
    );
    const cbs = new Map(codes.map((m) => [m.id, m.cbsCode]));
    expect(municipalities.map((row) => cbs.get(row.key)).sort()).toEqual(
      [...PUBLISHING_MUNICIPALITY_CODES].sort(),
    );
    // A municipality's public row counts only the consenting providers it contracts.
    const maastricht = municipalities.find((row) => cbs.get(row.key) === 'GM0935')!;
    const contracted = await figures(admin, {
      groupBy: 'PROVIDER',
      filter: { municipalityId: maastricht.key },
    });
    expect(maastricht.entryCount).toBe(sum(contracted.filter((row) => publishing.has(row.key))));
    expect((await figures(policy, { groupBy: 'MUNICIPALITY' })).length).toBe(16);
  });

  it('refuses the public the figures of a provider, council or municipality that did not opt in', async () => {
    const [council] = await t.dataSource.query(
      `SELECT id FROM client_council WHERE provider_id = $1 LIMIT 1`,
      [kompasroos],
    );
    const [kerkrade] = await t.dataSource.query(`SELECT id FROM municipality WHERE cbs_code = 'GM0928'`);
    for (const filter of [
      { providerId: String(kompasroos) },
      { councilId: String(council.id) },
      { municipalityId: String(kerkrade.id) },
    ]) {
      const refused = await anonymous.request(FIGURES, { groupBy: 'REGION', filter });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(refused.data).toBeNull();
      // The same question signed in is answered.
      expect(await figures(policy, { groupBy: 'REGION', filter })).toHaveLength(1);
    }
    expect(
      await figures(anonymous, { groupBy: 'REGION', filter: { providerId: String(mergelland) } }),
    ).toHaveLength(1);
  });

  it('records each publication decision with its own audit row and changes only the public figures', async () => {
    const [publicBefore] = await figures(anonymous, { groupBy: 'REGION' });
    const [signedInBefore] = await figures(policy, { groupBy: 'REGION' });
    const { setPublication } = await admin.ok(SET, {
      input: { organisation: 'PROVIDER', id: String(kompasroos), publishAggregates: true },
    });
    expect(setPublication).toMatchObject({ organisation: 'PROVIDER', publishAggregates: true });
    const [kompasroosOnly] = await figures(admin, {
      groupBy: 'REGION',
      filter: { providerId: String(kompasroos) },
    });
    const [publicAfter] = await figures(anonymous, { groupBy: 'REGION' });
    expect(publicAfter!.entryCount).toBe(publicBefore!.entryCount + kompasroosOnly!.entryCount);
    expect((await figures(policy, { groupBy: 'REGION' }))[0]).toEqual(signedInBefore);

    await admin.ok(SET, {
      input: { organisation: 'PROVIDER', id: String(kompasroos), publishAggregates: false },
    });
    expect((await figures(anonymous, { groupBy: 'REGION' }))[0]).toEqual(publicBefore);

    const { auditLog } = await admin.ok(
      `query($id: String!) { auditLog(filter: { entity: "provider", entityId: $id }) {
         items { operation role oldValues newValues } } }`,
      { id: String(kompasroos) },
    );
    expect(auditLog.items.slice(0, 2)).toEqual([
      {
        operation: 'setPublication',
        role: 'ADMIN',
        oldValues: { publishAggregates: true },
        newValues: { publishAggregates: false },
      },
      {
        operation: 'setPublication',
        role: 'ADMIN',
        oldValues: { publishAggregates: false },
        newValues: { publishAggregates: true },
      },
    ]);
  });

  it('refuses setPublication to anyone but the admin, and an unknown organisation', async () => {
    const board = new GraphQLClient(t.url);
    await board.signIn('bestuur.mergelland@demo.example');
    const input = { organisation: 'PROVIDER', id: String(mergelland), publishAggregates: false };
    expect((await board.request(SET, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await anonymous.request(SET, { input })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const unknown = await admin.request(SET, { input: { ...input, id: '999999' } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  describe('programme figures', () => {
    it('shows the public only the municipalities that opted in, signed-in users all sixteen', async () => {
      const open = (await anonymous.ok(STATS)).programmeStats;
      const signedIn = (await policy.ok(STATS)).programmeStats;
      expect(open.scope).toBe('PUBLISHED');
      expect(open.municipalities.map((m: { cbsCode: string }) => m.cbsCode).sort()).toEqual(
        [...PUBLISHING_MUNICIPALITY_CODES].sort(),
      );
      expect(signedIn.municipalities).toHaveLength(16);
    });

    it('counts for the public approved activities held region-wide or in a consenting municipality', async () => {
      const open = (await anonymous.ok(STATS)).programmeStats;
      const [expected] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM participation_activity x
          WHERE x.held_on BETWEEN $1::date AND $2::date
            AND EXISTS (SELECT 1 FROM activity_report r WHERE r.activity_id = x.id
                         AND r.status IN ('APPROVED_BY_PARTICIPANTS', 'SHARED_WITH_REGION'))
            AND (x.municipality_id IS NULL
                 OR x.municipality_id IN (SELECT id FROM municipality WHERE publish_aggregates))`,
        [open.from, open.today],
      );
      expect(open.activitySummary.activities).toBe(expected.n);
      expect(
        open.activitiesByMonth.reduce((n: number, m: { activities: number }) => n + m.activities, 0),
      ).toBe(expected.n);
    });

    it('counts for the public actions that are region-wide or involve only consenting municipalities', async () => {
      const open = (await anonymous.ok(STATS)).programmeStats;
      const signedIn = (await policy.ok(STATS)).programmeStats;
      const [expected] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM action a
          WHERE a.region_wide OR NOT EXISTS (
            SELECT 1 FROM action_municipality am JOIN municipality m ON m.id = am.municipality_id
             WHERE am.action_id = a.id AND NOT m.publish_aggregates)`,
      );
      const [all] = await t.dataSource.query(`SELECT count(*)::int AS n FROM action`);
      expect(open.actionSummary.total).toBe(expected.n);
      expect(open.actionSummary.total).toBeLessThan(all.n);
      expect(signedIn.actionSummary.total).toBe(all.n);
      const counted = (rows: Array<{ count: number }>) => rows.reduce((n, row) => n + row.count, 0);
      expect(counted(open.actionsByPillarStatus)).toBe(expected.n);
      expect(counted(signedIn.actionsByPillarStatus)).toBe(all.n);
    });

    it('moves the public figures when a municipality withdraws, and leaves the signed-in figures alone', async () => {
      const openBefore = (await anonymous.ok(STATS)).programmeStats;
      const signedInBefore = (await policy.ok(STATS)).programmeStats;
      // A consenting municipality with public activities and the most public actions.
      const busiest = openBefore.municipalities
        .filter((m: { activities: number }) => m.activities > 0)
        .sort((a: { actions: number }, b: { actions: number }) => b.actions - a.actions)[0] as {
        cbsCode: string;
        activities: number;
        actions: number;
      };
      expect(busiest.activities).toBeGreaterThan(0);
      expect(busiest.actions).toBeGreaterThan(0);
      const [withdrawing] = await t.dataSource.query(`SELECT id FROM municipality WHERE cbs_code = $1`, [
        busiest.cbsCode,
      ]);
      await admin.ok(SET, {
        input: { organisation: 'MUNICIPALITY', id: String(withdrawing.id), publishAggregates: false },
      });
      const openAfter = (await anonymous.ok(STATS)).programmeStats;
      expect(openAfter.municipalities.map((m: { cbsCode: string }) => m.cbsCode)).not.toContain(
        busiest.cbsCode,
      );
      expect(openAfter.activitySummary.activities).toBeLessThan(openBefore.activitySummary.activities);
      expect(openAfter.actionSummary.total).toBeLessThan(openBefore.actionSummary.total);
      expect((await policy.ok(STATS)).programmeStats).toEqual(signedInBefore);
      await admin.ok(SET, {
        input: { organisation: 'MUNICIPALITY', id: String(withdrawing.id), publishAggregates: true },
      });
      expect((await anonymous.ok(STATS)).programmeStats).toEqual(openBefore);
    });
  });
});
