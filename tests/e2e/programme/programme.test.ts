import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, HOW_CALCULATED, PILLARS, STATUS_PROGRESS_SHARE } from '@pm/domain';
import { DEMO_MEMBERS } from '../../../api/src/seed/demo-programme';
import { PUBLISHING_MUNICIPALITY_CODES } from '../../../api/src/seed/demo-publication';
import { DEMO_REFERENCE_DATE } from '../../../api/src/seed/reference-date';
import { type TestApp, startTestApp } from '../../support/app';
import { GraphQLClient } from '../../support/graphql-client';

const TODAY = DEMO_REFERENCE_DATE;

const ACTION_FIELDS = `id title status version late manualProgress dueOn startOn regionWide
  progress { value basedOn rule explanation }
  municipalities { cbsCode } owners { name } responsible { name }`;

describe('the regional programme over GraphQL', () => {
  let t: TestApp;
  let publicClient: GraphQLClient;
  let admin: GraphQLClient;
  let core: GraphQLClient;
  let officer: GraphQLClient;
  let council: GraphQLClient;
  let ids: {
    pillars: Record<string, string>;
    goal: string;
    maastricht: string;
    heerlen: string;
    member: string;
  };

  beforeAll(async () => {
    t = await startTestApp({ env: { TODAY } });
    publicClient = new GraphQLClient(t.url);
    admin = new GraphQLClient(t.url);
    core = new GraphQLClient(t.url);
    officer = new GraphQLClient(t.url);
    council = new GraphQLClient(t.url);
    await admin.signIn('beheer@demo.example');
    await core.signIn('kerngroep@demo.example');
    await officer.signIn('beleid.maastricht@demo.example');
    await council.signIn('raad.mergelland@demo.example');
    const data = await core.ok(`{
      pillars { id code goals { id } }
      maastricht: municipality(cbsCode: "GM0935") { id }
      heerlen: municipality(cbsCode: "GM0917") { id }
      coreGroupMembers { id }
    }`);
    ids = {
      pillars: Object.fromEntries(data.pillars.map((p: { code: string; id: string }) => [p.code, p.id])),
      goal: data.pillars[1].goals[0].id,
      maastricht: data.maastricht.id,
      heerlen: data.heerlen.id,
      member: data.coreGroupMembers[0].id,
    };
  });
  afterAll(async () => t.close());

  const createAction = (client: GraphQLClient, input: Record<string, unknown>) =>
    client.ok(`mutation($input: CreateActionInput!) { createAction(input: $input) { ${ACTION_FIELDS} } }`, {
      input: {
        pillarId: ids.pillars.P2,
        leadOrganisation: 'Jeugdhulp Zuid-Limburg',
        regionWide: true,
        ...input,
      },
    });

  describe('the public', () => {
    it('reads the pillars with their exact titles and progress, explained, without any name or email', async () => {
      const result = await publicClient.request(`{
        programmeStats {
          scope today
          pillars { code title titleEn progress { value basedOn rule explanation explanationEn } }
          actionSummary { total late dueThisMonth lateMilestones }
          actionsByPillarStatus { pillarCode status count late }
          activitySummary { activities participants feedbackShare withApprovedReport }
          activitiesByForm { key activities participants }
          municipalities { cbsCode activities activitiesPer10000 actions }
          pillarProgressOverTime { on pillarCode value basedOn }
        }
      }`);
      expect(result.errors).toBeUndefined();
      const stats = result.data!.programmeStats;
      expect(stats.scope).toBe('PUBLISHED');
      expect(stats.today).toBe(TODAY);
      expect(stats.pillars.map((p: { title: string }) => p.title)).toEqual(PILLARS.map((p) => p.title.nl));
      for (const pillar of stats.pillars) {
        expect(pillar.progress.value).toBeGreaterThan(0);
        expect(pillar.progress.explanation).toBe(HOW_CALCULATED.pillar.nl);
      }
      expect(stats.actionsByPillarStatus).toHaveLength(18);
      // Only activities with an approved report count for the public.
      expect(stats.activitySummary.activities).toBe(stats.activitySummary.withApprovedReport);
      // Only the municipalities that opted in to publication.
      expect(stats.municipalities).toHaveLength(PUBLISHING_MUNICIPALITY_CODES.length);
      expect(stats.pillarProgressOverTime).toHaveLength(24 * 3);
      const json = JSON.stringify(result.data);
      for (const member of DEMO_MEMBERS) {
        expect(json).not.toContain(member.name);
        expect(json).not.toContain(member.email);
      }
    });

    it('counts more activities for a signed-in user than for the public', async () => {
      const q = `{ programmeStats { scope activitySummary { activities } } }`;
      const [open, signedIn] = await Promise.all([publicClient.ok(q), council.ok(q)]);
      expect(signedIn.programmeStats.scope).toBe('ALL');
      expect(signedIn.programmeStats.activitySummary.activities).toBeGreaterThan(
        open.programmeStats.activitySummary.activities,
      );
    });

    it('reads the calculation rules, but no actions, activities, indicators or core group', async () => {
      const rules = await publicClient.ok(
        `{ programmeRules { statusShares { status share } explanations { rule nl } } }`,
      );
      expect(rules.programmeRules.statusShares).toContainEqual({
        status: 'BLOCKED',
        share: STATUS_PROGRESS_SHARE.BLOCKED,
      });
      for (const query of [
        `{ coreGroupMembers { name email } }`,
        `{ actions { items { id } } }`,
        `{ activities { items { id } } }`,
        `{ pillars { id } }`,
        `{ indicators { items { id } } }`,
        `{ lateActions { items { id } } }`,
      ]) {
        const result = await publicClient.request(query);
        expect(result.errors?.[0]?.extensions?.code, query).toBe('UNAUTHENTICATED');
        expect(result.data ?? null).toBeNull();
      }
    });
  });

  describe('signed-in users', () => {
    it('read the whole programme tree with progress and "hoe berekend" at every level', async () => {
      const { pillars } = await council.ok(`{
        pillars {
          code progress { value basedOn rule }
          goals {
            title progress { value basedOn rule explanation }
            indicators { title computed unit progress { value basedOn explanation } latest { on value provisional } series { on value } }
            actions { id progress { value rule } }
          }
        }
      }`);
      expect(pillars).toHaveLength(3);
      const indicators = pillars.flatMap((p: any) => p.goals.flatMap((g: any) => g.indicators));
      const computed = indicators.find((i: any) => i.computed);
      expect(computed.latest.on).toBe(TODAY);
      expect(computed.series.length).toBeGreaterThan(24);
      expect(computed.progress.explanation).toContain('art. 3 Wmcz 2018');
      const unmeasured = indicators.find((i: any) => !i.computed && i.latest === null);
      expect(unmeasured.progress).toEqual({
        value: null,
        basedOn: 0,
        explanation: HOW_CALCULATED.indicator.nl,
      });
      for (const goal of pillars.flatMap((p: any) => p.goals)) expect(goal.progress.rule).toBe('goal');
      // The per-object pillar figures match the public SQL figures.
      const stats = await council.ok(`{ programmeStats { pillars { code progress { value basedOn } } } }`);
      for (const pillar of pillars) {
        const figure = stats.programmeStats.pillars.find((p: any) => p.code === pillar.code);
        expect(figure.progress.basedOn).toBe(pillar.progress.basedOn);
        expect(figure.progress.value).toBeCloseTo(pillar.progress.value, 9);
      }
    });

    it('see core group names and emails', async () => {
      const { coreGroupMembers } = await council.ok(`{ coreGroupMembers { name email seat organisation } }`);
      expect(coreGroupMembers.map((m: { name: string }) => m.name).sort()).toEqual(
        DEMO_MEMBERS.map((m) => m.name).sort(),
      );
    });

    it('see reports outside the core group only once participants approved them', async () => {
      const q = `{ activities(take: 200) { items { id reports { id status } report { status } } } }`;
      const [coreView, councilView] = await Promise.all([core.ok(q), council.ok(q)]);
      const coreStatuses = new Set(
        coreView.activities.items.flatMap((a: any) => a.reports.map((r: any) => r.status)),
      );
      expect(coreStatuses).toContain('DRAFT');
      expect(coreStatuses).toContain('SENT_TO_PARTICIPANTS');
      for (const activity of councilView.activities.items) {
        for (const report of activity.reports)
          expect(['APPROVED_BY_PARTICIPANTS', 'SHARED_WITH_REGION']).toContain(report.status);
      }
      const draft = coreView.activities.items
        .flatMap((a: any) => a.reports)
        .find((r: any) => r.status === 'DRAFT');
      expect(
        (await core.ok(`query($id: ID!) { activityReport(id: $id) { status } }`, { id: draft.id }))
          .activityReport,
      ).toEqual({ status: 'DRAFT' });
      const hidden = await council.request(`query($id: ID!) { activityReport(id: $id) { body } }`, {
        id: draft.id,
      });
      expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('the core group', () => {
    it('plans an action with owners, municipalities, a milestone, sub-actions and an activity it came from', async () => {
      const { activities } = await core.ok(`{ activities(take: 1) { items { id } } }`);
      const parent = (
        await createAction(core, {
          title: 'Jongerentop 2027 organiseren',
          goalId: ids.goal,
          regionWide: false,
          municipalityIds: [ids.maastricht, ids.heerlen],
          responsibleMemberId: ids.member,
          ownerIds: [ids.member],
          startOn: '2026-11-01',
          dueOn: '2027-03-01',
          status: 'PLANNED',
          activityIds: [activities.items[0].id],
        })
      ).createAction;
      expect(parent).toMatchObject({
        status: 'PLANNED',
        version: 1,
        late: false,
        progress: { value: STATUS_PROGRESS_SHARE.PLANNED, basedOn: 1, rule: 'action' },
      });
      expect(parent.municipalities.map((m: { cbsCode: string }) => m.cbsCode).sort()).toEqual([
        'GM0917',
        'GM0935',
      ]);

      const sub = async (title: string, status: string, weight: number) =>
        (await createAction(core, { title, parentId: parent.id, status, weight })).createAction;
      await sub('Locatie vastleggen', 'DONE', 1);
      await sub('Programma met jongeren maken', 'IN_PROGRESS', 3);
      await core.ok(
        `mutation($input: CreateActionMilestoneInput!) { createActionMilestone(input: $input) { id late } }`,
        { input: { actionId: parent.id, title: 'Datum en locatie bekend', dueOn: '2026-12-15' } },
      );
      const { action } = await core.ok(
        `query($id: ID!) { action(id: $id) {
           progress { value basedOn rule explanation } subActions { title goal { id } }
           milestones { title dueOn late } activities { id } goal { id } } }`,
        { id: parent.id },
      );
      // Parent = weighted mean of its sub-actions: (1 × 100 + 3 × 50) / 4.
      expect(action.progress).toEqual({
        value: 62.5,
        basedOn: 2,
        rule: 'parentAction',
        explanation: HOW_CALCULATED.parentAction.nl,
      });
      expect(action.subActions.map((s: any) => s.goal.id)).toEqual([ids.goal, ids.goal]);
      expect(action.milestones).toEqual([
        { title: 'Datum en locatie bekend', dueOn: '2026-12-15', late: false },
      ]);
      expect(action.activities).toEqual([{ id: activities.items[0].id }]);
    });

    it('changes status and progress with the current version and keeps the history of who, when, from and to', async () => {
      const created = (
        await createAction(core, { title: 'Klankbordgroep Westelijke Mijnstreek', status: 'IDEA' })
      ).createAction;
      const q = `mutation($id: ID!, $input: UpdateActionInput!) { updateAction(id: $id, input: $input) { version status manualProgress progress { value rule } } }`;
      const first = await core.ok(q, { id: created.id, input: { version: 1, status: 'IN_PROGRESS' } });
      expect(first.updateAction).toMatchObject({
        version: 2,
        status: 'IN_PROGRESS',
        progress: { value: 50 },
      });
      const second = await core.ok(q, { id: created.id, input: { version: 2, manualProgress: 70 } });
      expect(second.updateAction).toMatchObject({
        version: 3,
        manualProgress: 70,
        progress: { value: 70, rule: 'action' },
      });
      const stale = await core.request(q, { id: created.id, input: { version: 2, status: 'DONE' } });
      expect(stale.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'STALE_VERSION',
        field: 'input.version',
        details: { currentVersion: 3, current: { id: created.id, version: 3, manualProgress: 70 } },
      });

      const { action } = await core.ok(
        `query($id: ID!) { action(id: $id) { history { statusFrom statusTo manualProgressFrom manualProgressTo changedBy changedAt } } }`,
        { id: created.id },
      );
      expect(action.history.map(({ changedAt: _, ...rest }: any) => rest)).toEqual([
        {
          statusFrom: null,
          statusTo: 'IDEA',
          manualProgressFrom: null,
          manualProgressTo: null,
          changedBy: 'Demo Kerngroeplid',
        },
        {
          statusFrom: 'IDEA',
          statusTo: 'IN_PROGRESS',
          manualProgressFrom: null,
          manualProgressTo: null,
          changedBy: 'Demo Kerngroeplid',
        },
        {
          statusFrom: 'IN_PROGRESS',
          statusTo: 'IN_PROGRESS',
          manualProgressFrom: null,
          manualProgressTo: 70,
          changedBy: 'Demo Kerngroeplid',
        },
      ]);
    });

    it('computes lateness from the dates and lists late and soon-due actions for the weekly view', async () => {
      const late = (
        await createAction(core, {
          title: 'Terugkoppeling focusgroepen afronden',
          status: 'IN_PROGRESS',
          startOn: addDays(TODAY, -40),
          dueOn: addDays(TODAY, -1),
        })
      ).createAction;
      const dueToday = (
        await createAction(core, { title: 'Verslag netwerkdag versturen', status: 'PLANNED', dueOn: TODAY })
      ).createAction;
      expect(late.late).toBe(true);
      expect(dueToday.late).toBe(false);
      const week = await core.ok(`{
        lateActions(take: 200) { totalItems items { id late } }
        actionsDueWithin(days: 7, take: 200) { items { id dueOn } }
        lateMilestones(take: 200) { totalItems items { late action { id } } }
        programmeStats { actionSummary { late dueWithin7Days } }
      }`);
      expect(week.lateActions.items.map((a: { id: string }) => a.id)).toContain(late.id);
      expect(week.lateActions.items.every((a: { late: boolean }) => a.late)).toBe(true);
      expect(week.programmeStats.actionSummary.late).toBe(week.lateActions.totalItems);
      expect(week.actionsDueWithin.items.map((a: { id: string }) => a.id)).toContain(dueToday.id);
      expect(week.actionsDueWithin.items.map((a: { id: string }) => a.id)).not.toContain(late.id);
      expect(week.lateMilestones.totalItems).toBeGreaterThan(0);
      // Done is never late, whatever the date.
      const done = await core.ok(
        `mutation($id: ID!, $input: UpdateActionInput!) { updateAction(id: $id, input: $input) { late } }`,
        { id: late.id, input: { version: late.version, status: 'DONE' } },
      );
      expect(done.updateAction.late).toBe(false);
    });

    it('records dependencies in both directions and changes a selection of statuses at once', async () => {
      const a = (await createAction(core, { title: 'Budget aanvragen', status: 'IN_PROGRESS' })).createAction;
      const b = (await createAction(core, { title: 'Trainers inhuren', status: 'PLANNED' })).createAction;
      const dependency = await core.ok(
        `mutation($input: ActionDependencyInput!) { addActionDependency(input: $input) { blocker { id } blocked { id } } }`,
        { input: { blockerId: a.id, blockedId: b.id } },
      );
      expect(dependency.addActionDependency).toEqual({ blocker: { id: a.id }, blocked: { id: b.id } });
      const view = await core.ok(
        `query($a: ID!, $b: ID!) { a: action(id: $a) { blocks { id } } b: action(id: $b) { blockedBy { id } } }`,
        { a: a.id, b: b.id },
      );
      expect(view).toEqual({ a: { blocks: [{ id: b.id }] }, b: { blockedBy: [{ id: a.id }] } });

      const bulk = await core.ok(
        `mutation($input: BulkSetActionStatusInput!) { bulkSetActionStatus(input: $input) { id status version } }`,
        { input: { status: 'BLOCKED', items: [a, b].map((x) => ({ id: x.id, version: x.version })) } },
      );
      expect(bulk.bulkSetActionStatus).toEqual([
        { id: a.id, status: 'BLOCKED', version: 2 },
        { id: b.id, status: 'BLOCKED', version: 2 },
      ]);
    });

    it('takes a report from draft through participant approval to the region, then supersedes it', async () => {
      const { createActivity } = await core.ok(
        `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id regionWide participants { total } pillars { code } } }`,
        {
          input: {
            title: 'Focusgroep jongeren in gezinshuizen – Maastricht',
            form: 'FOCUS_GROUP',
            heldOn: addDays(TODAY, -20),
            municipalityId: ids.maastricht,
            pillarIds: [ids.pillars.P3],
            participants: { youth: 7, parents: 2, professionals: 1, other: 0 },
            level: 'RAADPLEGEN',
          },
        },
      );
      expect(createActivity).toMatchObject({
        regionWide: false,
        participants: { total: 10 },
        pillars: [{ code: 'P3' }],
      });
      const { createActivityReport: report } = await core.ok(
        `mutation($input: CreateActivityReportInput!) { createActivityReport(input: $input) { id status version editable } }`,
        {
          input: {
            activityId: createActivity.id,
            title: 'Verslag focusgroep',
            body: 'Wat jongeren vertelden.',
          },
        },
      );
      expect(report).toMatchObject({ status: 'DRAFT', version: 1, editable: true });
      const step = (id: string, status: string) =>
        core.ok(
          `mutation($id: ID!, $input: SetActivityReportStatusInput!) { setActivityReportStatus(id: $id, input: $input) { status sentOn approvedOn editable visibleToRegion } }`,
          { id, input: { status } },
        );
      const councilSees = async () =>
        (
          await council.ok(`query($id: ID!) { activity(id: $id) { report { id version status } } }`, {
            id: createActivity.id,
          })
        ).activity.report;

      expect((await step(report.id, 'SENT_TO_PARTICIPANTS')).setActivityReportStatus).toMatchObject({
        sentOn: TODAY,
        visibleToRegion: false,
      });
      expect(await councilSees()).toBeNull();
      expect((await step(report.id, 'APPROVED_BY_PARTICIPANTS')).setActivityReportStatus).toMatchObject({
        approvedOn: TODAY,
        editable: false,
        visibleToRegion: true,
      });
      expect(await councilSees()).toEqual({ id: report.id, version: 1, status: 'APPROVED_BY_PARTICIPANTS' });
      await step(report.id, 'SHARED_WITH_REGION');

      const { supersedeActivityReport: v2 } = await core.ok(
        `mutation($id: ID!, $input: UpdateActivityReportInput) { supersedeActivityReport(id: $id, input: $input) { id version status supersedesId body } }`,
        { id: report.id, input: { body: 'Wat jongeren vertelden, aangevuld.' } },
      );
      expect(v2).toMatchObject({ version: 2, status: 'DRAFT', supersedesId: report.id });
      // The region keeps seeing the approved version until the new one is approved.
      expect(await councilSees()).toEqual({ id: report.id, version: 1, status: 'SHARED_WITH_REGION' });
    });
  });

  describe('measurements', () => {
    it('let a policy officer measure an indicator of its own municipality and correct it, keeping the earlier value', async () => {
      const { indicators } = await officer.ok(
        `query($m: ID!) { indicators(filter: { municipalityId: $m }) { items { id unit progress { value } } } }`,
        { m: ids.maastricht },
      );
      const indicator = indicators.items[0];
      const recorded = await officer.ok(
        `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id value provisional current } }`,
        {
          input: {
            indicatorId: indicator.id,
            measuredOn: TODAY,
            value: 4.2,
            unit: indicator.unit,
            source: 'Telling afdeling Jeugd',
            provisional: true,
          },
        },
      );
      const corrected = await officer.ok(
        `mutation($id: ID!, $input: CorrectMeasurementInput!) { correctMeasurement(id: $id, input: $input) { id value correctsId } }`,
        {
          id: recorded.recordMeasurement.id,
          input: { value: 4.4, unit: indicator.unit, note: 'Nagekomen telling' },
        },
      );
      expect(corrected.correctMeasurement.correctsId).toBe(recorded.recordMeasurement.id);
      const { indicator: after } = await officer.ok(
        `query($id: ID!) { indicator(id: $id) {
           latest { on value } progress { value basedOn }
           current: measurements { value }
           all: measurements(includeCorrected: true) { value current correctedAt } } }`,
        { id: indicator.id },
      );
      expect(after.latest).toEqual({ on: TODAY, value: 4.4 });
      // Baseline 1.5, target 5: (4.4 − 1.5) / (5 − 1.5).
      expect(after.progress.value).toBeCloseTo((100 * 2.9) / 3.5, 9);
      expect(after.current.map((m: { value: number }) => m.value)).not.toContain(4.2);
      const earlier = after.all.find((m: { value: number }) => m.value === 4.2);
      expect(earlier.current).toBe(false);
      expect(earlier.correctedAt).not.toBeNull();
    });
  });

  describe('roles', () => {
    it.each([
      [
        'a policy officer creating an action',
        () => officer,
        `mutation { createAction(input: { pillarId: "1", title: "x", leadOrganisation: "x", regionWide: true }) { id } }`,
      ],
      [
        'a council member creating an activity',
        () => council,
        `mutation { createActivity(input: { title: "x", form: PANEL, heldOn: "2026-11-01", pillarIds: ["1"], participants: {}, level: RAADPLEGEN }) { id } }`,
      ],
      [
        'the core group recording a measurement',
        () => core,
        `mutation { recordMeasurement(input: { indicatorId: "2", measuredOn: "2026-11-01", value: 1, unit: PERCENT, source: "x" }) { id } }`,
      ],
      [
        'the core group creating a goal',
        () => core,
        `mutation { createGoal(input: { pillarId: "1", title: "x" }) { id } }`,
      ],
      [
        'a provider board changing a core group member',
        () => null,
        `mutation { updateCoreGroupMember(id: "1", input: { name: "x" }) { id } }`,
      ],
    ])('refuses %s with FORBIDDEN', async (_label, client, mutation) => {
      let caller = client();
      if (caller === null) {
        caller = new GraphQLClient(t.url);
        await caller.signIn('bestuur.mergelland@demo.example');
      }
      const result = await caller.request(mutation);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('lets the administrator add a goal and the core group add a member', async () => {
      const goal = await admin.ok(
        `mutation($input: CreateGoalInput!) { createGoal(input: $input) { title weight pillar { code } progress { value basedOn } } }`,
        { input: { pillarId: ids.pillars.P3, title: 'Jongeren kennen hun rechten', weight: 2 } },
      );
      expect(goal.createGoal).toEqual({
        title: 'Jongeren kennen hun rechten',
        weight: 2,
        pillar: { code: 'P3' },
        progress: { value: null, basedOn: 0 },
      });
      const member = await core.ok(
        `mutation($input: CreateCoreGroupMemberInput!) { createCoreGroupMember(input: $input) { seat name municipality { cbsCode } } }`,
        {
          input: {
            seat: 'MUNICIPALITY',
            organisation: 'Gemeente Heerlen',
            name: 'Hanna Proefpersoon',
            email: 'hanna.proefpersoon@demo.example',
            municipalityId: ids.heerlen,
          },
        },
      );
      expect(member.createCoreGroupMember).toEqual({
        seat: 'MUNICIPALITY',
        name: 'Hanna Proefpersoon',
        municipality: { cbsCode: 'GM0917' },
      });
    });
  });
});
