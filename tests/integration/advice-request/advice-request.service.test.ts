// The register's service against real PostgreSQL with the demo data: who sees what, who may do what,
// and that every refused step names its code and field and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessTimeliness } from '@pm/domain';
import { AdviceRequestService } from '../../../api/src/advice-request/advice-request.service';
import { TimelinessFiguresService } from '../../../api/src/advice-request/figures.service';
import { AuditService } from '../../../api/src/audit/audit.service';
import { ClientCouncilService } from '../../../api/src/client-council/client-council.service';
import { type Actor, AppError, type RequestContext } from '../../../api/src/common/app-error';
import { Clock } from '../../../api/src/common/clock';
import { loadConfig } from '../../../api/src/config/config';
import { seedDemoData } from '../../../api/src/seed/seed.service';
import { createTestDatabase, tableCounts, type TestDatabase } from '../../support/database';
import { demoIds } from '../../support/register';

const TODAY = '2026-11-23';

describe('advice-request service', () => {
  let db: TestDatabase;
  let service: AdviceRequestService;
  let figures: TimelinessFiguresService;
  let mergelland: number;
  let opvoedsteun: number;
  let raadMergelland: number;
  let raadOpvoedsteun: number;
  let opDeHei: number;
  let kompasroos: number;
  const as = (actor: Actor | null): RequestContext => ({
    actor,
    requestId: 'test',
    origin: 'test',
    operation: 'test',
  });
  let admin: RequestContext;
  let board: RequestContext;
  let council: RequestContext;
  let otherCouncil: RequestContext;
  let policy: RequestContext;
  let subjects: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, () => undefined);
    const clock = new Clock(loadConfig({ NODE_ENV: 'test', TODAY }));
    const audit = new AuditService();
    service = new AdviceRequestService(
      db.dataSource,
      audit,
      clock,
      new ClientCouncilService(db.dataSource, audit),
    );
    figures = new TimelinessFiguresService(db.dataSource, clock);
    const ids = demoIds(db.dataSource);
    mergelland = await ids.provider('mergelland');
    opvoedsteun = await ids.provider('opvoedsteun');
    opDeHei = await ids.provider('op-de-hei');
    kompasroos = await ids.provider('kompasroos');
    raadMergelland = await ids.council('Cliëntenraad Mergelland');
    raadOpvoedsteun = await ids.council('Cliëntenraad Opvoedsteun');
    const none = { municipalityId: null, providerId: null, councilId: null };
    admin = as({ userId: 1, role: 'ADMIN', ...none });
    board = as({ userId: 2, role: 'PROVIDER_BOARD', ...none, providerId: mergelland });
    council = as({
      userId: 3,
      role: 'COUNCIL_MEMBER',
      ...none,
      providerId: mergelland,
      councilId: raadMergelland,
    });
    otherCouncil = as({
      userId: 4,
      role: 'COUNCIL_MEMBER',
      ...none,
      providerId: opvoedsteun,
      councilId: raadOpvoedsteun,
    });
    policy = as({ userId: 5, role: 'POLICY_OFFICER', ...none, municipalityId: 1 });
    subjects = {};
    for (const code of ['ART7_1_E', 'ART7_1_H', 'ART8_1_A', 'ART7_2'])
      subjects[code] = String(await ids.subject(code));
  });
  afterAll(async () => db.drop());

  async function count(where: string, params: unknown[] = []): Promise<number> {
    const [{ n }] = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM advice_request r WHERE ${where}`,
      params,
    );
    return n;
  }

  async function refused(
    run: () => Promise<unknown>,
    expected: { kind: string; reason: string; field?: string },
  ) {
    const before = await tableCounts(db.dataSource);
    const error = await run().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    const { kind, reason, field } = error as AppError;
    expect({ kind, reason, ...(expected.field !== undefined && { field }) }).toEqual(expected);
    expect(await tableCounts(db.dataSource)).toEqual(before);
  }

  const draft = (ctx = board, overrides: Record<string, unknown> = {}) =>
    service.create(ctx, {
      providerId: String(mergelland),
      councilId: String(raadMergelland),
      subjectId: subjects.ART7_1_E!,
      kind: 'ADVICE',
      title: 'Testaanvraag',
      summary: '',
      plannedDecisionOn: '2026-12-31',
      ...overrides,
    } as never);

  it('seeds the demo register once: seeding again adds no request or meeting', async () => {
    const counts = async () => {
      const { advice_request, consultation_meeting } = await tableCounts(db.dataSource);
      return { advice_request, consultation_meeting };
    };
    const before = await counts();
    expect(before.advice_request).toBeGreaterThan(200);
    await seedDemoData(db.dataSource, () => undefined);
    expect(await counts()).toEqual(before);
  });

  describe('who sees which requests', () => {
    it('shows the region-wide roles every request, drafts included', async () => {
      const all = await count('true');
      expect((await service.list(policy, { skip: 0, take: 1, sort: 'NEWEST_FIRST' })).totalItems).toBe(all);
      expect((await service.list(admin, { skip: 0, take: 1, sort: 'NEWEST_FIRST' })).totalItems).toBe(all);
    });

    it("shows a provider board its own provider's requests only, its drafts included", async () => {
      const list = await service.list(board, { skip: 0, take: 200, sort: 'NEWEST_FIRST' });
      expect(list.totalItems).toBe(await count('provider_id = $1', [mergelland]));
      expect(list.items.every((r) => r.providerId === mergelland)).toBe(true);
      expect(list.items.some((r) => r.status === 'DRAFT')).toBe(true);
      // Asking for another provider's requests gives nothing rather than someone else's data.
      const other = await service.list(board, {
        skip: 0,
        take: 10,
        sort: 'NEWEST_FIRST',
        filter: { providerId: String(opvoedsteun) },
      });
      expect(other.totalItems).toBe(0);
    });

    it("shows a council member its own council's requests, but not the board's drafts", async () => {
      const list = await service.list(council, { skip: 0, take: 200, sort: 'NEWEST_FIRST' });
      expect(list.totalItems).toBe(await count(`council_id = $1 AND status <> 'DRAFT'`, [raadMergelland]));
      expect(list.items.every((r) => r.councilId === raadMergelland && r.status !== 'DRAFT')).toBe(true);
      const [draftId] = await db.dataSource.query(
        `SELECT id FROM advice_request WHERE council_id = $1 AND status = 'DRAFT'`,
        [raadMergelland],
      );
      await expect(service.one(council, String(draftId.id))).rejects.toMatchObject({ kind: 'FORBIDDEN' });
    });

    it('does not let a council member learn of a draft through a refused step', async () => {
      const created = await draft();
      await refused(() => service.escalate(council, created.id, { escalatedOn: '2026-11-20' }), {
        kind: 'FORBIDDEN',
        reason: 'FORBIDDEN',
      });
      await refused(
        () =>
          service.recordPosition(council, created.id, {
            position: 'POSITIVE',
            councilRespondedOn: '2026-11-20',
          }),
        {
          kind: 'FORBIDDEN',
          reason: 'FORBIDDEN',
        },
      );
    });

    it('shows the public no single request', async () => {
      expect((await service.list(as(null), { skip: 0, take: 10, sort: 'NEWEST_FIRST' })).totalItems).toBe(0);
    });

    it("refuses a council member another council's request", async () => {
      const [row] = await db.dataSource.query(`SELECT id FROM advice_request WHERE council_id = $1 LIMIT 1`, [
        raadOpvoedsteun,
      ]);
      await expect(service.one(council, String(row.id))).rejects.toMatchObject({ kind: 'FORBIDDEN' });
    });
  });

  describe('filters', () => {
    it('filters by verdict in SQL, agreeing with assessTimeliness on every row', async () => {
      for (const verdict of ['ON_TIME', 'SHORT_NOTICE', 'AFTER_THE_FACT', 'NOT_REQUESTED', 'OPEN'] as const) {
        const list = await service.list(admin, {
          skip: 0,
          take: 200,
          sort: 'NEWEST_FIRST',
          filter: { verdict },
        });
        expect(list.totalItems).toBeGreaterThan(0);
        for (const r of list.items) expect(assessTimeliness(r, TODAY).verdict).toBe(verdict);
      }
    });

    it('filters by municipality through the providers it contracts', async () => {
      const [vaals] = await db.dataSource.query(`SELECT id FROM municipality WHERE cbs_code = 'GM0981'`);
      const list = await service.list(admin, {
        skip: 0,
        take: 200,
        sort: 'NEWEST_FIRST',
        filter: { municipalityId: String(vaals.id) },
      });
      const contracted = new Set(
        (
          await db.dataSource.query('SELECT provider_id FROM provider_contract WHERE municipality_id = $1', [
            vaals.id,
          ])
        ).map((r: { provider_id: number }) => r.provider_id),
      );
      expect(list.totalItems).toBeGreaterThan(0);
      expect(list.items.every((r) => contracted.has(r.providerId))).toBe(true);
      expect(list.items.some((r) => r.providerId === opvoedsteun)).toBe(false); // Parkstad only
    });

    it('lists open requests with the nearest deadline first', async () => {
      const list = await service.list(council, {
        skip: 0,
        take: 50,
        sort: 'DEADLINE_FIRST',
        filter: { openOnly: true },
      });
      const deadlines = list.items.map((r) => assessTimeliness(r, TODAY).deadline).filter((d) => d !== null);
      expect(deadlines.length).toBeGreaterThanOrEqual(2);
      expect(deadlines).toEqual([...deadlines].sort());
      expect(list.items.every((r) => r.decidedOn === null && r.withdrawnOn === null)).toBe(true);
    });

    it('refuses a period that ends before it starts', async () => {
      await refused(
        () =>
          service.list(admin, {
            skip: 0,
            take: 10,
            sort: 'NEWEST_FIRST',
            filter: { from: '2026-02-01', to: '2026-01-01' },
          }),
        {
          kind: 'BAD_USER_INPUT',
          reason: 'PERIOD_REVERSED',
          field: 'filter.to',
        },
      );
    });
  });

  describe('steps and the term in force', () => {
    it('captures the advice term in force on the request date, not the one of today', async () => {
      const before = await draft();
      expect(before.adviceTermDays).toBe(42);
      // Mergelland's council agreed 30 days until 2025-01-01 and 42 days from then on.
      const sent = await service.send(board, before.id, {
        requestedOn: '2024-12-31',
        plannedDecisionOn: '2025-02-15',
      });
      expect(sent).toMatchObject({ status: 'SENT', adviceTermDays: 30, requestedOn: '2024-12-31' });
      const other = await service.send(board, (await draft()).id, {
        requestedOn: '2025-01-01',
        plannedDecisionOn: '2025-02-15',
      });
      expect(other.adviceTermDays).toBe(42);
    });

    it('records a decision dated before the request and judges it after the fact', async () => {
      const sent = await service.send(board, (await draft()).id, { requestedOn: '2026-10-01' });
      const decided = await service.recordDecision(board, sent.id, {
        decidedOn: '2026-09-20',
        writtenReasonsGiven: false,
      });
      expect(decided.status).toBe('DECIDED');
      expect(service.timelinessOf(decided)?.verdict).toBe('AFTER_THE_FACT');
    });

    it('writes one audit row per step, with the old and new values', async () => {
      const created = await draft();
      const sent = await service.send(board, created.id, { requestedOn: '2026-11-01' });
      const rows = await db.dataSource.query(
        `SELECT operation, old_values, new_values, role FROM audit_log WHERE entity = 'advice_request' AND entity_id = $1 ORDER BY id`,
        [sent.id],
      );
      expect(rows).toHaveLength(2);
      expect(rows[1].old_values).toMatchObject({ status: 'DRAFT', requestedOn: null });
      expect(rows[1].new_values).toMatchObject({ status: 'SENT', requestedOn: '2026-11-01' });
      expect(rows[1].role).toBe('PROVIDER_BOARD');
    });
  });

  describe('refusals name a code and a field and write nothing', () => {
    it('refuses a request for a provider without a council', async () => {
      await refused(() => draft(admin, { providerId: String(opDeHei) }), {
        kind: 'BAD_USER_INPUT',
        reason: 'PROVIDER_HAS_NO_COUNCIL',
        field: 'input.providerId',
      });
    });

    it("refuses a council that is not the provider's", async () => {
      await refused(() => draft(board, { councilId: String(raadOpvoedsteun) }), {
        kind: 'BAD_USER_INPUT',
        reason: 'COUNCIL_NOT_OF_PROVIDER',
        field: 'input.councilId',
      });
    });

    it('refuses a consent subject filed as a request for advice', async () => {
      await refused(() => draft(board, { subjectId: subjects.ART8_1_A }), {
        kind: 'BAD_USER_INPUT',
        reason: 'SUBJECT_KIND_MISMATCH',
        field: 'input.subjectId',
      });
    });

    it('refuses a residential-only subject at a provider without residential care', async () => {
      await refused(
        () =>
          draft(admin, {
            providerId: String(opvoedsteun),
            councilId: String(raadOpvoedsteun),
            subjectId: subjects.ART7_1_H,
          }),
        { kind: 'BAD_USER_INPUT', reason: 'SUBJECT_NOT_FOR_PROVIDER', field: 'input.subjectId' },
      );
    });

    it('refuses a board acting for another provider (FORBIDDEN)', async () => {
      await refused(
        () => draft(board, { providerId: String(opvoedsteun), councilId: String(raadOpvoedsteun) }),
        { kind: 'FORBIDDEN', reason: 'FORBIDDEN' },
      );
    });

    it('refuses a council response dated before the request', async () => {
      const sent = await service.send(board, (await draft()).id, { requestedOn: '2026-11-10' });
      await refused(
        () =>
          service.recordPosition(council, sent.id, {
            position: 'POSITIVE',
            councilRespondedOn: '2026-11-09',
          }),
        {
          kind: 'BAD_USER_INPUT',
          reason: 'RESPONSE_BEFORE_REQUEST',
          field: 'input.councilRespondedOn',
        },
      );
    });

    it('refuses recording the position twice', async () => {
      const sent = await service.send(board, (await draft()).id, { requestedOn: '2026-11-10' });
      await service.recordPosition(council, sent.id, {
        position: 'NEGATIVE',
        councilRespondedOn: '2026-11-12',
      });
      await refused(
        () =>
          service.recordPosition(council, sent.id, {
            position: 'POSITIVE',
            councilRespondedOn: '2026-11-13',
          }),
        {
          kind: 'BAD_USER_INPUT',
          reason: 'POSITION_ALREADY_RECORDED',
          field: 'input.position',
        },
      );
    });

    it("refuses a council member acting on another council's request (FORBIDDEN)", async () => {
      const sent = await service.send(board, (await draft()).id, { requestedOn: '2026-11-10' });
      await refused(
        () =>
          service.recordPosition(otherCouncil, sent.id, {
            position: 'POSITIVE',
            councilRespondedOn: '2026-11-12',
          }),
        {
          kind: 'FORBIDDEN',
          reason: 'FORBIDDEN',
        },
      );
    });

    it('refuses a communication dated before the decision', async () => {
      const sent = await service.send(board, (await draft()).id, { requestedOn: '2026-10-01' });
      await service.recordDecision(board, sent.id, { decidedOn: '2026-11-15', writtenReasonsGiven: false });
      await refused(
        () => service.recordDecisionCommunicated(board, sent.id, { decisionCommunicatedOn: '2026-11-14' }),
        {
          kind: 'BAD_USER_INPUT',
          reason: 'COMMUNICATION_BEFORE_DECISION',
          field: 'input.decisionCommunicatedOn',
        },
      );
    });

    it('refuses a step the lifecycle does not allow (INVALID_TRANSITION)', async () => {
      const created = await draft();
      await refused(
        () =>
          service.recordDecision(board, created.id, { decidedOn: '2026-11-15', writtenReasonsGiven: false }),
        {
          kind: 'BAD_USER_INPUT',
          reason: 'INVALID_TRANSITION',
          field: 'id',
        },
      );
    });

    it('refuses a date that has not happened yet', async () => {
      const created = await draft();
      await refused(() => service.send(board, created.id, { requestedOn: '2026-11-24' }), {
        kind: 'BAD_USER_INPUT',
        reason: 'DATE_IN_FUTURE',
        field: 'input.requestedOn',
      });
    });

    it('refuses a step on a version the user no longer sees (STALE_VERSION)', async () => {
      const created = await draft();
      await service.send(board, created.id, { requestedOn: '2026-11-20', version: created.version });
      await refused(
        () => service.withdraw(board, created.id, { withdrawnOn: '2026-11-21', version: created.version }),
        {
          kind: 'CONFLICT',
          reason: 'STALE_VERSION',
          field: 'input.version',
        },
      );
    });
  });

  describe('figures scope', () => {
    it('limits PROVIDER figures for a council member to its own provider', async () => {
      const rows = await figures.figures(council, { groupBy: 'PROVIDER' });
      expect(rows.map((r) => r.key)).toEqual([String(mergelland)]);
    });

    it("refuses a council member the figures of another provider's council", async () => {
      await expect(
        figures.figures(council, { groupBy: 'MONTH', filter: { councilId: String(raadOpvoedsteun) } }),
      ).rejects.toMatchObject({ kind: 'FORBIDDEN' });
    });

    it('gives the public aggregates of providers that opted in to publication only', async () => {
      const region = await figures.figures(as(null), { groupBy: 'REGION' });
      expect(region).toHaveLength(1);
      expect(region[0]!.ratedCount).toBeGreaterThan(50);
      const [all] = await figures.figures(admin, { groupBy: 'REGION' });
      expect(region[0]!.entryCount).toBeLessThan(all!.entryCount);
      const providers = await figures.figures(as(null), { groupBy: 'PROVIDER' });
      const published: Array<{ id: number }> = await db.dataSource.query(
        `SELECT id FROM provider p WHERE publish_aggregates
            AND EXISTS (SELECT 1 FROM client_council c WHERE c.provider_id = p.id) ORDER BY id`,
      );
      expect(providers.map((row) => Number(row.key)).sort((a, b) => a - b)).toEqual(
        published.map((p) => p.id),
      );
      expect(providers.map((row) => row.key)).toContain(String(mergelland));
      await expect(
        figures.figures(as(null), { groupBy: 'REGION', filter: { providerId: String(kompasroos) } }),
      ).rejects.toMatchObject({ kind: 'FORBIDDEN' });
    });
  });
});
