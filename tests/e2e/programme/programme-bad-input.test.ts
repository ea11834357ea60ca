import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_REFERENCE_DATE } from '../../../api/src/seed/reference-date';
import { type TestApp, startTestApp } from '../../support/app';
import { tableCounts } from '../../support/database';
import { GraphQLClient } from '../../support/graphql-client';

// Every refusal names a code and the field at fault, and writes nothing (row counts of every table
// before and after are equal, the audit trail included).

describe('the regional programme refuses bad input and writes nothing', () => {
  let t: TestApp;
  let core: GraphQLClient;
  let admin: GraphQLClient;
  let officer: GraphQLClient;
  let ids: {
    p2: string;
    goal: string;
    maastrichtIndicator: string;
    heerlenIndicator: string;
    computedIndicator: string;
    actions: Array<{ id: string; version: number }>;
    approvedReport: string;
    draftReport: string;
    maastricht: string;
  };

  beforeAll(async () => {
    t = await startTestApp({ env: { TODAY: DEMO_REFERENCE_DATE } });
    core = new GraphQLClient(t.url);
    admin = new GraphQLClient(t.url);
    officer = new GraphQLClient(t.url);
    await core.signIn('kerngroep@demo.example');
    await admin.signIn('beheer@demo.example');
    await officer.signIn('beleid.maastricht@demo.example');
    const data = await core.ok(`{
      pillars { id code goals { id } }
      maastricht: municipality(cbsCode: "GM0935") { id }
      heerlen: municipality(cbsCode: "GM0917") { id }
      indicators(take: 200) { items { id computed municipality { cbsCode } } }
      actions(take: 3, filter: { statuses: [IN_PROGRESS], topLevelOnly: true }) { items { id version } }
      activities(take: 200) { items { reports { id status } } }
    }`);
    const indicator = (cbs: string) =>
      data.indicators.items.find((i: any) => i.municipality?.cbsCode === cbs).id as string;
    const reports = data.activities.items.flatMap((a: any) => a.reports);
    ids = {
      p2: data.pillars[1].id,
      goal: data.pillars[1].goals[0].id,
      maastrichtIndicator: indicator('GM0935'),
      heerlenIndicator: indicator('GM0917'),
      computedIndicator: data.indicators.items.find((i: any) => i.computed).id,
      actions: data.actions.items,
      approvedReport: reports.find((r: any) => r.status === 'APPROVED_BY_PARTICIPANTS').id,
      draftReport: reports.find((r: any) => r.status === 'DRAFT').id,
      maastricht: data.maastricht.id,
    };
  });
  afterAll(async () => t.close());

  async function refused(
    client: () => GraphQLClient,
    query: string,
    variables: () => Record<string, unknown>,
    expected: { code: string; reason?: string; field?: string },
  ) {
    const before = await tableCounts(t.dataSource);
    const result = await client().request(query, variables());
    expect(result.errors?.[0]?.extensions).toMatchObject(expected);
    expect(result.data ?? null).toBeNull();
    expect(await tableCounts(t.dataSource)).toEqual(before);
    return result.errors![0]!;
  }

  const action = (input: Record<string, unknown>) => ({
    input: {
      pillarId: ids.p2,
      title: 'Testactie',
      leadOrganisation: 'Kerngroep',
      regionWide: true,
      ...input,
    },
  });
  const CREATE_ACTION = `mutation($input: CreateActionInput!) { createAction(input: $input) { id } }`;
  const UPDATE_ACTION = `mutation($id: ID!, $input: UpdateActionInput!) { updateAction(id: $id, input: $input) { id } }`;
  const CREATE_INDICATOR = `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`;
  const RECORD = `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id } }`;
  const DEPEND = `mutation($input: ActionDependencyInput!) { addActionDependency(input: $input) { blocker { id } } }`;
  const BULK = `mutation($input: BulkSetActionStatusInput!) { bulkSetActionStatus(input: $input) { id } }`;
  const ACTIVITY = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`;
  const indicatorInput = (input: Record<string, unknown>) => ({
    input: {
      goalId: ids.goal,
      title: 'Testindicator',
      unit: 'PERCENT',
      direction: 'HIGHER_IS_BETTER',
      baselineValue: 40,
      baselineOn: '2024-01-01',
      targetValue: 80,
      targetOn: '2027-12-31',
      ...input,
    },
  });
  const measurement = (input: Record<string, unknown>) => ({
    input: {
      indicatorId: ids.maastrichtIndicator,
      measuredOn: '2026-11-20',
      value: 3,
      unit: 'PER_10000_INHABITANTS',
      source: 'Test',
      ...input,
    },
  });

  it('an action due before it starts: DUE_BEFORE_START on input.dueOn', async () => {
    await refused(
      () => core,
      CREATE_ACTION,
      () => action({ startOn: '2026-12-01', dueOn: '2026-11-30' }),
      {
        code: 'BAD_USER_INPUT',
        reason: 'DUE_BEFORE_START',
        field: 'input.dueOn',
      },
    );
  });

  it('an update that moves the due date before the start: DUE_BEFORE_START', async () => {
    const { action: current } = await core.ok(`query($id: ID!) { action(id: $id) { version startOn } }`, {
      id: ids.actions[0]!.id,
    });
    await refused(
      () => core,
      UPDATE_ACTION,
      () => ({ id: ids.actions[0]!.id, input: { version: current.version, dueOn: '2000-01-01' } }),
      { code: 'BAD_USER_INPUT', reason: 'DUE_BEFORE_START', field: 'input.dueOn' },
    );
  });

  it.each([101, -1, 100.5])(
    'manual progress %s: PROGRESS_OUT_OF_RANGE on input.manualProgress',
    async (value) => {
      await refused(
        () => core,
        CREATE_ACTION,
        () => action({ manualProgress: value }),
        {
          code: 'BAD_USER_INPUT',
          reason: 'PROGRESS_OUT_OF_RANGE',
          field: 'input.manualProgress',
        },
      );
    },
  );

  it('a target equal to the baseline: TARGET_EQUALS_BASELINE on input.targetValue', async () => {
    await refused(
      () => admin,
      CREATE_INDICATOR,
      () => indicatorInput({ targetValue: 40 }),
      {
        code: 'BAD_USER_INPUT',
        reason: 'TARGET_EQUALS_BASELINE',
        field: 'input.targetValue',
      },
    );
  });

  it('a target on the wrong side of the baseline: TARGET_WRONG_SIDE_OF_BASELINE', async () => {
    await refused(
      () => admin,
      CREATE_INDICATOR,
      () => indicatorInput({ direction: 'LOWER_IS_BETTER' }),
      { code: 'BAD_USER_INPUT', reason: 'TARGET_WRONG_SIDE_OF_BASELINE', field: 'input.targetValue' },
    );
  });

  it('a measurement in another unit than the indicator’s: UNIT_MISMATCH on input.unit', async () => {
    await refused(
      () => officer,
      RECORD,
      () => measurement({ unit: 'PERCENT' }),
      {
        code: 'BAD_USER_INPUT',
        reason: 'UNIT_MISMATCH',
        field: 'input.unit',
      },
    );
  });

  it('a manual measurement of a computed indicator: COMPUTED_INDICATOR', async () => {
    await refused(
      () => admin,
      RECORD,
      () => measurement({ indicatorId: ids.computedIndicator, unit: 'PERCENT' }),
      { code: 'BAD_USER_INPUT', reason: 'COMPUTED_INDICATOR', field: 'input.indicatorId' },
    );
  });

  it('a policy officer measuring for another municipality: FORBIDDEN', async () => {
    await refused(
      () => officer,
      RECORD,
      () => measurement({ indicatorId: ids.heerlenIndicator }),
      {
        code: 'FORBIDDEN',
      },
    );
  });

  it('a policy officer creating an indicator for another municipality: FORBIDDEN', async () => {
    const heerlen = (await core.ok(`{ municipality(cbsCode: "GM0917") { id } }`)).municipality.id;
    await refused(
      () => officer,
      CREATE_INDICATOR,
      () => indicatorInput({ municipalityId: heerlen }),
      {
        code: 'FORBIDDEN',
      },
    );
  });

  it('a dependency that closes a cycle: DEPENDENCY_CYCLE naming the path', async () => {
    const [a, b, c] = ids.actions.map((x) => x.id) as [string, string, string];
    await core.ok(DEPEND, { input: { blockerId: a, blockedId: b } });
    await core.ok(DEPEND, { input: { blockerId: b, blockedId: c } });
    const error = await refused(
      () => core,
      DEPEND,
      () => ({ input: { blockerId: c, blockedId: a } }),
      {
        code: 'BAD_USER_INPUT',
        reason: 'DEPENDENCY_CYCLE',
        field: 'input.blockerId',
      },
    );
    expect(error.extensions!.details).toEqual({ path: [c, a, b, c] });
    expect(error.message).toContain(`#${c} → #${a} → #${b} → #${c}`);
  });

  it('an action depending on itself: DEPENDENCY_CYCLE', async () => {
    const a = ids.actions[0]!.id;
    const error = await refused(
      () => core,
      DEPEND,
      () => ({ input: { blockerId: a, blockedId: a } }),
      {
        code: 'BAD_USER_INPUT',
        reason: 'DEPENDENCY_CYCLE',
        field: 'input.blockerId',
      },
    );
    expect(error.extensions!.details).toEqual({ path: [a, a] });
  });

  it('editing an approved report: REPORT_NOT_EDITABLE', async () => {
    await refused(
      () => core,
      `mutation($id: ID!) { updateActivityReport(id: $id, input: { body: "Nieuwe tekst" }) { id } }`,
      () => ({ id: ids.approvedReport }),
      { code: 'BAD_USER_INPUT', reason: 'REPORT_NOT_EDITABLE', field: 'id' },
    );
  });

  it('skipping participant approval: INVALID_TRANSITION on input.status', async () => {
    await refused(
      () => core,
      `mutation($id: ID!) { setActivityReportStatus(id: $id, input: { status: SHARED_WITH_REGION }) { id } }`,
      () => ({ id: ids.draftReport }),
      { code: 'BAD_USER_INPUT', reason: 'INVALID_TRANSITION', field: 'input.status' },
    );
  });

  it('negative participant counts: NEGATIVE_PARTICIPANTS naming the kind', async () => {
    await refused(
      () => core,
      ACTIVITY,
      () => ({
        input: {
          title: 'Panel',
          form: 'PANEL',
          heldOn: '2026-11-01',
          pillarIds: [ids.p2],
          participants: { youth: 4, parents: -2 },
          level: 'RAADPLEGEN',
        },
      }),
      { code: 'BAD_USER_INPUT', reason: 'NEGATIVE_PARTICIPANTS', field: 'input.participants.parents' },
    );
  });

  it('an activity without a pillar: PILLAR_REQUIRED', async () => {
    await refused(
      () => core,
      ACTIVITY,
      () => ({
        input: {
          title: 'Panel',
          form: 'PANEL',
          heldOn: '2026-11-01',
          pillarIds: [],
          participants: {},
          level: 'RAADPLEGEN',
        },
      }),
      { code: 'BAD_USER_INPUT', reason: 'PILLAR_REQUIRED', field: 'input.pillarIds' },
    );
  });

  it('a region-wide action with municipalities: REGION_WIDE_WITH_MUNICIPALITIES', async () => {
    await refused(
      () => core,
      CREATE_ACTION,
      () => action({ municipalityIds: [ids.maastricht] }),
      {
        code: 'BAD_USER_INPUT',
        reason: 'REGION_WIDE_WITH_MUNICIPALITIES',
        field: 'input.municipalityIds',
      },
    );
  });

  it('a bulk status change with one unknown action changes none of them', async () => {
    const before = await core.ok(`{ actions(take: 10, filter: { statuses: [IN_PROGRESS] }) { totalItems } }`);
    await refused(
      () => core,
      BULK,
      () => ({
        input: {
          status: 'DONE',
          items: [ids.actions[0], { id: '999999', version: 1 }, ids.actions[2]],
        },
      }),
      { code: 'NOT_FOUND', field: 'input.items[1].id' },
    );
    const after = await core.ok(`{ actions(take: 10, filter: { statuses: [IN_PROGRESS] }) { totalItems } }`);
    expect(after.actions.totalItems).toBe(before.actions.totalItems);
  });

  it('a bulk status change with one outdated version changes none of them', async () => {
    const fresh = await core.ok(
      `query($a: ID!, $b: ID!) { a: action(id: $a) { id version } b: action(id: $b) { id version } }`,
      { a: ids.actions[1]!.id, b: ids.actions[2]!.id },
    );
    await refused(
      () => core,
      BULK,
      () => ({
        input: { status: 'DROPPED', items: [fresh.a, { id: fresh.b.id, version: fresh.b.version - 1 }] },
      }),
      { code: 'CONFLICT', reason: 'STALE_VERSION', field: 'input.items[1].version' },
    );
  });

  it('a bulk status change naming an action twice: DUPLICATE_ITEM', async () => {
    await refused(
      () => core,
      BULK,
      () => ({ input: { status: 'DONE', items: [ids.actions[0], ids.actions[0]] } }),
      { code: 'BAD_USER_INPUT', reason: 'DUPLICATE_ITEM', field: 'input.items[1].id' },
    );
  });
});
