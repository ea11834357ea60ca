// One fixture per query and mutation of the API: a GraphQL document and how to build valid variables
// for one call, on the caller's own organisation or on another one. The authorization matrix test
// (tests/e2e/trust/authorization-matrix.test.ts) calls every operation × every role × own/other
// organisation with them, and the audit coverage test calls every mutation once. An operation without
// a fixture here fails both, so a new operation cannot be forgotten.
//
// "own" is the organisation of the demo users: provider Jeugdzorg Mergelland (key 'mergelland'), its
// council 'Cliëntenraad Mergelland', municipality Maastricht (GM0935). "other" is provider Stichting
// Kompasroos Jeugdhulp (key 'kompasroos'), its 'Centrale cliëntenraad Kompasroos', municipality Heerlen.
import type { Role } from '@pm/domain';
import type { DataSource } from 'typeorm';
import { GraphQLClient } from './graphql-client';
import { demoIds } from './register';

export type Caller = Role | 'PUBLIC';
export type Target = 'own' | 'other';
export const CALLERS: readonly Caller[] = [
  'PUBLIC',
  'ADMIN',
  'POLICY_OFFICER',
  'CORE_GROUP',
  'COUNCIL_MEMBER',
  'PROVIDER_BOARD',
];

/** The demo user of each role; all belong to the "own" organisation. */
export const DEMO_EMAIL: Record<Role, string> = {
  ADMIN: 'beheer@demo.example',
  POLICY_OFFICER: 'beleid.maastricht@demo.example',
  CORE_GROUP: 'kerngroep@demo.example',
  COUNCIL_MEMBER: 'raad.mergelland@demo.example',
  PROVIDER_BOARD: 'bestuur.mergelland@demo.example',
};

export const TODAY = '2026-11-23';
const PASSWORD = 'matrix-wachtwoord-2026';

type Vars = Record<string, unknown>;
type Pair = Record<Target, string>;

export interface CallContext {
  caller: Caller;
  target: Target;
  /** For session fixtures: the user the call's session belongs to. */
  user?: { email: string; password: string };
}

export interface OperationFixture {
  /** One operation, named as the root field. */
  document: string;
  /** Acts on one organisation's records: called on the caller's own organisation and on another's. */
  scoped?: boolean;
  /**
   * A scoped list: another organisation's records are left out rather than refused. Returns how
   * many records of the requested organisation the answer holds.
   */
  filtered?: (data: any) => number;
  /** Needs a session of its own (sign-in, sign-out, password): a user created for the call. */
  session?: boolean;
  /** Valid variables for one call; may create what the call needs (as the admin). */
  variables(w: World, call: CallContext): Promise<Vars> | Vars;
}

interface Ids {
  provider: Pair;
  council: Pair;
  municipality: Pair;
  indicator: Pair;
  subject: { advice: string; unsolicited: string };
  pillar: string;
  goal: string;
  action: string;
  activity: string;
  approvedReport: string;
  member: string;
  sentEntry: Pair;
}

/** The test's world: the admin to prepare with, the database, and the ids the fixtures act on. */
export class World {
  private counter = 0;
  ids!: Ids;
  readonly admin: GraphQLClient;

  constructor(
    readonly url: string,
    readonly dataSource: DataSource,
  ) {
    this.admin = new GraphQLClient(url);
  }

  /** A number no other call used: for unique names, emails and KvK numbers. */
  next(): number {
    return ++this.counter;
  }

  /** A past day no other measurement used (measurements allow one per indicator per day). */
  day(): string {
    const d = new Date(`${TODAY}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() - this.next());
    return d.toISOString().slice(0, 10);
  }

  async ok(query: string, variables: Vars = {}): Promise<any> {
    return this.admin.ok(query, variables);
  }

  async one<T = any>(sql: string, params: unknown[] = []): Promise<T> {
    const rows = await this.dataSource.query(sql, params);
    return rows[0] as T;
  }

  async setUp(): Promise<void> {
    await this.admin.signIn(DEMO_EMAIL.ADMIN);
    const demo = demoIds(this.dataSource);
    const municipality = async (code: string) =>
      String((await this.one('SELECT id FROM municipality WHERE cbs_code = $1', [code])).id);
    const pillar = await this.one(
      'SELECT p.id, g.id AS goal FROM pillar p JOIN goal g ON g.pillar_id = p.id LIMIT 1',
    );
    const ids = {
      provider: {
        own: String(await demo.provider('mergelland')),
        other: String(await demo.provider('kompasroos')),
      },
      council: {
        own: String(await demo.council('Cliëntenraad Mergelland')),
        other: String(await demo.council('Centrale cliëntenraad Kompasroos')),
      },
      municipality: { own: await municipality('GM0935'), other: await municipality('GM0917') },
      subject: {
        advice: String(await demo.subject('ART7_1_E')),
        unsolicited: String(await demo.subject('ART7_2')),
      },
      pillar: String(pillar.id),
      goal: String(pillar.goal),
      approvedReport: String(
        (
          await this.one(
            `SELECT id FROM activity_report WHERE status IN ('APPROVED_BY_PARTICIPANTS', 'SHARED_WITH_REGION') LIMIT 1`,
          )
        ).id,
      ),
      member: String((await this.one('SELECT id FROM core_group_member WHERE active LIMIT 1')).id),
    } as Ids;
    this.ids = ids;
    ids.indicator = { own: await this.indicator('own'), other: await this.indicator('other') };
    ids.action = (await this.action()).id;
    ids.activity = await this.activity();
    ids.sentEntry = {
      own: (await this.entry('own', 'SENT')).id,
      other: (await this.entry('other', 'SENT')).id,
    };
    for (const target of ['own', 'other'] as const) {
      await this.ok(
        `mutation($input: RecordConsultationMeetingInput!) { recordConsultationMeeting(input: $input) { id } }`,
        {
          input: { councilId: ids.council[target], heldOn: '2026-11-02', topics: ['Begroting'] },
        },
      );
    }
  }

  // ── Things the fixtures prepare, created by the admin ──────────────────────────────────────────

  async indicator(target: Target): Promise<string> {
    const { createIndicator } = await this.ok(
      `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`,
      { input: this.indicatorInput(target) },
    );
    return createIndicator.id;
  }

  indicatorInput(target: Target): Vars {
    return {
      goalId: this.ids.goal,
      municipalityId: this.ids.municipality[target],
      title: `Indicator ${this.next()}`,
      unit: 'PERCENT',
      direction: 'HIGHER_IS_BETTER',
      baselineValue: 10,
      baselineOn: '2024-01-01',
      targetValue: 90,
      targetOn: '2028-01-01',
    };
  }

  async measurement(target: Target): Promise<string> {
    const { recordMeasurement } = await this.ok(
      `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id } }`,
      { input: this.measurementInput(target) },
    );
    return recordMeasurement.id;
  }

  measurementInput(target: Target): Vars {
    return {
      indicatorId: this.ids.indicator[target],
      measuredOn: this.day(),
      value: 40,
      unit: 'PERCENT',
      source: 'Matrixtest',
    };
  }

  actionInput(): Vars {
    return {
      pillarId: this.ids.pillar,
      title: `Actie ${this.next()}`,
      leadOrganisation: 'Regio',
      regionWide: true,
    };
  }

  async action(): Promise<{ id: string; version: number }> {
    return (
      await this.ok(`mutation($input: CreateActionInput!) { createAction(input: $input) { id version } }`, {
        input: this.actionInput(),
      })
    ).createAction;
  }

  async milestone(): Promise<string> {
    const { createActionMilestone } = await this.ok(
      `mutation($input: CreateActionMilestoneInput!) { createActionMilestone(input: $input) { id } }`,
      { input: { actionId: this.ids.action, title: `Mijlpaal ${this.next()}`, dueOn: '2026-12-31' } },
    );
    return createActionMilestone.id;
  }

  activityInput(): Vars {
    return {
      title: `Bijeenkomst ${this.next()}`,
      form: 'PANEL',
      heldOn: '2026-11-01',
      level: 'RAADPLEGEN',
      participants: { youth: 3, parents: 2 },
      pillarIds: [this.ids.pillar],
    };
  }

  async activity(): Promise<string> {
    return (
      await this.ok(`mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`, {
        input: this.activityInput(),
      })
    ).createActivity.id;
  }

  async report(
    status: 'DRAFT' | 'APPROVED_BY_PARTICIPANTS' = 'DRAFT',
  ): Promise<{ id: string; revision: number }> {
    const { createActivityReport: report } = await this.ok(
      `mutation($input: CreateActivityReportInput!) { createActivityReport(input: $input) { id revision } }`,
      { input: { activityId: await this.activity(), title: 'Verslag', body: 'Wat de deelnemers zeiden.' } },
    );
    if (status === 'DRAFT') return report;
    const step = `mutation($id: ID!, $input: SetActivityReportStatusInput!) {
      setActivityReportStatus(id: $id, input: $input) { id revision } }`;
    await this.ok(step, { id: report.id, input: { status: 'SENT_TO_PARTICIPANTS' } });
    return (await this.ok(step, { id: report.id, input: { status: 'APPROVED_BY_PARTICIPANTS' } }))
      .setActivityReportStatus;
  }

  async user(role: Role = 'CORE_GROUP'): Promise<{ id: string; email: string; password: string }> {
    const email = `matrix.${this.next()}@demo.example`;
    const organisation =
      role === 'POLICY_OFFICER'
        ? { municipalityId: this.ids.municipality.own }
        : role === 'PROVIDER_BOARD'
          ? { providerId: this.ids.provider.own }
          : role === 'COUNCIL_MEMBER'
            ? { councilId: this.ids.council.own }
            : {};
    const { createUser } = await this.ok(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: { email, displayName: 'Matrix Gebruiker', role, password: PASSWORD, ...organisation },
      },
    );
    return { id: createUser.id, email, password: PASSWORD };
  }

  /** A register entry of the target organisation, brought to a stage by the admin. */
  async entry(
    target: Target,
    stage: 'DRAFT' | 'SENT' | 'RESPONDED' | 'DECIDED' | 'ESCALATED',
  ): Promise<{ id: string; version: number }> {
    const entry = `id version`;
    let current = (
      await this.ok(
        `mutation($input: CreateAdviceRequestInput!) { createAdviceRequest(input: $input) { ${entry} } }`,
        {
          input: this.entryInput(target),
        },
      )
    ).createAdviceRequest;
    const step = async (name: string, type: string, input: Vars) => {
      current = (
        await this.ok(
          `mutation($id: ID!, $input: ${type}!) { ${name}(id: $id, input: $input) { ${entry} } }`,
          {
            id: current.id,
            input,
          },
        )
      )[name];
    };
    if (stage === 'DRAFT') return current;
    await step('sendAdviceRequest', 'SendAdviceRequestInput', { requestedOn: '2026-11-02' });
    if (stage === 'SENT') return current;
    if (stage === 'DECIDED') {
      await step('recordDecision', 'RecordDecisionInput', { decidedOn: '2026-11-20' });
      return current;
    }
    await step('recordCouncilPosition', 'RecordCouncilPositionInput', {
      position: 'NEGATIVE',
      councilRespondedOn: '2026-11-10',
    });
    if (stage === 'RESPONDED') return current;
    await step('escalateAdviceRequest', 'EscalateAdviceRequestInput', { escalatedOn: '2026-11-12' });
    return current;
  }

  entryInput(target: Target): Vars {
    return {
      providerId: this.ids.provider[target],
      councilId: this.ids.council[target],
      subjectId: this.ids.subject.advice,
      kind: 'ADVICE',
      title: `Verzoek ${this.next()}`,
    };
  }

  async unsolicited(target: Target): Promise<string> {
    const { fileUnsolicitedAdvice } = await this.ok(
      `mutation($input: FileUnsolicitedAdviceInput!) { fileUnsolicitedAdvice(input: $input) { id } }`,
      { input: this.unsolicitedInput(target) },
    );
    return fileUnsolicitedAdvice.id;
  }

  unsolicitedInput(target: Target): Vars {
    return {
      councilId: this.ids.council[target],
      subjectId: this.ids.subject.unsolicited,
      title: `Ongevraagd advies ${this.next()}`,
      position: 'POSITIVE',
      councilRespondedOn: '2026-11-10',
    };
  }
}

// ── The fixtures ───────────────────────────────────────────────────────────────────────────────

const ENTRY = 'id status version provider { id } council { id }';
const entryStep = (name: string, type: string) =>
  `mutation($id: ID!, $input: ${type}!) { ${name}(id: $id, input: $input) { ${ENTRY} } }`;
const input = (type: string, name: string, selection: string) =>
  `mutation($input: ${type}!) { ${name}(input: $input) { ${selection} } }`;
const withId = (type: string, name: string, selection: string) =>
  `mutation($id: ID!, $input: ${type}!) { ${name}(id: $id, input: $input) { ${selection} } }`;
const byId = (name: string, selection: string) => `query($id: ID!) { ${name}(id: $id) { ${selection} } }`;

const MEMBER = 'id seat organisation name email active';
const ACTION =
  'id title status version late regionWide progress { value } milestones { id } blockedBy { id }';
const ACTIVITY = 'id title form heldOn regionWide participants { total } report { id status }';
const REPORT = 'id version revision status title editable';
const INDICATOR = 'id title version unit municipality { id } progress { value }';
const COUNCIL = 'id name kind provider { id } seats { youthFilled }';

export const FIXTURES: Record<string, OperationFixture> = {
  // ── Session ──────────────────────────────────────────────────────────────────────────────────
  signIn: {
    session: true,
    document: `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { id role } }`,
    async variables(w, { user }) {
      // The public signs in with a user made for the call; a signed-in caller signs in again (rotation).
      const who = user ?? (await w.user());
      return { email: who.email, password: who.password };
    },
  },
  signOut: { session: true, document: `mutation { signOut }`, variables: () => ({}) },
  changePassword: {
    session: true,
    document: `mutation($currentPassword: String!, $newPassword: String!) {
      changePassword(currentPassword: $currentPassword, newPassword: $newPassword) }`,
    variables: (w, { user }) => ({
      currentPassword: user?.password ?? PASSWORD,
      newPassword: `nieuw-wachtwoord-${w.next()}`,
    }),
  },
  me: { document: `{ me { id role organisation { kind id } } }`, variables: () => ({}) },
  today: { document: `{ today }`, variables: () => ({}) },

  // ── Organisations, users, the audit trail ───────────────────────────────────────────────────────
  regions: { document: `{ regions { id code name } }`, variables: () => ({}) },
  subregions: { document: `{ subregions { id name region { code } } }`, variables: () => ({}) },
  municipalities: {
    document: `{ municipalities { totalItems items { id cbsCode name publishAggregates subregion { name } } } }`,
    variables: () => ({}),
  },
  municipality: {
    document: `query($cbsCode: String) { municipality(cbsCode: $cbsCode) { id name inhabitants successor { id } } }`,
    variables: () => ({ cbsCode: 'GM0935' }),
  },
  providers: {
    document: `{ providers { totalItems items { id name kvkNumber councilRequired publishAggregates } } }`,
    variables: () => ({}),
  },
  provider: {
    document: byId('provider', `id name councils { id name } municipalities { id }`),
    variables: (w) => ({ id: w.ids.provider.own }),
  },
  createProvider: {
    document: input('CreateProviderInput', 'createProvider', 'id name kvkNumber'),
    variables: (w) => {
      const n = w.next();
      return {
        input: { name: `Aanbieder ${n}`, kvkNumber: `8${String(n).padStart(7, '0')}`, careWorkers: 12 },
      };
    },
  },
  updateProvider: {
    scoped: true,
    document: withId('UpdateProviderInput', 'updateProvider', 'id careWorkers'),
    async variables(w, { target }) {
      const id = w.ids.provider[target];
      const { careWorkers } = await w.one(
        'SELECT care_workers AS "careWorkers" FROM provider WHERE id = $1',
        [id],
      );
      return { id, input: { careWorkers } };
    },
  },
  setPublication: {
    document: input('SetPublicationInput', 'setPublication', 'organisation id name publishAggregates'),
    // Records Mergelland's consent again: the decision is audited, the figures stay the same.
    variables: (w) => ({
      input: { organisation: 'PROVIDER', id: w.ids.provider.own, publishAggregates: true },
    }),
  },
  clientCouncils: {
    document: `{ clientCouncils { totalItems items { ${COUNCIL} } } }`,
    variables: () => ({}),
  },
  clientCouncil: {
    document: byId('clientCouncil', `${COUNCIL} adviceTerms { termDays validFrom }`),
    variables: (w) => ({ id: w.ids.council.own }),
  },
  createClientCouncil: {
    document: input('CreateClientCouncilInput', 'createClientCouncil', 'id name'),
    variables: (w) => ({
      input: {
        providerId: w.ids.provider.own,
        name: `Jongerenraad ${w.next()}`,
        kind: 'JONGERENRAAD',
        adviceTermDays: 30,
        adviceTermValidFrom: '2026-01-01',
      },
    }),
  },
  updateClientCouncil: {
    scoped: true,
    document: withId('UpdateClientCouncilInput', 'updateClientCouncil', 'id meetingsPerYear'),
    async variables(w, { target }) {
      const id = w.ids.council[target];
      const { meetings } = await w.one(
        'SELECT meetings_per_year AS meetings FROM client_council WHERE id = $1',
        [id],
      );
      return { id, input: { meetingsPerYear: meetings } };
    },
  },
  setAdviceTerm: {
    scoped: true,
    document: input('SetAdviceTermInput', 'setAdviceTerm', 'id termDays validFrom'),
    async variables(w, { target }) {
      const councilId = w.ids.council[target];
      // The term in force, recorded again: audited, but no deadline moves.
      const term = await w.one(
        `SELECT term_days AS "termDays", valid_from::text AS "validFrom" FROM advice_term
          WHERE council_id = $1 ORDER BY valid_from DESC LIMIT 1`,
        [councilId],
      );
      return { input: { councilId, ...term } };
    },
  },
  users: { document: `{ users { totalItems items { id email role } } }`, variables: () => ({}) },
  createUser: {
    document: input('CreateUserInput', 'createUser', 'id email role'),
    variables: (w) => ({
      input: {
        email: `nieuw.${w.next()}@demo.example`,
        displayName: 'Nieuwe Gebruiker',
        role: 'CORE_GROUP',
        password: PASSWORD,
      },
    }),
  },
  disableUser: {
    document: `mutation($id: ID!) { disableUser(id: $id) { id disabled } }`,
    variables: async (w) => ({ id: (await w.user()).id }),
  },
  removeUserPersonalData: {
    document: `mutation($id: ID!) { removeUserPersonalData(id: $id) { id email disabled } }`,
    variables: async (w) => ({ id: (await w.user()).id }),
  },
  auditLog: {
    document: `{ auditLog(take: 5) { totalItems items { id operation entity entityId userId } } }`,
    variables: () => ({}),
  },
  recordHistory: {
    document: `query($entity: String!, $entityId: String!) {
      recordHistory(entity: $entity, entityId: $entityId) { id operation role userId } }`,
    variables: (w) => ({ entity: 'provider', entityId: w.ids.provider.own }),
  },

  // ── The Wmcz register ─────────────────────────────────────────────────────────────────────────
  wmczSubjects: { document: `{ wmczSubjects { id code right articleRef } }`, variables: () => ({}) },
  wmczSubject: {
    document: byId('wmczSubject', 'id code version'),
    variables: (w) => ({ id: w.ids.subject.advice }),
  },
  createWmczSubject: {
    document: input('CreateWmczSubjectInput', 'createWmczSubject', 'id code position active'),
    variables: (w) => ({
      input: {
        code: `MATRIX_${w.next()}`,
        right: 'ADVICE',
        articleRef: 'art. 7 lid 1 (proef)',
        titleNl: 'Proefonderwerp',
        titleEn: 'Trial subject',
      },
    }),
  },
  updateWmczSubject: {
    document: withId('UpdateWmczSubjectInput', 'updateWmczSubject', 'id titleEn version'),
    async variables(w) {
      const id = w.ids.subject.advice;
      const { titleEn } = await w.one('SELECT title_en AS "titleEn" FROM wmcz_subject WHERE id = $1', [id]);
      return { id, input: { titleEn } };
    },
  },
  adviceRequests: {
    scoped: true,
    document: `query($filter: AdviceRequestFilter) {
      adviceRequests(filter: $filter, take: 200) { totalItems items { ${ENTRY} timeliness { verdict } } } }`,
    filtered: (data) => data.adviceRequests.totalItems,
    variables: (w, { target }) => ({ filter: { providerId: w.ids.provider[target] } }),
  },
  adviceRequest: {
    scoped: true,
    document: byId('adviceRequest', `${ENTRY} title summary findings timeliness { verdict daysLeft }`),
    variables: (w, { target }) => ({ id: w.ids.sentEntry[target] }),
  },
  consultationMeetings: {
    scoped: true,
    document: `query($filter: ConsultationMeetingFilter) {
      consultationMeetings(filter: $filter, take: 200) { totalItems items { id heldOn topics council { id } } } }`,
    filtered: (data) => data.consultationMeetings.totalItems,
    variables: (w, { target }) => ({ filter: { councilId: w.ids.council[target] } }),
  },
  timelinessFigures: {
    document: `{ timelinessFigures(groupBy: REGION) { key name entryCount onTimeRate } }`,
    variables: () => ({}),
  },
  createAdviceRequest: {
    scoped: true,
    document: input('CreateAdviceRequestInput', 'createAdviceRequest', ENTRY),
    variables: (w, { target }) => ({ input: w.entryInput(target) }),
  },
  updateAdviceRequestDraft: {
    scoped: true,
    document: entryStep('updateAdviceRequestDraft', 'UpdateAdviceRequestDraftInput'),
    variables: async (w, { target }) => {
      const entry = await w.entry(target, 'DRAFT');
      const { subjectId, kind, title, summary } = w.entryInput(target);
      return { id: entry.id, input: { subjectId, kind, title, summary, version: entry.version } };
    },
  },
  sendAdviceRequest: {
    scoped: true,
    document: entryStep('sendAdviceRequest', 'SendAdviceRequestInput'),
    variables: async (w, { target }) => {
      const entry = await w.entry(target, 'DRAFT');
      return { id: entry.id, input: { requestedOn: '2026-11-02', version: entry.version } };
    },
  },
  recordCouncilPosition: {
    scoped: true,
    document: entryStep('recordCouncilPosition', 'RecordCouncilPositionInput'),
    variables: async (w, { target }) => {
      const entry = await w.entry(target, 'SENT');
      return {
        id: entry.id,
        input: { position: 'POSITIVE', councilRespondedOn: '2026-11-10', version: entry.version },
      };
    },
  },
  recordDecision: {
    scoped: true,
    document: entryStep('recordDecision', 'RecordDecisionInput'),
    variables: async (w, { target }) => {
      const entry = await w.entry(target, 'SENT');
      return { id: entry.id, input: { decidedOn: '2026-11-20', version: entry.version } };
    },
  },
  recordDecisionCommunicated: {
    scoped: true,
    document: entryStep('recordDecisionCommunicated', 'RecordDecisionCommunicatedInput'),
    variables: async (w, { target }) => {
      const entry = await w.entry(target, 'DECIDED');
      return { id: entry.id, input: { decisionCommunicatedOn: '2026-11-22', version: entry.version } };
    },
  },
  withdrawAdviceRequest: {
    scoped: true,
    document: entryStep('withdrawAdviceRequest', 'WithdrawAdviceRequestInput'),
    // The board withdraws its requests, a council its own unsolicited advice.
    variables: async (w, { caller, target }) => ({
      id: caller === 'COUNCIL_MEMBER' ? await w.unsolicited(target) : (await w.entry(target, 'SENT')).id,
      input: { withdrawnOn: '2026-11-22' },
    }),
  },
  escalateAdviceRequest: {
    scoped: true,
    document: entryStep('escalateAdviceRequest', 'EscalateAdviceRequestInput'),
    variables: async (w, { target }) => {
      const entry = await w.entry(target, 'RESPONDED');
      return { id: entry.id, input: { escalatedOn: '2026-11-12', version: entry.version } };
    },
  },
  recordEscalationRuling: {
    scoped: true,
    document: entryStep('recordEscalationRuling', 'RecordEscalationRulingInput'),
    variables: async (w, { target }) => {
      const entry = await w.entry(target, 'ESCALATED');
      return {
        id: entry.id,
        input: { ruling: 'RULED_FOR_COUNCIL', rulingOn: '2026-11-20', version: entry.version },
      };
    },
  },
  fileUnsolicitedAdvice: {
    scoped: true,
    document: input('FileUnsolicitedAdviceInput', 'fileUnsolicitedAdvice', ENTRY),
    variables: (w, { target }) => ({ input: w.unsolicitedInput(target) }),
  },
  reportNotRequested: {
    scoped: true,
    document: input('ReportNotRequestedInput', 'reportNotRequested', ENTRY),
    variables: (w, { target }) => ({
      input: {
        councilId: w.ids.council[target],
        subjectId: w.ids.subject.advice,
        kind: 'ADVICE',
        title: `Niet gevraagd ${w.next()}`,
        decidedOn: '2026-11-10',
      },
    }),
  },
  recordConsultationMeeting: {
    scoped: true,
    document: input(
      'RecordConsultationMeetingInput',
      'recordConsultationMeeting',
      'id heldOn council { id }',
    ),
    variables: (w, { target }) => ({
      input: { councilId: w.ids.council[target], heldOn: '2026-11-10', topics: [`Overleg ${w.next()}`] },
    }),
  },

  // ── The programme: pillars, goals, indicators ─────────────────────────────────────────────────
  pillars: {
    document: `{ pillars { id code title progress { value } goals { id } } }`,
    variables: () => ({}),
  },
  pillar: {
    document: byId('pillar', 'id code goals { id title }'),
    variables: (w) => ({ id: w.ids.pillar }),
  },
  goal: {
    document: byId('goal', 'id title weight indicators { id }'),
    variables: (w) => ({ id: w.ids.goal }),
  },
  programmeRules: { document: `{ programmeRules { statusShares { status share } } }`, variables: () => ({}) },
  programmeStats: {
    document: `{ programmeStats { scope actionSummary { total late } activitySummary { activities }
      municipalities { cbsCode activities } pillars { code progress { value } } } }`,
    variables: () => ({}),
  },
  createGoal: {
    document: input('CreateGoalInput', 'createGoal', 'id title'),
    variables: (w) => ({ input: { pillarId: w.ids.pillar, title: `Doel ${w.next()}` } }),
  },
  updateGoal: {
    document: withId('UpdateGoalInput', 'updateGoal', 'id weight'),
    async variables(w) {
      const { weight } = await w.one('SELECT weight FROM goal WHERE id = $1', [w.ids.goal]);
      return { id: w.ids.goal, input: { weight } };
    },
  },
  indicators: {
    document: `{ indicators { totalItems items { ${INDICATOR} } } }`,
    variables: () => ({}),
  },
  indicator: {
    document: byId('indicator', `${INDICATOR} measurements { id value } series { on value }`),
    variables: (w) => ({ id: w.ids.indicator.own }),
  },
  createIndicator: {
    scoped: true,
    document: input('CreateIndicatorInput', 'createIndicator', INDICATOR),
    variables: (w, { target }) => ({ input: w.indicatorInput(target) }),
  },
  updateIndicator: {
    scoped: true,
    document: withId('UpdateIndicatorInput', 'updateIndicator', INDICATOR),
    async variables(w, { target }) {
      const id = w.ids.indicator[target];
      const { version } = await w.one('SELECT version FROM indicator WHERE id = $1', [id]);
      return { id, input: { title: `Indicator ${w.next()}`, version } };
    },
  },
  recordMeasurement: {
    scoped: true,
    document: input('RecordMeasurementInput', 'recordMeasurement', 'id value measuredOn'),
    variables: (w, { target }) => ({ input: w.measurementInput(target) }),
  },
  correctMeasurement: {
    scoped: true,
    document: withId('CorrectMeasurementInput', 'correctMeasurement', 'id value correctsId'),
    variables: async (w, { target }) => ({
      id: await w.measurement(target),
      input: { value: 45, unit: 'PERCENT', note: 'Gecorrigeerd' },
    }),
  },

  // ── The programme: the core group, actions, activities ────────────────────────────────────────
  coreGroupMembers: { document: `{ coreGroupMembers { ${MEMBER} } }`, variables: () => ({}) },
  coreGroupMember: { document: byId('coreGroupMember', MEMBER), variables: (w) => ({ id: w.ids.member }) },
  createCoreGroupMember: {
    document: input('CreateCoreGroupMemberInput', 'createCoreGroupMember', MEMBER),
    variables: (w) => {
      const n = w.next();
      return {
        input: {
          seat: 'CLIENT',
          organisation: 'Cliëntenorganisatie',
          name: `Lid ${n}`,
          email: `lid.${n}@demo.example`,
        },
      };
    },
  },
  updateCoreGroupMember: {
    document: withId('UpdateCoreGroupMemberInput', 'updateCoreGroupMember', MEMBER),
    variables: (w) => ({ id: w.ids.member, input: { active: true } }),
  },
  actions: { document: `{ actions(take: 20) { totalItems items { ${ACTION} } } }`, variables: () => ({}) },
  action: {
    document: byId('action', `${ACTION} history { statusTo changedBy } owners { name }`),
    variables: (w) => ({ id: w.ids.action }),
  },
  actionsDueWithin: {
    document: `{ actionsDueWithin(days: 60) { totalItems items { id dueOn } } }`,
    variables: () => ({}),
  },
  lateActions: { document: `{ lateActions { totalItems items { id dueOn } } }`, variables: () => ({}) },
  lateMilestones: { document: `{ lateMilestones { totalItems items { id dueOn } } }`, variables: () => ({}) },
  createAction: {
    document: input('CreateActionInput', 'createAction', ACTION),
    variables: (w) => ({ input: w.actionInput() }),
  },
  updateAction: {
    document: withId('UpdateActionInput', 'updateAction', ACTION),
    variables: async (w) => {
      const action = await w.action();
      return { id: action.id, input: { version: action.version, title: `Bijgewerkt ${w.next()}` } };
    },
  },
  bulkSetActionStatus: {
    document: input('BulkSetActionStatusInput', 'bulkSetActionStatus', 'id status version'),
    variables: async (w) => {
      const items = [await w.action(), await w.action()];
      return { input: { items, status: 'PLANNED' } };
    },
  },
  addActionDependency: {
    document: input('ActionDependencyInput', 'addActionDependency', 'blocker { id } blocked { id }'),
    variables: async (w) => ({
      input: { blockerId: (await w.action()).id, blockedId: (await w.action()).id },
    }),
  },
  removeActionDependency: {
    document: `mutation($input: ActionDependencyInput!) { removeActionDependency(input: $input) }`,
    variables: async (w) => {
      const pair = { blockerId: (await w.action()).id, blockedId: (await w.action()).id };
      await w.ok(input('ActionDependencyInput', 'addActionDependency', 'blocker { id }'), { input: pair });
      return { input: pair };
    },
  },
  createActionMilestone: {
    document: input('CreateActionMilestoneInput', 'createActionMilestone', 'id title dueOn late'),
    variables: (w) => ({
      input: { actionId: w.ids.action, title: `Mijlpaal ${w.next()}`, dueOn: '2026-12-31' },
    }),
  },
  updateActionMilestone: {
    document: withId('UpdateActionMilestoneInput', 'updateActionMilestone', 'id doneOn'),
    variables: async (w) => ({ id: await w.milestone(), input: { doneOn: '2026-11-20' } }),
  },
  deleteActionMilestone: {
    document: `mutation($id: ID!) { deleteActionMilestone(id: $id) }`,
    variables: async (w) => ({ id: await w.milestone() }),
  },
  linkActionActivity: {
    document: input('ActionActivityInput', 'linkActionActivity', 'id activities { id }'),
    variables: async (w) => ({ input: { actionId: (await w.action()).id, activityId: w.ids.activity } }),
  },
  unlinkActionActivity: {
    document: input('ActionActivityInput', 'unlinkActionActivity', 'id activities { id }'),
    variables: async (w) => {
      const pair = { actionId: (await w.action()).id, activityId: w.ids.activity };
      await w.ok(input('ActionActivityInput', 'linkActionActivity', 'id'), { input: pair });
      return { input: pair };
    },
  },
  activities: {
    document: `{ activities(take: 20) { totalItems items { ${ACTIVITY} } } }`,
    variables: () => ({}),
  },
  activity: {
    document: byId('activity', `${ACTIVITY} reports { id } actions { id } pillars { code }`),
    variables: (w) => ({ id: w.ids.activity }),
  },
  activityReport: {
    document: byId('activityReport', `${REPORT} body activity { id }`),
    variables: (w) => ({ id: w.ids.approvedReport }),
  },
  createActivity: {
    document: input('CreateActivityInput', 'createActivity', ACTIVITY),
    variables: (w) => ({ input: w.activityInput() }),
  },
  updateActivity: {
    document: withId('UpdateActivityInput', 'updateActivity', ACTIVITY),
    variables: (w) => ({ id: w.ids.activity, input: { title: `Bijeenkomst ${w.next()}` } }),
  },
  createActivityReport: {
    document: input('CreateActivityReportInput', 'createActivityReport', REPORT),
    variables: async (w) => ({ input: { activityId: await w.activity(), title: 'Verslag', body: 'Tekst.' } }),
  },
  updateActivityReport: {
    document: withId('UpdateActivityReportInput', 'updateActivityReport', REPORT),
    variables: async (w) => {
      const report = await w.report();
      return { id: report.id, input: { body: `Nieuwe tekst ${w.next()}`, revision: report.revision } };
    },
  },
  setActivityReportStatus: {
    document: withId('SetActivityReportStatusInput', 'setActivityReportStatus', REPORT),
    variables: async (w) => {
      const report = await w.report();
      return { id: report.id, input: { status: 'SENT_TO_PARTICIPANTS', revision: report.revision } };
    },
  },
  supersedeActivityReport: {
    document: `mutation($id: ID!, $input: UpdateActivityReportInput) {
      supersedeActivityReport(id: $id, input: $input) { ${REPORT} supersedesId } }`,
    variables: async (w) => {
      const report = await w.report('APPROVED_BY_PARTICIPANTS');
      return { id: report.id, input: { revision: report.revision } };
    },
  },
};
