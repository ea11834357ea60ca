// The provider board's register: a request from draft to communicated decision, a decision taken
// before asking, a withdrawal, and withheld consent taken to the commissie van vertrouwenslieden.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../../support/app';
import { GraphQLClient } from '../../support/graphql-client';
import { demoIds } from '../../support/register';
import {
  COMMUNICATE,
  CREATE,
  DECIDE,
  EDIT_DRAFT,
  ESCALATE,
  FIGURES_QUERY,
  ONE,
  POSITION,
  RULING,
  SEND,
  WITHDRAW,
} from './documents';

describe('board flow over GraphQL', () => {
  let t: TestApp;
  let board: GraphQLClient;
  let council: GraphQLClient;
  let input: (overrides?: Record<string, unknown>) => Promise<Record<string, unknown>>;

  beforeAll(async () => {
    t = await startTestApp({ env: { TODAY: '2026-11-23' } });
    board = new GraphQLClient(t.url);
    await board.signIn('bestuur.mergelland@demo.example');
    council = new GraphQLClient(t.url);
    await council.signIn('raad.mergelland@demo.example');
    const ids = demoIds(t.dataSource);
    const providerId = String(await ids.provider('mergelland'));
    const councilId = String(await ids.council('Cliëntenraad Mergelland'));
    input = async (overrides = {}) => ({
      providerId,
      councilId,
      subjectId: String(await ids.subject('ART7_1_B')),
      kind: 'ADVICE',
      title: 'Samenwerking met een ketenpartner',
      summary: 'Duurzame samenwerking met een partner voor crisisopvang.',
      plannedDecisionOn: '2027-01-31',
      ...overrides,
    });
  });
  afterAll(async () => t.close());

  it('takes a request from draft to communicated decision, with verdict and findings at every step', async () => {
    const { createAdviceRequest: draft } = await board.ok(CREATE, { input: await input() });
    expect(draft).toMatchObject({ status: 'DRAFT', requestedOn: null, timeliness: null, findings: [] });

    const { sendAdviceRequest: sent } = await board.ok(SEND, {
      id: draft.id,
      input: { requestedOn: '2026-11-02', version: draft.version },
    });
    expect(sent).toMatchObject({
      status: 'SENT',
      adviceTermDays: 42,
      plannedDecisionOn: '2027-01-31',
      timeliness: { verdict: 'OPEN', deadline: '2026-12-14', grantedDays: 90, marginDays: 48, daysLeft: 21 },
    });
    expect(sent.version).toBe(draft.version + 1);

    const { recordCouncilPosition } = await council.ok(POSITION, {
      id: sent.id,
      input: { position: 'NEGATIVE', councilRespondedOn: '2026-11-16' },
    });
    expect(recordCouncilPosition.status).toBe('RESPONDED');

    // Not following negative advice without consulting first or giving written reasons: two findings.
    const { recordDecision: decided } = await board.ok(DECIDE, {
      id: sent.id,
      input: { decidedOn: '2026-11-23', outcome: 'NOT_FOLLOWED', writtenReasonsGiven: false },
    });
    expect(decided).toMatchObject({
      status: 'DECIDED',
      timeliness: { verdict: 'ON_TIME', daysLeft: null },
      findings: ['DEVIATION_WITHOUT_CONSULTATION', 'DEVIATION_WITHOUT_REASONS'],
    });

    const { recordDecisionCommunicated: done } = await board.ok(COMMUNICATE, {
      id: sent.id,
      input: { decisionCommunicatedOn: '2026-11-23' },
    });
    expect(done).toMatchObject({ status: 'COMMUNICATED', decisionCommunicatedOn: '2026-11-23' });

    const audit = await t.dataSource.query(
      `SELECT operation FROM audit_log WHERE entity = 'advice_request' AND entity_id = $1 ORDER BY id`,
      [sent.id],
    );
    expect(audit.map((r: { operation: string }) => r.operation)).toEqual([
      'createAdviceRequest',
      'sendAdviceRequest',
      'recordCouncilPosition',
      'recordDecision',
      'recordDecisionCommunicated',
    ]);
  });

  it('reworks a draft until it is sent, and then keeps the text the council received', async () => {
    const { createAdviceRequest: draft } = await board.ok(CREATE, { input: await input() });
    const ids = demoIds(t.dataSource);
    const consentSubject = String(await ids.subject('ART8_1_A'));
    const edit = async (id: string, changes: Record<string, unknown>) => {
      const { subjectId, kind, title, summary, plannedDecisionOn } = await input();
      return board.request(EDIT_DRAFT, {
        id,
        input: { subjectId, kind, title, summary, plannedDecisionOn, ...changes },
      });
    };
    const edited = await edit(draft.id, {
      title: '  Nieuwe titel voor het concept ',
      kind: 'CONSENT',
      subjectId: consentSubject,
      plannedDecisionOn: null,
      version: draft.version,
    });
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updateAdviceRequestDraft).toMatchObject({
      status: 'DRAFT',
      kind: 'CONSENT',
      title: 'Nieuwe titel voor het concept',
      plannedDecisionOn: null,
      version: draft.version + 1,
    });

    // Refusals name the field and change nothing.
    const before = (await board.ok(ONE, { id: draft.id })).adviceRequest;
    const refusals: Array<[Record<string, unknown>, string, string]> = [
      [{ version: draft.version }, 'version', 'STALE_VERSION'],
      [{ title: '   ' }, 'input.title', 'TITLE_REQUIRED'],
      [{ kind: 'ADVICE', subjectId: consentSubject }, 'input.subjectId', 'SUBJECT_KIND_MISMATCH'],
      [{ kind: 'UNSOLICITED' }, 'input.kind', 'KIND_NOT_ALLOWED'],
      [{ plannedDecisionOn: '2019-12-31' }, 'input.plannedDecisionOn', 'DATE_BEFORE_WMCZ_2018'],
    ];
    for (const [changes, field, reason] of refusals) {
      const refused = await edit(draft.id, changes);
      expect(refused.errors?.[0]?.extensions, reason).toMatchObject({ reason });
      if (reason !== 'STALE_VERSION') expect(refused.errors?.[0]?.extensions?.field, reason).toBe(field);
    }
    expect((await board.ok(ONE, { id: draft.id })).adviceRequest).toEqual(before);

    // The council never sees a draft, so it cannot edit one either.
    const asCouncil = await council.request(EDIT_DRAFT, {
      id: draft.id,
      input: { ...(await input()), providerId: undefined, councilId: undefined },
    });
    expect(asCouncil.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const { sendAdviceRequest: sent } = await board.ok(SEND, {
      id: draft.id,
      input: { requestedOn: '2026-11-02' },
    });
    const late = await edit(sent.id, { title: 'Te laat', kind: 'CONSENT', subjectId: consentSubject });
    expect(late.errors?.[0]?.extensions).toMatchObject({ reason: 'NOT_A_DRAFT', field: 'id' });
    expect((await board.ok(ONE, { id: sent.id })).adviceRequest.title).toBe('Nieuwe titel voor het concept');
  });

  it('records a decision dated before the request and judges it after the fact', async () => {
    const { createAdviceRequest: draft } = await board.ok(CREATE, {
      input: await input({ plannedDecisionOn: null }),
    });
    await board.ok(SEND, { id: draft.id, input: { requestedOn: '2026-11-10' } });
    const { recordDecision } = await board.ok(DECIDE, {
      id: draft.id,
      input: { decidedOn: '2026-10-28', writtenReasonsGiven: false },
    });
    expect(recordDecision).toMatchObject({
      decidedOn: '2026-10-28',
      timeliness: { verdict: 'AFTER_THE_FACT', grantedDays: -13 },
    });
  });

  it('withdraws a sent request, which then leaves the on-time rate', async () => {
    const providerId = (await input()).providerId;
    const rated = async () =>
      (await board.ok(FIGURES_QUERY, { groupBy: 'PROVIDER' })).timelinessFigures[0].ratedCount;
    const before = await rated();
    const { createAdviceRequest: draft } = await board.ok(CREATE, { input: await input() });
    await board.ok(SEND, { id: draft.id, input: { requestedOn: '2026-11-12' } });
    const { withdrawAdviceRequest } = await board.ok(WITHDRAW, {
      id: draft.id,
      input: { withdrawnOn: '2026-11-20' },
    });
    expect(withdrawAdviceRequest).toMatchObject({
      status: 'WITHDRAWN',
      timeliness: { verdict: 'WITHDRAWN' },
    });
    expect(await rated()).toBe(before);
    expect((await board.ok(FIGURES_QUERY, { groupBy: 'PROVIDER' })).timelinessFigures[0].key).toBe(
      providerId,
    );
  });

  it('takes withheld consent to the commissie van vertrouwenslieden and records substitute consent', async () => {
    const ids = demoIds(t.dataSource);
    const { createAdviceRequest: draft } = await board.ok(CREATE, {
      input: await input({
        kind: 'CONSENT',
        subjectId: String(await ids.subject('ART8_1_A')),
        title: 'Nieuwe huisregels',
        plannedDecisionOn: '2026-11-01',
      }),
    });
    await board.ok(SEND, { id: draft.id, input: { requestedOn: '2026-09-01' } });
    await council.ok(POSITION, {
      id: draft.id,
      input: { position: 'CONSENT_WITHHELD', councilRespondedOn: '2026-09-28' },
    });
    const { escalateAdviceRequest } = await board.ok(ESCALATE, {
      id: draft.id,
      input: { escalatedOn: '2026-10-01' },
    });
    expect(escalateAdviceRequest).toMatchObject({ status: 'ESCALATED', escalationRuling: 'PENDING' });

    const early = await board.request(DECIDE, {
      id: draft.id,
      input: { decidedOn: '2026-10-15', outcome: 'NOT_FOLLOWED', writtenReasonsGiven: true },
    });
    expect(early.errors?.[0]?.extensions).toMatchObject({ reason: 'RULING_PENDING', field: 'id' });

    // Either party may record the ruling; here the council does.
    const { recordEscalationRuling } = await council.ok(RULING, {
      id: draft.id,
      input: { ruling: 'SUBSTITUTE_CONSENT_GRANTED', rulingOn: '2026-11-05' },
    });
    expect(recordEscalationRuling).toMatchObject({
      status: 'ESCALATED',
      escalationRuling: 'SUBSTITUTE_CONSENT_GRANTED',
    });

    const { recordDecision } = await board.ok(DECIDE, {
      id: draft.id,
      input: { decidedOn: '2026-11-10', outcome: 'NOT_FOLLOWED', writtenReasonsGiven: true },
    });
    // Carried out against the council's refusal, but with substitute consent: no finding.
    expect(recordDecision).toMatchObject({
      status: 'DECIDED',
      findings: [],
      timeliness: { verdict: 'ON_TIME' },
    });
    const seen = await council.ok(ONE, { id: draft.id });
    expect(seen.adviceRequest.rulingOn).toBe('2026-11-05');
  });
});
