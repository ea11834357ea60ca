import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, WMCZ_THRESHOLD_CARE_WORKERS } from '@pm/domain';
import { ActionService } from '../../../api/src/action/action.service';
import { ActivityService } from '../../../api/src/activity/activity.service';
import { AuditService } from '../../../api/src/audit/audit.service';
import type { Actor, RequestContext } from '../../../api/src/common/app-error';
import { Clock } from '../../../api/src/common/clock';
import { PillarService } from '../../../api/src/pillar/pillar.service';
import { ProgressService } from '../../../api/src/pillar/progress.service';
import { ProgrammeStatsService } from '../../../api/src/programme-stats/programme-stats.service';
import { buildDemoProgramme } from '../../../api/src/seed/demo-programme';
import { PUBLISHING_MUNICIPALITY_CODES } from '../../../api/src/seed/demo-publication';
import { DEMO_REFERENCE_DATE } from '../../../api/src/seed/reference-date';
import { seedDemoData } from '../../../api/src/seed/seed.service';
import { createTestDatabase, tableCounts, type TestDatabase } from '../../support/database';

const TODAY = DEMO_REFERENCE_DATE;

describe('programme services on the demo data (real PostgreSQL)', () => {
  let db: TestDatabase;
  let pillars: PillarService;
  let actions: ActionService;
  let activities: ActivityService;
  let stats: ProgrammeStatsService;
  let admin: RequestContext;
  let policyOfficer: RequestContext;

  const context = (actor: Actor): RequestContext => ({
    actor,
    requestId: 'test',
    origin: '127.0.0.1',
    operation: 'test',
  });
  const one = async <T = any>(sql: string, params: unknown[] = []): Promise<T> =>
    (await db.dataSource.query(sql, params))[0];

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, () => undefined);
    const clock = new Clock({ today: TODAY } as never);
    const audit = new AuditService();
    pillars = new PillarService(db.dataSource, audit, clock);
    actions = new ActionService(db.dataSource, audit, clock);
    activities = new ActivityService(db.dataSource, audit, clock);
    stats = new ProgrammeStatsService(db.dataSource, clock);
    const user = async (email: string): Promise<Actor> => {
      const u = await one(
        `SELECT id, role, municipality_id AS "municipalityId" FROM app_user WHERE email = $1`,
        [email],
      );
      return {
        userId: u.id,
        role: u.role,
        municipalityId: u.municipalityId,
        providerId: null,
        councilId: null,
      };
    };
    admin = context(await user('beheer@demo.example'));
    policyOfficer = context(await user('beleid.maastricht@demo.example'));
  });
  afterAll(async () => db.drop());

  const indicatorId = async (title: string) =>
    String((await one(`SELECT id FROM indicator WHERE title LIKE $1`, [`${title}%`])).id);

  it('leaves the programme as it is when the demo seed runs a second time', async () => {
    const { audit_log: _before, ...before } = await tableCounts(db.dataSource);
    await seedDemoData(db.dataSource, () => undefined);
    const { audit_log: _after, ...after } = await tableCounts(db.dataSource);
    expect(after).toEqual(before);
    expect(before.action).toBe(60);
    expect(before.participation_activity).toBe(120);
  });

  it('keeps the earlier value in the history when a measurement is corrected', async () => {
    const id = await indicatorId('Jongeren betrokken bij het jeugdbeleid van Maastricht');
    const first = await pillars.recordMeasurement(policyOfficer, {
      indicatorId: id,
      measuredOn: '2026-11-01',
      value: 3.4,
      unit: 'PER_10000_INHABITANTS',
      source: 'Telling afdeling Jeugd',
      note: null,
      provisional: true,
    });
    const second = await pillars.correctMeasurement(policyOfficer, first.id, {
      value: 3.6,
      unit: 'PER_10000_INHABITANTS',
      note: 'Twee bijeenkomsten ontbraken',
      provisional: false,
    });
    const rows = await db.dataSource.query(
      `SELECT id, value, corrected_at IS NOT NULL AS corrected, corrects_id AS "correctsId"
         FROM indicator_measurement WHERE indicator_id = $1 AND measured_on = '2026-11-01' ORDER BY id`,
      [id],
    );
    expect(rows).toEqual([
      { id: Number(first.id), value: 3.4, corrected: true, correctsId: null },
      { id: Number(second.id), value: 3.6, corrected: false, correctsId: Number(first.id) },
    ]);
    const audit = await db.dataSource.query(
      `SELECT entity_id FROM audit_log WHERE entity = 'indicator_measurement' AND operation = 'test'`,
    );
    expect(audit.map((a: { entity_id: string }) => a.entity_id).sort()).toEqual(
      [first.id, first.id, second.id].sort(),
    );
  });

  it('refuses a second measurement on the same day with MEASUREMENT_EXISTS and writes nothing', async () => {
    const id = await indicatorId('Jongeren betrokken bij het jeugdbeleid van Maastricht');
    const before = await tableCounts(db.dataSource);
    await expect(
      pillars.recordMeasurement(policyOfficer, {
        indicatorId: id,
        measuredOn: '2026-11-01',
        value: 1,
        unit: 'PER_10000_INHABITANTS',
        source: 'x',
        provisional: false,
      }),
    ).rejects.toMatchObject({ kind: 'CONFLICT', reason: 'MEASUREMENT_EXISTS', field: 'input.measuredOn' });
    expect(await tableCounts(db.dataSource)).toEqual(before);
  });

  it('lets a policy officer measure only indicators of its own municipality', async () => {
    const heerlen = await indicatorId('Jongeren betrokken bij het jeugdbeleid van Heerlen');
    const regional = await indicatorId('Deelnemers aan participatiebijeenkomsten');
    for (const indicator of [heerlen, regional]) {
      await expect(
        pillars.recordMeasurement(policyOfficer, {
          indicatorId: indicator,
          measuredOn: '2026-11-02',
          value: 1,
          unit: 'COUNT',
          source: 'x',
          provisional: false,
        }),
      ).rejects.toMatchObject({ kind: 'FORBIDDEN' });
    }
  });

  it('computes the obliged-providers indicator in SQL as the share of obliged providers with an adopted regulation', async () => {
    const providers: Array<{ careWorkers: number; adopted: boolean; vaals: boolean }> =
      await db.dataSource.query(
        `SELECT p.care_workers AS "careWorkers",
              EXISTS (SELECT 1 FROM client_council c WHERE c.provider_id = p.id AND c.regulation_adopted_on <= $1) AS adopted,
              EXISTS (SELECT 1 FROM provider_contract pc JOIN municipality m ON m.id = pc.municipality_id
                       WHERE pc.provider_id = p.id AND m.cbs_code = 'GM0981') AS vaals
         FROM provider p`,
        [TODAY],
      );
    const share = (list: typeof providers) => {
      const obliged = list.filter((p) => p.careWorkers > WMCZ_THRESHOLD_CARE_WORKERS);
      return (100 * obliged.filter((p) => p.adopted).length) / obliged.length;
    };
    const regionId = await indicatorId('Aandeel verplichte aanbieders');
    const progress = new ProgressService(db.dataSource, new Clock({ today: TODAY } as never));
    const [value] = await progress.loadLatest([Number(regionId)]);
    expect(value!.value).toBeCloseTo(share(providers), 9);
    expect(value!.on).toBe(TODAY);

    // The same definition per municipality: the providers Vaals contracts.
    const vaals = await pillars.createIndicator(admin, {
      goalId: String((await one(`SELECT goal_id FROM indicator WHERE id = $1`, [regionId])).goal_id),
      title: 'Aandeel verplichte aanbieders met regeling (Vaals)',
      unit: 'PERCENT',
      direction: 'HIGHER_IS_BETTER',
      baselineValue: 50,
      baselineOn: '2024-01-01',
      targetValue: 100,
      targetOn: '2027-12-31',
      municipalityId: String((await one(`SELECT id FROM municipality WHERE cbs_code = 'GM0981'`)).id),
      weight: 1,
      computedKey: 'OBLIGED_PROVIDERS_WITH_REGULATION',
    });
    const [vaalsValue] = await progress.loadLatest([Number(vaals.id)]);
    expect(vaalsValue!.value).toBeCloseTo(share(providers.filter((p) => p.vaals)), 9);
    const series = await pillars.series(vaals, []);
    expect(series[0]!.on).toBe('2024-01-31');
    expect(series[series.length - 1]!.on).toBe(TODAY);
  });

  it('records who changed status and progress, from what to what, and moves the version on', async () => {
    const action = (await actions.list({ skip: 0, take: 1, filter: { statuses: ['PLANNED'] } })).items[0]!;
    const updated = await actions.update(admin, action.id, {
      version: action.version,
      status: 'IN_PROGRESS',
      manualProgress: 15,
    });
    expect(updated.version).toBe(action.version + 1);
    const last = await one(
      `SELECT changed_by_id AS "by", status_from AS "from", status_to AS "to", progress_from AS "pFrom", progress_to AS "pTo"
         FROM action_change WHERE action_id = $1 ORDER BY changed_at DESC, id DESC LIMIT 1`,
      [Number(action.id)],
    );
    expect(last).toEqual({
      by: admin.actor!.userId,
      from: 'PLANNED',
      to: 'IN_PROGRESS',
      pFrom: null,
      pTo: 15,
    });

    // A change based on the old version is refused and writes nothing.
    const before = await tableCounts(db.dataSource);
    await expect(
      actions.update(admin, action.id, { version: action.version, title: 'Verouderd' }),
    ).rejects.toMatchObject({ kind: 'CONFLICT', reason: 'STALE_VERSION', field: 'input.version' });
    expect(await tableCounts(db.dataSource)).toEqual(before);
  });

  it('changes a selection of statuses all or nothing', async () => {
    const open = (await actions.list({ skip: 0, take: 3, filter: { statuses: ['IN_PROGRESS'] } })).items;
    expect(open).toHaveLength(3);
    const before = await tableCounts(db.dataSource);
    const items = open.map((a, i) => ({ id: a.id, version: i === 2 ? a.version - 1 : a.version }));
    await expect(actions.bulkSetStatus(admin, { items, status: 'DONE' })).rejects.toMatchObject({
      reason: 'STALE_VERSION',
      field: 'input.items[2].version',
    });
    expect(await tableCounts(db.dataSource)).toEqual(before);
    for (const a of open) expect((await actions.one(a.id)).status).toBe('IN_PROGRESS');

    const done = await actions.bulkSetStatus(admin, {
      items: open.map((a) => ({ id: a.id, version: a.version })),
      status: 'DONE',
    });
    expect(done.map((a) => a.status)).toEqual(['DONE', 'DONE', 'DONE']);
    const after = await tableCounts(db.dataSource);
    expect(after.action_change).toBe(before.action_change! + 3);
  });

  it('refuses a dependency that closes a cycle, naming the path, and an action waiting on itself', async () => {
    const ids = (
      await actions.list({ skip: 0, take: 3, filter: { pillarId: '2', topLevelOnly: true } })
    ).items.map((a) => a.id);
    const [a, b, c] = ids as [string, string, string];
    await actions.addDependency(admin, { blockerId: a, blockedId: b });
    await actions.addDependency(admin, { blockerId: b, blockedId: c });
    const before = await tableCounts(db.dataSource);
    await expect(actions.addDependency(admin, { blockerId: c, blockedId: a })).rejects.toMatchObject({
      reason: 'DEPENDENCY_CYCLE',
      field: 'input.blockerId',
      details: { path: [c, a, b, c] },
    });
    await expect(actions.addDependency(admin, { blockerId: a, blockedId: a })).rejects.toMatchObject({
      reason: 'DEPENDENCY_CYCLE',
      details: { path: [a, a] },
    });
    expect(await tableCounts(db.dataSource)).toEqual(before);
  });

  it('keeps sub-actions one level deep', async () => {
    const sub = await one(`SELECT id, pillar_id FROM action WHERE parent_id IS NOT NULL LIMIT 1`);
    await expect(
      actions.create(admin, {
        pillarId: String(sub.pillar_id),
        parentId: String(sub.id),
        title: 'Te diep',
        leadOrganisation: 'Kerngroep',
        ownerIds: [],
        regionWide: true,
        municipalityIds: [],
        status: 'IDEA',
        weight: 1,
        activityIds: [],
      }),
    ).rejects.toMatchObject({ reason: 'SUBACTION_DEPTH', field: 'input.parentId' });
  });

  it('freezes an approved report in the database too, and supersedes it only once', async () => {
    const approved = await one(
      `SELECT r.id FROM activity_report r WHERE r.status = 'SHARED_WITH_REGION'
          AND NOT EXISTS (SELECT 1 FROM activity_report n WHERE n.supersedes_id = r.id) LIMIT 1`,
    );
    await expect(
      db.dataSource.query(`UPDATE activity_report SET body = 'anders' WHERE id = $1`, [approved.id]),
    ).rejects.toThrow(/approved report cannot be changed/);
    const next = await activities.supersedeReport(admin, String(approved.id), { body: 'Aangevulde tekst' });
    expect(next).toMatchObject({
      status: 'DRAFT',
      supersedesId: String(approved.id),
      body: 'Aangevulde tekst',
    });
    await expect(activities.supersedeReport(admin, String(approved.id), undefined)).rejects.toMatchObject({
      reason: 'ALREADY_SUPERSEDED',
    });
    const old = await one(`SELECT status, body FROM activity_report WHERE id = $1`, [approved.id]);
    expect(old.status).toBe('SHARED_WITH_REGION');
    expect(old.body).not.toBe('Aangevulde tekst');
  });

  it('counts for the public only approved activities of the region or of municipalities that opted in', async () => {
    const data = buildDemoProgramme();
    const publicStats = stats.stats(null, 24);
    const inWindow = data.activities.filter((a) => a.heldOn >= publicStats.from && a.heldOn <= TODAY);
    const approved = inWindow.filter((a) =>
      a.reports.some((r) => r.status === 'APPROVED_BY_PARTICIPANTS' || r.status === 'SHARED_WITH_REGION'),
    );
    const published = approved.filter(
      (a) => a.municipalityCbsCode === null || PUBLISHING_MUNICIPALITY_CODES.includes(a.municipalityCbsCode),
    );
    expect(approved.length).toBeLessThan(inWindow.length);
    expect(published.length).toBeLessThan(approved.length);
    expect((await stats.activitySummary(publicStats)).activities).toBe(published.length);
    const signedIn = stats.stats(admin.actor, 24);
    const summary = await stats.activitySummary(signedIn);
    expect(summary.activities).toBe(inWindow.length);
    expect(summary.withFeedback).toBe(inWindow.filter((a) => a.feedbackGiven).length);
    const byMonth = await stats.participation(signedIn, 'month');
    expect(byMonth).toHaveLength(24);
    expect(byMonth.reduce((sum, m) => sum + m.activities, 0)).toBe(inWindow.length);
    const total = (a: (typeof inWindow)[number]) =>
      a.participants.youth + a.participants.parents + a.participants.professionals + a.participants.other;
    expect(byMonth.reduce((sum, m) => sum + m.participants, 0)).toBe(
      inWindow.reduce((sum, a) => sum + total(a), 0),
    );
  });

  it('gives per-municipality figures per 10,000 inhabitants', async () => {
    const signedIn = stats.stats(admin.actor, 24);
    const rows = await stats.municipalities(signedIn);
    expect(rows).toHaveLength(16);
    const data = buildDemoProgramme();
    for (const row of rows) {
      const held = data.activities.filter(
        (a) => a.municipalityCbsCode === row.cbsCode && a.heldOn >= signedIn.from && a.heldOn <= TODAY,
      );
      expect(row.activities).toBe(held.length);
      expect(row.activitiesPer10000).toBeCloseTo((10_000 * held.length) / row.inhabitants, 2);
    }
  });

  it('ends the monthly pillar series on today with the figure computed from the current state', async () => {
    const signedIn = stats.stats(admin.actor, 12);
    const [now, series] = await Promise.all([
      stats.pillars(signedIn),
      stats.pillarProgressOverTime(signedIn),
    ]);
    expect(series).toHaveLength(12 * 3);
    for (const pillar of now) {
      const last = series.filter((p) => p.pillarCode === pillar.code).at(-1)!;
      expect(last.on).toBe(TODAY);
      expect(last.basedOn).toBe(pillar.progress.basedOn);
      expect(last.value).toBeCloseTo(pillar.progress.value!, 9);
    }
    const summary = await stats.actionSummary(signedIn);
    const late = await actions.late({ skip: 0, take: 200 });
    expect(summary.late).toBe(late.totalItems);
    const due = await actions.dueWithin({ days: 7, skip: 0, take: 200 });
    expect(summary.dueWithin7Days).toBe(due.totalItems);
    expect(due.items.every((a) => a.dueOn! >= TODAY && a.dueOn! <= addDays(TODAY, 7))).toBe(true);
  });
});
