// The council's view, "Worden wij op tijd betrokken?": its open requests with days left, recording its
// position, unsolicited advice and "not requested" reports, and the figures moving with them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../../support/app';
import { GraphQLClient } from '../../support/graphql-client';
import { demoIds } from '../../support/register';
import { DECIDE, FIGURES_QUERY, LIST, MEETING, NOT_REQUESTED, ONE, POSITION, UNSOLICITED } from './documents';

describe('council flow over GraphQL', () => {
  let t: TestApp;
  let council: GraphQLClient;
  let board: GraphQLClient;
  let councilId: string;
  const figures = async () =>
    (await council.ok(FIGURES_QUERY, { groupBy: 'REGION', filter: { councilId } })).timelinessFigures[0];

  beforeAll(async () => {
    t = await startTestApp({ env: { TODAY: '2026-11-23' } });
    council = new GraphQLClient(t.url);
    await council.signIn('raad.mergelland@demo.example');
    board = new GraphQLClient(t.url);
    await board.signIn('bestuur.mergelland@demo.example');
    councilId = String(await demoIds(t.dataSource).council('Cliëntenraad Mergelland'));
  });
  afterAll(async () => t.close());

  it('shows the council its open requests with the days it has left, nearest deadline first', async () => {
    const { adviceRequests } = await council.ok(LIST, { filter: { openOnly: true }, sort: 'DEADLINE_FIRST' });
    const waiting = adviceRequests.items.filter((r: any) => r.timeliness.daysLeft !== null);
    expect(waiting.length).toBeGreaterThanOrEqual(2);
    expect(waiting.map((r: any) => r.timeliness.daysLeft)).toEqual(expect.arrayContaining([21, 35]));
    for (const r of adviceRequests.items) {
      expect(r.council.name).toBe('Cliëntenraad Mergelland');
      expect(r.timeliness.verdict).toBe('OPEN');
    }
    const deadlines = adviceRequests.items.map((r: any) => r.timeliness.deadline);
    expect(deadlines).toEqual([...deadlines].sort());
  });

  it("does not show the council the board's drafts", async () => {
    const { adviceRequests } = await council.ok(LIST, { filter: { status: 'DRAFT' } });
    expect(adviceRequests.totalItems).toBe(0);
    const own = await board.ok(LIST, { filter: { status: 'DRAFT' } });
    expect(own.adviceRequests.totalItems).toBeGreaterThan(0);
    const hidden = await council.request(ONE, { id: own.adviceRequests.items[0].id });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('records its position once; the answer stops the clock and the decision then counts as on time', async () => {
    const before = await figures();
    const { adviceRequests } = await council.ok(LIST, { filter: { openOnly: true }, sort: 'DEADLINE_FIRST' });
    const request = adviceRequests.items.find((r: any) => r.timeliness.daysLeft === 21);
    const { recordCouncilPosition: answered } = await council.ok(POSITION, {
      id: request.id,
      input: {
        position: 'POSITIVE_WITH_CONDITIONS',
        councilRespondedOn: '2026-11-20',
        version: request.version,
      },
    });
    expect(answered).toMatchObject({
      status: 'RESPONDED',
      councilPosition: 'POSITIVE_WITH_CONDITIONS',
      timeliness: { verdict: 'OPEN', daysLeft: null, councilLate: false },
    });

    const again = await council.request(POSITION, {
      id: request.id,
      input: { position: 'NEGATIVE', councilRespondedOn: '2026-11-21' },
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'POSITION_ALREADY_RECORDED',
      field: 'input.position',
    });

    // The board decides today, before the deadline but after the council answered: heard in time.
    const { recordDecision } = await board.ok(DECIDE, {
      id: request.id,
      input: { decidedOn: '2026-11-23', outcome: 'FOLLOWED', writtenReasonsGiven: true },
    });
    expect(recordDecision.timeliness).toMatchObject({ verdict: 'ON_TIME', grantedDays: 49, marginDays: 7 });
    const after = await figures();
    expect(after.verdictCounts.onTime).toBe(before.verdictCounts.onTime + 1);
    expect(after.verdictCounts.open).toBe(before.verdictCounts.open - 1);
    expect(after.ratedCount).toBe(before.ratedCount + 1);
    expect(after.onTimeRate).toBeCloseTo(after.verdictCounts.onTime / after.ratedCount, 12);
  });

  it('files unsolicited advice for its own council; it is never judged on time or late', async () => {
    const ids = demoIds(t.dataSource);
    const { fileUnsolicitedAdvice } = await council.ok(UNSOLICITED, {
      input: {
        councilId,
        subjectId: String(await ids.subject('ART7_2')),
        title: 'Bereikbaarheid in het weekend',
        position: 'NEGATIVE',
        councilRespondedOn: '2026-11-18',
      },
    });
    expect(fileUnsolicitedAdvice).toMatchObject({
      kind: 'UNSOLICITED',
      status: 'RESPONDED',
      requestedOn: null,
      timeliness: { verdict: 'NOT_APPLICABLE', daysLeft: null },
      findings: [],
    });
  });

  it('reports a decision it was never asked about; the figures count it against the provider', async () => {
    const before = await figures();
    const { reportNotRequested } = await council.ok(NOT_REQUESTED, {
      input: {
        councilId,
        subjectId: String(await demoIds(t.dataSource).subject('ART7_1_E')),
        kind: 'ADVICE',
        title: 'Sluiting van de avondopvang',
        decidedOn: '2026-11-02',
      },
    });
    expect(reportNotRequested).toMatchObject({
      status: 'DECIDED',
      reportedNotRequested: true,
      timeliness: { verdict: 'NOT_REQUESTED' },
    });
    const after = await figures();
    expect(after.verdictCounts.notRequested).toBe(before.verdictCounts.notRequested + 1);
    expect(after.ratedCount).toBe(before.ratedCount + 1);
    expect(after.onTimeRate).toBeLessThan(before.onTimeRate);
  });

  it('compares its own month-by-month figures with the region', async () => {
    const own = (await council.ok(FIGURES_QUERY, { groupBy: 'MONTH', filter: { councilId } }))
      .timelinessFigures;
    const region = (await council.ok(FIGURES_QUERY, { groupBy: 'MONTH' })).timelinessFigures;
    expect(own).toHaveLength(24);
    expect(own[0].key).toBe('2024-12');
    expect(own[23]).toMatchObject({ key: '2026-11', periodStart: '2026-11-01' });
    expect(region.map((r: any) => r.key)).toEqual(own.map((r: any) => r.key));
    for (const [i, month] of own.entries())
      expect(month.entryCount).toBeLessThanOrEqual(region[i].entryCount);
  });

  it('records a consultation meeting with its board', async () => {
    const { recordConsultationMeeting } = await council.ok(MEETING, {
      input: { councilId, heldOn: '2026-11-19', topics: ['Begroting 2027', 'Wachtlijsten'] },
    });
    expect(recordConsultationMeeting).toMatchObject({
      heldOn: '2026-11-19',
      topics: ['Begroting 2027', 'Wachtlijsten'],
      council: { id: councilId },
    });
  });
});
