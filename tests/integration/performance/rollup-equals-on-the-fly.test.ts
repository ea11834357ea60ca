// The register rollup (api/src/advice-request/rollup.sql.ts) must give exactly the figures of the
// on-the-fly query (buildFiguresSql, itself held to the domain rules by sql-matches-domain.test.ts):
// on generated national data, after register mutations through the service, after a contract change,
// and on other days (the one finding that depends on today).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdviceRequestService } from '../../../api/src/advice-request/advice-request.service';
import { buildFiguresSql, type FiguresQuery } from '../../../api/src/advice-request/figures.service';
import type { FiguresGroupBy, TimelinessFiguresFilter } from '../../../api/src/advice-request/figures.type';
import {
  buildRollupFiguresSql,
  rebuildRegisterRollup,
  rollupAnswers,
} from '../../../api/src/advice-request/rollup.sql';
import { AuditService } from '../../../api/src/audit/audit.service';
import { ClientCouncilService } from '../../../api/src/client-council/client-council.service';
import type { RequestContext } from '../../../api/src/common/app-error';
import { Clock } from '../../../api/src/common/clock';
import { loadConfig } from '../../../api/src/config/config';
import { ProviderService } from '../../../api/src/provider/provider.service';
import { generateNationalData } from '../../../api/src/seed/national/national-seed';
import { NATIONAL_TODAY } from '../../../api/src/seed/national/national-sql';
import { NATIONAL_SCALE } from '../../../api/src/seed/national/national-scale';
import { createTestDatabase, type TestDatabase } from '../../support/database';

const SMALL = {
  ...NATIONAL_SCALE,
  regions: 3,
  municipalities: 14,
  providers: 40,
  requests: 4000,
  actions: 100,
  activities: 200,
  measurements: 50,
};

const admin: RequestContext = {
  actor: { userId: 1, role: 'ADMIN', municipalityId: null, providerId: null, councilId: null },
  requestId: 'test',
  origin: 'test',
  operation: 'test',
};

describe('register rollup', () => {
  let db: TestDatabase;
  let service: AdviceRequestService;
  let providers: ProviderService;

  beforeAll(async () => {
    db = await createTestDatabase();
    await generateNationalData(db.dataSource, SMALL);
    const clock = new Clock(loadConfig({ NODE_ENV: 'test', TODAY: NATIONAL_TODAY }));
    const audit = new AuditService();
    service = new AdviceRequestService(
      db.dataSource,
      audit,
      clock,
      new ClientCouncilService(db.dataSource, audit),
    );
    providers = new ProviderService(db.dataSource, audit);
  });
  afterAll(async () => db.drop());

  const cases = async (): Promise<Array<[FiguresGroupBy, TimelinessFiguresFilter, string | null]>> => {
    const [{ municipality, subregion, provider }] = await db.dataSource.query(
      `SELECT (SELECT min(id) FROM municipality)::text AS municipality, (SELECT min(id) FROM subregion)::text AS subregion,
              (SELECT min(provider_id) FROM client_council)::text AS provider`,
    );
    return [
      ['PROVIDER', {}, null],
      ['PROVIDER', { municipalityId: municipality }, null],
      ['PROVIDER', { subregionId: subregion }, null],
      ['PROVIDER', { providerId: provider }, null],
      ['MUNICIPALITY', {}, null],
      ['MUNICIPALITY', { subregionId: subregion }, null],
      ['MUNICIPALITY', { municipalityId: municipality }, null],
      ['SUBREGION', {}, null],
      ['REGION', {}, null],
      ['MONTH', {}, '2020-07-01'],
      ['MONTH', {}, '2025-01-01'],
    ];
  };

  /** Every rollup-answered case, on the given days, gives the same rows both ways. */
  async function expectEqual(days: string[]): Promise<void> {
    for (const today of days) {
      for (const [groupBy, filter, from] of await cases()) {
        const q: FiguresQuery = { from, to: groupBy === 'MONTH' ? today : null, today, filter };
        expect(rollupAnswers(groupBy, q), `${groupBy} ${JSON.stringify(filter)}`).toBe(true);
        const fly = buildFiguresSql(groupBy, q);
        const rolled = buildRollupFiguresSql(groupBy, q);
        const [want, got] = await Promise.all([
          db.dataSource.query(fly.sql, fly.params),
          db.dataSource.query(rolled.sql, rolled.params),
        ]);
        expect(want.length, `${groupBy} ${JSON.stringify(filter)} on ${today}`).toBeGreaterThan(0);
        expect(got, `${groupBy} ${JSON.stringify(filter)} on ${today}`).toEqual(want);
      }
    }
  }

  /** The rollup as a delta-maintained table equals a rollup recounted from scratch. */
  async function expectRollupEqualsRebuild(): Promise<void> {
    const dump = () =>
      db.dataSource.query(
        `SELECT 'r' AS t, to_jsonb(r) AS row FROM advice_request_rollup r
         UNION ALL SELECT 'd', to_jsonb(d) FROM advice_request_rollup_days d WHERE d.n > 0 ORDER BY 1, 2`,
      );
    const maintained = await dump();
    await db.dataSource.transaction((m) => rebuildRegisterRollup(m));
    expect(await dump()).toEqual(maintained);
  }

  it('gives the on-the-fly figures for every grouping it answers, today and on later days', async () => {
    await expectEqual([NATIONAL_TODAY, '2026-12-31', '2027-03-01']);
  });

  it('stays equal after every kind of register write and a contract change', async () => {
    const subject = async (code: string) =>
      String((await db.dataSource.query(`SELECT id FROM wmcz_subject WHERE code = $1`, [code]))[0].id);
    const [council] = await db.dataSource.query(
      `SELECT c.id, c.provider_id FROM client_council c JOIN provider p ON p.id = c.provider_id
        WHERE NOT p.residential ORDER BY c.id LIMIT 1`,
    );
    const text = { title: 'Test (gegenereerd)', summary: '' };
    // A draft, sent, answered, decided against the advice, escalated.
    let entry = await service.create(admin, {
      providerId: String(council.provider_id),
      councilId: String(council.id),
      subjectId: await subject('ART7_1_A'),
      kind: 'ADVICE',
      plannedDecisionOn: '2026-11-20',
      ...text,
    } as never);
    entry = await service.send(admin, entry.id, {
      version: entry.version,
      requestedOn: '2026-10-01',
    } as never);
    entry = await service.recordPosition(admin, entry.id, {
      version: entry.version,
      position: 'NEGATIVE',
      councilRespondedOn: '2026-10-20',
    } as never);
    entry = await service.recordDecision(admin, entry.id, {
      version: entry.version,
      decidedOn: '2026-11-01',
      outcome: 'NOT_FOLLOWED',
      writtenReasonsGiven: false,
    } as never);
    await service.escalate(admin, entry.id, { version: entry.version, escalatedOn: '2026-11-05' } as never);
    // Unsolicited advice (pending, so the today-dependent finding), a "not requested" report, a withdrawal.
    await service.fileUnsolicitedAdvice(admin, {
      councilId: String(council.id),
      subjectId: await subject('ART7_2'),
      position: 'POSITIVE',
      councilRespondedOn: '2026-08-01',
      ...text,
    } as never);
    await service.reportNotRequested(admin, {
      councilId: String(council.id),
      subjectId: await subject('ART8_1_A'),
      kind: 'CONSENT',
      decidedOn: '2026-09-15',
      ...text,
    } as never);
    const [open] = await db.dataSource.query(
      `SELECT id, version FROM advice_request WHERE status = 'SENT' ORDER BY id LIMIT 1`,
    );
    await service.withdraw(admin, String(open.id), {
      version: open.version,
      withdrawnOn: NATIONAL_TODAY,
    } as never);
    // An existing generated request decided today.
    const [responded] = await db.dataSource.query(
      `SELECT id, version FROM advice_request WHERE status = 'RESPONDED' AND kind = 'ADVICE' ORDER BY id LIMIT 1`,
    );
    await service.recordDecision(admin, String(responded.id), {
      version: responded.version,
      decidedOn: NATIONAL_TODAY,
      outcome: 'FOLLOWED',
      writtenReasonsGiven: true,
    } as never);
    // A provider moves to other municipalities: its figures follow it.
    const [moved] = await db.dataSource.query(
      `SELECT provider_id FROM advice_request GROUP BY provider_id ORDER BY count(*) DESC LIMIT 1`,
    );
    await providers.update(admin, String(moved.provider_id), { municipalityIds: ['2', '3'] } as never);

    await expectEqual([NATIONAL_TODAY, '2027-01-15']);
    await expectRollupEqualsRebuild();
  });
});
