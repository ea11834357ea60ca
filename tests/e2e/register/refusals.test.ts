// Every bad input the issue names is refused over HTTP with a code and a field, and nothing is written;
// every step outside the actor's organisation or role is FORBIDDEN.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../../support/app';
import { tableCounts } from '../../support/database';
import { GraphQLClient } from '../../support/graphql-client';
import { demoIds } from '../../support/register';
import {
  COMMUNICATE,
  CREATE,
  DECIDE,
  FIGURES_QUERY,
  LIST,
  MEETING,
  ONE,
  POSITION,
  SEND,
  UNSOLICITED,
} from './documents';

describe('register refusals over GraphQL', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  let board: GraphQLClient;
  let council: GraphQLClient;
  let policy: GraphQLClient;
  let ids: Record<string, string>;
  let sentId: string;
  let answeredId: string;
  let decidedId: string;
  let otherCouncilsRequestId: string;

  const base = () => ({
    providerId: ids.mergelland,
    councilId: ids.raadMergelland,
    subjectId: ids.ART7_1_E,
    kind: 'ADVICE',
    title: 'Nieuwe teamindeling',
  });

  beforeAll(async () => {
    t = await startTestApp({ env: { TODAY: '2026-11-23' } });
    const sign = async (email: string) => {
      const client = new GraphQLClient(t.url);
      await client.signIn(email);
      return client;
    };
    admin = await sign('beheer@demo.example');
    board = await sign('bestuur.mergelland@demo.example');
    council = await sign('raad.mergelland@demo.example');
    policy = await sign('beleid.maastricht@demo.example');
    const demo = demoIds(t.dataSource);
    ids = {
      mergelland: String(await demo.provider('mergelland')),
      opvoedsteun: String(await demo.provider('opvoedsteun')),
      opDeHei: String(await demo.provider('op-de-hei')),
      raadMergelland: String(await demo.council('Cliëntenraad Mergelland')),
      raadOpvoedsteun: String(await demo.council('Cliëntenraad Opvoedsteun')),
      ART7_1_E: String(await demo.subject('ART7_1_E')),
      ART7_1_H: String(await demo.subject('ART7_1_H')),
      ART8_1_A: String(await demo.subject('ART8_1_A')),
      ART7_2: String(await demo.subject('ART7_2')),
    };
    const fresh = async () => {
      const { createAdviceRequest } = await board.ok(CREATE, { input: base() });
      await board.ok(SEND, { id: createAdviceRequest.id, input: { requestedOn: '2026-11-10' } });
      return createAdviceRequest.id as string;
    };
    sentId = await fresh();
    answeredId = await fresh();
    await council.ok(POSITION, {
      id: answeredId,
      input: { position: 'POSITIVE', councilRespondedOn: '2026-11-12' },
    });
    decidedId = await fresh();
    await board.ok(DECIDE, { id: decidedId, input: { decidedOn: '2026-11-20', writtenReasonsGiven: false } });
    const others = await admin.ok(LIST, {
      filter: { councilId: ids.raadOpvoedsteun, openOnly: false },
      take: 1,
    });
    otherCouncilsRequestId = others.adviceRequests.items[0].id;
  });
  afterAll(async () => t.close());

  async function expectRefused(
    client: () => GraphQLClient,
    query: string,
    variables: () => Record<string, unknown>,
    expected: Record<string, unknown>,
  ) {
    const before = await tableCounts(t.dataSource);
    const result = await client().request(query, variables());
    expect(result.errors?.[0]?.extensions).toMatchObject(expected);
    expect(await tableCounts(t.dataSource)).toEqual(before);
  }

  const bad = (reason: string, field: string) => ({ code: 'BAD_USER_INPUT', reason, field });

  it.each([
    [
      'an impossible date (2025-02-30)',
      () => ({ requestedOn: '2025-02-30' }),
      bad('INVALID_DATE', 'input.requestedOn'),
    ],
    [
      'a date that has not happened yet',
      () => ({ requestedOn: '2026-11-24' }),
      bad('DATE_IN_FUTURE', 'input.requestedOn'),
    ],
    [
      'a date before the Wmcz 2018',
      () => ({ requestedOn: '2020-06-30' }),
      bad('DATE_BEFORE_WMCZ_2018', 'input.requestedOn'),
    ],
    [
      'a planned decision before the request',
      () => ({ requestedOn: '2026-11-20', plannedDecisionOn: '2026-11-19' }),
      bad('PLANNED_DECISION_BEFORE_REQUEST', 'input.plannedDecisionOn'),
    ],
  ])('refuses sending with %s', async (_label, input, expected) => {
    const { createAdviceRequest } = await board.ok(CREATE, { input: base() });
    await expectRefused(
      () => board,
      SEND,
      () => ({ id: createAdviceRequest.id, input: input() }),
      expected,
    );
  });

  it.each([
    [
      'a provider without a council',
      () => ({ ...base(), providerId: ids.opDeHei }),
      bad('PROVIDER_HAS_NO_COUNCIL', 'input.providerId'),
    ],
    [
      "a council that is not the provider's",
      () => ({ ...base(), councilId: ids.raadOpvoedsteun }),
      bad('COUNCIL_NOT_OF_PROVIDER', 'input.councilId'),
    ],
    [
      'a consent subject filed as a request for advice',
      () => ({ ...base(), subjectId: ids.ART8_1_A }),
      bad('SUBJECT_KIND_MISMATCH', 'input.subjectId'),
    ],
    [
      'a residential-only subject at a provider without residential care',
      () => ({
        ...base(),
        providerId: ids.opvoedsteun,
        councilId: ids.raadOpvoedsteun,
        subjectId: ids.ART7_1_H,
      }),
      bad('SUBJECT_NOT_FOR_PROVIDER', 'input.subjectId'),
    ],
    [
      'unsolicited advice filed by the board',
      () => ({ ...base(), kind: 'UNSOLICITED' }),
      bad('KIND_NOT_ALLOWED', 'input.kind'),
    ],
    ['an empty title', () => ({ ...base(), title: '   ' }), bad('TITLE_REQUIRED', 'input.title')],
    [
      'an unknown subject',
      () => ({ ...base(), subjectId: '999999' }),
      bad('UNKNOWN_SUBJECT', 'input.subjectId'),
    ],
  ])('refuses a request with %s', async (_label, input, expected) => {
    await expectRefused(
      () => admin,
      CREATE,
      () => ({ input: input() }),
      expected,
    );
  });

  it('refuses a council response dated before the request', async () => {
    await expectRefused(
      () => council,
      POSITION,
      () => ({ id: sentId, input: { position: 'POSITIVE', councilRespondedOn: '2026-11-09' } }),
      bad('RESPONSE_BEFORE_REQUEST', 'input.councilRespondedOn'),
    );
  });

  it('refuses a position that does not answer the kind of request', async () => {
    await expectRefused(
      () => council,
      POSITION,
      () => ({ id: sentId, input: { position: 'CONSENT_GIVEN', councilRespondedOn: '2026-11-12' } }),
      bad('POSITION_NOT_FOR_KIND', 'input.position'),
    );
  });

  it('refuses recording the position twice', async () => {
    await expectRefused(
      () => council,
      POSITION,
      () => ({ id: answeredId, input: { position: 'NEGATIVE', councilRespondedOn: '2026-11-13' } }),
      bad('POSITION_ALREADY_RECORDED', 'input.position'),
    );
  });

  it('refuses a communication dated before the decision', async () => {
    await expectRefused(
      () => board,
      COMMUNICATE,
      () => ({ id: decidedId, input: { decisionCommunicatedOn: '2026-11-19' } }),
      bad('COMMUNICATION_BEFORE_DECISION', 'input.decisionCommunicatedOn'),
    );
  });

  it('refuses an outcome when the council gave no position to follow', async () => {
    const { createAdviceRequest } = await board.ok(CREATE, { input: base() });
    await board.ok(SEND, { id: createAdviceRequest.id, input: { requestedOn: '2026-11-10' } });
    await expectRefused(
      () => board,
      DECIDE,
      () => ({ id: createAdviceRequest.id, input: { decidedOn: '2026-11-20', outcome: 'FOLLOWED' } }),
      bad('OUTCOME_WITHOUT_POSITION', 'input.outcome'),
    );
  });

  it.each([
    [
      'communicating a decision that was not taken',
      () => COMMUNICATE,
      () => ({ decisionCommunicatedOn: '2026-11-20' }),
    ],
    ['sending a request twice', () => SEND, () => ({ requestedOn: '2026-11-11' })],
  ])('refuses %s (INVALID_TRANSITION)', async (_label, query, input) => {
    await expectRefused(
      () => board,
      query(),
      () => ({ id: sentId, input: input() }),
      bad('INVALID_TRANSITION', 'id'),
    );
  });

  it('refuses a step on a stale version (STALE_VERSION)', async () => {
    const { adviceRequest } = await board.ok(ONE, { id: sentId });
    await expectRefused(
      () => board,
      DECIDE,
      () => ({ id: sentId, input: { decidedOn: '2026-11-21', version: adviceRequest.version - 1 } }),
      {
        code: 'CONFLICT',
        reason: 'STALE_VERSION',
        field: 'input.version',
        // The current values come with the refusal, so the client can show what changed.
        details: {
          currentVersion: adviceRequest.version,
          current: { id: sentId, status: adviceRequest.status, version: adviceRequest.version },
        },
      },
    );
  });

  describe('FORBIDDEN', () => {
    const forbidden = { code: 'FORBIDDEN' };

    it("refuses a council member acting on another council's request", async () => {
      await expectRefused(
        () => council,
        POSITION,
        () => ({
          id: otherCouncilsRequestId,
          input: { position: 'POSITIVE', councilRespondedOn: '2026-11-12' },
        }),
        forbidden,
      );
    });

    it("refuses a council member reading another council's request", async () => {
      await expectRefused(
        () => council,
        ONE,
        () => ({ id: otherCouncilsRequestId }),
        forbidden,
      );
    });

    it('refuses a council member filing unsolicited advice for another council', async () => {
      await expectRefused(
        () => council,
        UNSOLICITED,
        () => ({
          input: {
            councilId: ids.raadOpvoedsteun,
            subjectId: ids.ART7_2,
            title: 'Advies',
            position: 'POSITIVE',
            councilRespondedOn: '2026-11-20',
          },
        }),
        forbidden,
      );
    });

    it("refuses a board acting on another provider's request", async () => {
      await expectRefused(
        () => board,
        DECIDE,
        () => ({ id: otherCouncilsRequestId, input: { decidedOn: '2026-11-20' } }),
        forbidden,
      );
    });

    it("refuses a council member the board's steps and a policy officer every step", async () => {
      await expectRefused(
        () => council,
        CREATE,
        () => ({ input: base() }),
        forbidden,
      );
      await expectRefused(
        () => policy,
        DECIDE,
        () => ({ id: sentId, input: { decidedOn: '2026-11-20' } }),
        forbidden,
      );
    });

    it('refuses recording a consultation meeting for another council', async () => {
      await expectRefused(
        () => council,
        MEETING,
        () => ({ input: { councilId: ids.raadOpvoedsteun, heldOn: '2026-11-20', topics: [] } }),
        forbidden,
      );
    });

    it('refuses the public any single request and figures of a provider that did not opt in', async () => {
      const anonymous = new GraphQLClient(t.url);
      const list = await anonymous.request(LIST, {});
      expect(list.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const kompasroos = await demoIds(t.dataSource).provider('kompasroos');
      const figures = await anonymous.request(FIGURES_QUERY, {
        groupBy: 'REGION',
        filter: { providerId: String(kompasroos) },
      });
      expect(figures.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(figures.data).toBeNull();
    });
  });
});
