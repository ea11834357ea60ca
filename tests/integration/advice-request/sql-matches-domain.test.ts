// The SQL verdict, findings and figures (api/src/advice-request/verdict.sql.ts, figures.service.ts) must
// agree with assessTimeliness and assessFindings in libs/domain. Random entries (fast-check, fixed seed,
// biased towards the boundaries: decision on the deadline day, answer on the decision day) are put in
// PostgreSQL and every figure is computed twice: by SQL, and in JavaScript from the domain functions.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  assessFindings,
  assessTimeliness,
  FINDING_CODES,
  RATED_VERDICTS,
  type AdviceKind,
  type CouncilPosition,
  type EscalationRuling,
  type FindingCode,
  type FindingsInput,
  type Outcome,
  POSITIONS_BY_KIND,
  UNSOLICITED_ANSWER_DAYS,
} from '@pm/domain';
import { buildFiguresSql, type FiguresQuery } from '../../../api/src/advice-request/figures.service';
import type { FiguresGroupBy, TimelinessFiguresFilter } from '../../../api/src/advice-request/figures.type';
import {
  councilLateSql,
  daysLeftSql,
  deadlineSql,
  findingSql,
  grantedDaysSql,
  marginDaysSql,
  verdictSql,
} from '../../../api/src/advice-request/verdict.sql';
import { statusOf } from '../../../api/src/seed/demo-register';
import { seedDemoData } from '../../../api/src/seed/seed.service';
import { createTestDatabase, type TestDatabase } from '../../support/database';

const TODAY = '2026-03-15';
const BASE = '2024-06-01';
const SEED = 20_261_123;

// ---------------------------------------------------------------------------------------------
// Random entries

interface Entry extends FindingsInput {
  providerId: number;
  councilId: number;
  subjectId: number;
  decisionCommunicatedOn: string | null;
  escalatedOn: string | null;
  rulingOn: string | null;
}

type Shape = Omit<Entry, 'providerId' | 'councilId' | 'subjectId'>;

const opt = <T>(arb: fc.Arbitrary<T>, freq = 0.5) =>
  fc.oneof(
    { weight: Math.round(freq * 10), arbitrary: arb },
    { weight: Math.round((1 - freq) * 10), arbitrary: fc.constant(null) },
  );

/** Any combination the domain accepts (a response never precedes the request), ignoring the table's invariants. */
const anyInput: fc.Arbitrary<Shape> = fc
  .record({
    kind: fc.constantFrom<AdviceKind>('ADVICE', 'CONSENT', 'UNSOLICITED'),
    requested: opt(fc.integer({ min: 0, max: 700 }), 0.85),
    term: fc.integer({ min: 1, max: 60 }),
    planned: opt(fc.integer({ min: -10, max: 90 })),
    responded: opt(fc.integer({ min: 0, max: 90 })),
    decidedMode: fc.constantFrom('none', 'free', 'deadline', 'responded'),
    decidedFree: fc.integer({ min: -30, max: 120 }),
    delta: fc.integer({ min: -1, max: 1 }),
    withdrawn: opt(fc.integer({ min: 0, max: 60 }), 0.1),
    reported: fc.boolean(),
    position: fc.constantFrom<CouncilPosition | null>(
      null,
      'POSITIVE',
      'POSITIVE_WITH_CONDITIONS',
      'NEGATIVE',
      'NO_ADVICE',
      'CONSENT_GIVEN',
      'CONSENT_WITHHELD',
    ),
    outcome: fc.constantFrom<Outcome | null>(null, 'FOLLOWED', 'PARTLY_FOLLOWED', 'NOT_FOLLOWED'),
    consultation: opt(fc.integer({ min: -15, max: 15 }), 0.4),
    reasons: fc.boolean(),
    ruling: fc.constantFrom<EscalationRuling>(
      'NONE',
      'NONE',
      'NONE',
      'PENDING',
      'SUBSTITUTE_CONSENT_GRANTED',
      'SUBSTITUTE_CONSENT_REFUSED',
      'RULED_FOR_COUNCIL',
    ),
  })
  .map((r): Shape => {
    const base = r.requested ?? 300;
    const requestedOn = r.requested === null ? null : addDays(BASE, r.requested);
    const respondedDay = r.responded === null ? null : base + r.responded;
    const decidedDay =
      r.decidedMode === 'none'
        ? null
        : r.decidedMode === 'deadline'
          ? base + r.term + r.delta
          : r.decidedMode === 'responded' && respondedDay !== null
            ? respondedDay + r.delta
            : base + r.decidedFree;
    const decidedOn = decidedDay === null ? null : addDays(BASE, decidedDay);
    return {
      kind: r.kind,
      requestedOn,
      adviceTermDays: r.term,
      plannedDecisionOn: r.planned === null ? null : addDays(BASE, base + r.planned),
      councilRespondedOn: respondedDay === null ? null : addDays(BASE, respondedDay),
      decidedOn,
      withdrawnOn: r.withdrawn === null ? null : addDays(BASE, base + r.withdrawn),
      reportedNotRequested: r.reported,
      position: r.position,
      outcome: r.outcome,
      consultationHeldOn:
        r.consultation === null || decidedDay === null ? null : addDays(BASE, decidedDay + r.consultation),
      writtenReasonsGiven: r.reasons,
      escalationRuling: r.ruling,
      decisionCommunicatedOn: null,
      escalatedOn: null,
      rulingOn: null,
    };
  });

/** The same, bent to the table's CHECK constraints (what the register can actually hold). */
function storable(s: Shape, pick: number): Shape {
  const e = { ...s };
  if (e.kind === 'UNSOLICITED') {
    e.councilRespondedOn = e.requestedOn ?? e.councilRespondedOn ?? addDays(BASE, 400);
    e.requestedOn = null;
    e.reportedNotRequested = false;
  } else if (e.reportedNotRequested) {
    e.requestedOn = null;
    e.councilRespondedOn = null;
    e.decidedOn ??= addDays(BASE, 200 + (pick % 300));
  } else if (e.requestedOn === null) {
    // A draft (possibly withdrawn): nothing has reached the council.
    e.councilRespondedOn = null;
    e.decidedOn = null;
  }
  if (e.councilRespondedOn === null) e.position = null;
  else if (e.position === null || !POSITIONS_BY_KIND[e.kind].includes(e.position))
    e.position = POSITIONS_BY_KIND[e.kind][pick % POSITIONS_BY_KIND[e.kind].length]!;
  if (e.decidedOn === null) {
    e.outcome = null;
    e.consultationHeldOn = null;
  }
  if (e.decidedOn !== null && e.withdrawnOn === null && pick % 3 === 0)
    e.decisionCommunicatedOn = addDays(e.decidedOn, pick % 10);
  if (e.escalationRuling !== 'NONE' && (e.requestedOn ?? e.councilRespondedOn ?? e.decidedOn) !== null) {
    e.escalatedOn = addDays((e.requestedOn ?? e.councilRespondedOn ?? e.decidedOn)!, 10);
    if (e.escalationRuling !== 'PENDING') e.rulingOn = addDays(e.escalatedOn, 20);
  } else {
    e.escalationRuling = 'NONE';
  }
  return e;
}

// ---------------------------------------------------------------------------------------------
// Figures computed from the domain functions

interface Figures {
  key: string;
  entryCount: number;
  verdicts: Record<string, number>;
  ratedCount: number;
  onTimeRate: number | null;
  medianGrantedDays: number | null;
  medianMarginDays: number | null;
  outcomeCount: number;
  followedCount: number;
  followRate: number | null;
  reasonsOwedCount: number;
  reasonsGivenCount: number;
  reasonsGivenRate: number | null;
  findings: Record<FindingCode, number>;
  entriesWithFindings: number;
}

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function domainFigures(key: string, entries: Entry[], today: string): Figures {
  const verdicts: Record<string, number> = {};
  const findings = Object.fromEntries(FINDING_CODES.map((c) => [c, 0])) as Record<FindingCode, number>;
  const granted: number[] = [];
  const margins: number[] = [];
  let rated = 0;
  let withFindings = 0;
  let owed = 0;
  let given = 0;
  for (const e of entries) {
    const t = assessTimeliness(e, today);
    verdicts[t.verdict] = (verdicts[t.verdict] ?? 0) + 1;
    if ((RATED_VERDICTS as readonly string[]).includes(t.verdict)) {
      rated++;
      if (t.grantedDays !== null) granted.push(t.grantedDays);
      if (t.marginDays !== null) margins.push(t.marginDays);
    }
    const codes = assessFindings(e, today);
    for (const c of codes) findings[c]++;
    if (codes.length > 0) withFindings++;
    const deviating = e.outcome === 'PARTLY_FOLLOWED' || e.outcome === 'NOT_FOLLOWED';
    const reasonsOwed =
      (e.kind === 'ADVICE' && deviating) || (e.kind === 'UNSOLICITED' && e.decidedOn !== null);
    if (reasonsOwed) owed++;
    if (reasonsOwed && e.writtenReasonsGiven) given++;
  }
  const outcomeCount = entries.filter((e) => e.outcome !== null).length;
  const followedCount = entries.filter((e) => e.outcome === 'FOLLOWED').length;
  return {
    key,
    entryCount: entries.length,
    verdicts,
    ratedCount: rated,
    onTimeRate: rated === 0 ? null : (verdicts.ON_TIME ?? 0) / rated,
    medianGrantedDays: median(granted),
    medianMarginDays: median(margins),
    outcomeCount,
    followedCount,
    followRate: outcomeCount === 0 ? null : followedCount / outcomeCount,
    reasonsOwedCount: owed,
    reasonsGivenCount: given,
    reasonsGivenRate: owed === 0 ? null : given / owed,
    findings,
    entriesWithFindings: withFindings,
  };
}

// Column types of the loose_entry VALUES rows, in the order they are listed.
const LOOSE_TYPES = [
  'int',
  'text',
  'date',
  'int',
  'date',
  'date',
  'text',
  'date',
  'text',
  'date',
  'boolean',
  'text',
  'date',
  'boolean',
];

const VERDICT_COLUMNS: Record<string, string> = {
  v_onTime: 'ON_TIME',
  v_shortNotice: 'SHORT_NOTICE',
  v_afterTheFact: 'AFTER_THE_FACT',
  v_notRequested: 'NOT_REQUESTED',
  v_open: 'OPEN',
  v_withdrawn: 'WITHDRAWN',
  v_notApplicable: 'NOT_APPLICABLE',
};
const FINDING_COLUMNS: Record<FindingCode, string> = {
  DEVIATION_WITHOUT_CONSULTATION: 'f_deviationWithoutConsultation',
  DEVIATION_WITHOUT_REASONS: 'f_deviationWithoutReasons',
  CONSENT_WITHHELD_CARRIED_OUT: 'f_consentWithheldCarriedOut',
  UNSOLICITED_WITHOUT_REASONED_ANSWER: 'f_unsolicitedWithoutReasonedAnswer',
  COUNCIL_ANSWERED_LATE: 'f_councilAnsweredLate',
};

function fromSql(row: Record<string, any>): Figures {
  const verdicts: Record<string, number> = {};
  for (const [column, verdict] of Object.entries(VERDICT_COLUMNS))
    if (row[column] > 0) verdicts[verdict] = row[column];
  return {
    key: row.key,
    entryCount: row.entryCount,
    verdicts,
    ratedCount: row.ratedCount,
    onTimeRate: row.onTimeRate,
    medianGrantedDays: row.medianGrantedDays,
    medianMarginDays: row.medianMarginDays,
    outcomeCount: row.outcomeCount,
    followedCount: row.followedCount,
    followRate: row.followRate,
    reasonsOwedCount: row.reasonsOwedCount,
    reasonsGivenCount: row.reasonsGivenCount,
    reasonsGivenRate: row.reasonsGivenRate,
    findings: Object.fromEntries(FINDING_CODES.map((c) => [c, row[FINDING_COLUMNS[c]]])) as Record<
      FindingCode,
      number
    >,
    entriesWithFindings: row.entriesWithFindings,
  };
}

// ---------------------------------------------------------------------------------------------

describe('SQL verdict and figures equal the domain rules', () => {
  let db: TestDatabase;
  let stored: Array<Entry & { id: number }>;
  let orgs: {
    providersWithCouncil: number[];
    contracts: Array<{ providerId: number; municipalityId: number }>;
    municipalities: Array<{ id: number; subregionId: number; current: boolean }>;
    subregions: Array<{ id: number; regionId: number }>;
    regions: number[];
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, () => undefined);
    await db.dataSource.query('DELETE FROM advice_request');
    const councils: Array<{ id: number; providerId: number; residential: boolean }> =
      await db.dataSource.query(
        `SELECT c.id, c.provider_id AS "providerId", p.residential FROM client_council c JOIN provider p ON p.id = c.provider_id ORDER BY c.id`,
      );
    const subjects: Array<{ id: number }> = await db.dataSource.query(
      'SELECT id FROM wmcz_subject ORDER BY id',
    );
    orgs = {
      providersWithCouncil: [...new Set(councils.map((c) => c.providerId))],
      contracts: await db.dataSource.query(
        'SELECT provider_id AS "providerId", municipality_id AS "municipalityId" FROM provider_contract',
      ),
      municipalities: await db.dataSource.query(
        'SELECT id, subregion_id AS "subregionId", valid_to IS NULL AS current FROM municipality',
      ),
      subregions: await db.dataSource.query('SELECT id, region_id AS "regionId" FROM subregion'),
      regions: (await db.dataSource.query('SELECT id FROM region')).map((r: { id: number }) => r.id),
    };

    const shapes = fc.sample(anyInput, { seed: SEED, numRuns: 640 });
    stored = [];
    for (const [i, shape] of shapes.entries()) {
      const council = councils[i % councils.length]!;
      const entry: Entry = {
        ...storable(shape, i),
        providerId: council.providerId,
        councilId: council.id,
        subjectId: subjects[i % subjects.length]!.id,
      };
      const [{ id }] = await db.dataSource.query(
        `INSERT INTO advice_request (provider_id, council_id, subject_id, kind, title, status, requested_on,
           advice_term_days, planned_decision_on, council_responded_on, council_position, decided_on, outcome,
           decision_communicated_on, consultation_held_on, written_reasons_given, escalated_on, escalation_ruling,
           ruling_on, withdrawn_on, reported_not_requested)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
         RETURNING id`,
        [
          entry.providerId,
          entry.councilId,
          entry.subjectId,
          entry.kind,
          `Willekeurig verzoek ${i}`,
          statusOf({ ...entry, councilPosition: entry.position } as never),
          entry.requestedOn,
          entry.adviceTermDays,
          entry.plannedDecisionOn,
          entry.councilRespondedOn,
          entry.position,
          entry.decidedOn,
          entry.outcome,
          entry.decisionCommunicatedOn,
          entry.consultationHeldOn,
          entry.writtenReasonsGiven,
          entry.escalatedOn,
          entry.escalationRuling,
          entry.rulingOn,
          entry.withdrawnOn,
          entry.reportedNotRequested,
        ],
      );
      stored.push({ ...entry, id });
    }
  });
  afterAll(async () => db.drop());

  const reached = (e: Entry) => e.requestedOn !== null || e.kind === 'UNSOLICITED' || e.reportedNotRequested;
  const periodOn = (e: Entry) => e.requestedOn ?? e.councilRespondedOn ?? e.decidedOn;

  /** `today` is an SQL date expression; it may use the row (alias r) to put today on a boundary. */
  async function sqlPerRow(table: string, today: string) {
    return db.dataSource.query(
      `SELECT r.id, ${verdictSql('r')} AS verdict, ${deadlineSql('r')}::text AS deadline,
              ${grantedDaysSql('r')} AS "grantedDays", ${marginDaysSql('r')} AS "marginDays",
              ${daysLeftSql('r', today)} AS "daysLeft", ${councilLateSql('r')} AS "councilLate",
              ${FINDING_CODES.map((c) => `${findingSql(c, 'r', today)} AS "${c}"`).join(', ')}
         FROM ${table} r ORDER BY r.id`,
    );
  }

  function expectRowsMatch(
    rows: Array<Record<string, any>>,
    entries: Array<FindingsInput & { id: number }>,
    todayOf: (e: FindingsInput) => string,
  ) {
    expect(rows).toHaveLength(entries.length);
    for (const [i, e] of entries.entries()) {
      const row = rows[i]!;
      const today = todayOf(e);
      const t = assessTimeliness(e, today);
      const expected = {
        id: e.id,
        verdict: t.verdict,
        deadline: t.deadline,
        grantedDays: t.grantedDays,
        marginDays: t.marginDays,
        daysLeft: t.daysLeft,
        councilLate: t.councilLate,
        findings: assessFindings(e, today),
      };
      const actual = {
        id: row.id,
        verdict: row.verdict,
        deadline: row.deadline,
        grantedDays: row.grantedDays,
        marginDays: row.marginDays,
        daysLeft: row.daysLeft,
        councilLate: row.councilLate,
        findings: FINDING_CODES.filter((c) => row[c] === true),
      };
      expect(actual, JSON.stringify(e)).toEqual(expected);
    }
  }

  it('stores at least 500 random entries covering every verdict', () => {
    expect(stored.length).toBeGreaterThanOrEqual(500);
    const verdicts = new Set(stored.filter(reached).map((e) => assessTimeliness(e, TODAY).verdict));
    expect([...verdicts].sort()).toEqual(
      [
        'AFTER_THE_FACT',
        'NOT_APPLICABLE',
        'NOT_REQUESTED',
        'ON_TIME',
        'OPEN',
        'SHORT_NOTICE',
        'WITHDRAWN',
      ].sort(),
    );
    const findings = new Set(stored.filter(reached).flatMap((e) => assessFindings(e, TODAY)));
    expect(findings.size).toBe(FINDING_CODES.length);
  });

  it('gives every stored entry the verdict, dates, days left and findings of the domain rules', async () => {
    expectRowsMatch(await sqlPerRow('advice_request', `'${TODAY}'::date`), stored, () => TODAY);
  });

  it('agrees with the domain on any input the domain accepts, beyond what the table can hold', async () => {
    const inputs = fc
      .sample(anyInput, { seed: SEED + 1, numRuns: 2000 })
      .map((s, i) => ({ ...s, id: i + 1 }));
    await db.dataSource.query(`CREATE TEMP TABLE loose_entry (LIKE advice_request INCLUDING DEFAULTS)`);
    try {
      for (let i = 0; i < inputs.length; i += 250) {
        const chunk = inputs.slice(i, i + 250);
        const values: unknown[] = [];
        const rows = chunk.map((e) => {
          const cols = [
            e.id,
            e.kind,
            e.requestedOn,
            e.adviceTermDays,
            e.plannedDecisionOn,
            e.councilRespondedOn,
            e.position,
            e.decidedOn,
            e.outcome,
            e.consultationHeldOn,
            e.writtenReasonsGiven,
            e.escalationRuling,
            e.withdrawnOn,
            e.reportedNotRequested,
          ];
          values.push(...cols);
          const n = values.length - cols.length;
          return `(${cols.map((_, k) => `$${n + k + 1}::${LOOSE_TYPES[k]}`).join(', ')})`;
        });
        await db.dataSource.query(
          `INSERT INTO loose_entry (id, kind, requested_on, advice_term_days, planned_decision_on,
             council_responded_on, council_position, decided_on, outcome, consultation_held_on,
             written_reasons_given, escalation_ruling, withdrawn_on, reported_not_requested,
             provider_id, council_id, subject_id, title, status)
           SELECT v.*, 1, 1, 1, 'x', 'SENT' FROM (VALUES ${rows.join(', ')}) AS v`,
          values,
        );
      }
      expectRowsMatch(await sqlPerRow('loose_entry', `'${TODAY}'::date`), inputs, () => TODAY);
      // Today on the boundaries of the unanswered-unsolicited finding (60 days) and of days left.
      for (const days of [UNSOLICITED_ANSWER_DAYS, UNSOLICITED_ANSWER_DAYS + 1]) {
        const todaySql = `(COALESCE(r.council_responded_on, r.requested_on, '${TODAY}'::date) + ${days})`;
        const todayOf = (e: FindingsInput) => addDays(e.councilRespondedOn ?? e.requestedOn ?? TODAY, days);
        expectRowsMatch(await sqlPerRow('loose_entry', todaySql), inputs, todayOf);
      }
    } finally {
      await db.dataSource.query('DROP TABLE loose_entry');
    }
  });

  const cases: Array<[FiguresGroupBy, Partial<FiguresQuery>]> = [
    ['PROVIDER', {}],
    ['MUNICIPALITY', {}],
    ['SUBREGION', {}],
    ['REGION', {}],
    ['MONTH', { from: '2024-01-01', to: '2026-12-31' }],
    ['PROVIDER', { from: '2025-01-01', to: '2025-06-30', filter: { kind: 'ADVICE' } }],
    ['MONTH', { from: '2024-06-15', to: '2025-12-31', filter: { subregionId: 'first' } }],
    ['MUNICIPALITY', { filter: { providerId: 'first' } }],
    ['REGION', { filter: { councilId: 'first' } }],
  ];

  it.each(cases)('computes the %s figures %j exactly as the domain rules do', async (groupBy, options) => {
    const filter: TimelinessFiguresFilter = { ...options.filter };
    if (filter.subregionId === 'first') filter.subregionId = String(orgs.subregions[0]!.id);
    if (filter.providerId === 'first') filter.providerId = String(stored[0]!.providerId);
    if (filter.councilId === 'first') filter.councilId = String(stored[0]!.councilId);
    const q: FiguresQuery = { from: options.from ?? null, to: options.to ?? null, today: TODAY, filter };
    const { sql, params } = buildFiguresSql(groupBy, q);
    const actual = ((await db.dataSource.query(sql, params)) as Array<Record<string, any>>).map(fromSql);

    // The same figures from the domain functions, over the same entries.
    const providersIn = (ids: number[]) =>
      new Set(orgs.contracts.filter((c) => ids.includes(c.municipalityId)).map((c) => c.providerId));
    const inScope = stored.filter((e) => {
      const p = periodOn(e);
      if (!reached(e)) return false;
      if (q.from && (p === null || p < q.from)) return false;
      if (q.to && (p === null || p > q.to)) return false;
      if (filter.providerId && e.providerId !== Number(filter.providerId)) return false;
      if (filter.councilId && e.councilId !== Number(filter.councilId)) return false;
      if (filter.kind && e.kind !== filter.kind) return false;
      if (filter.subregionId) {
        const ids = orgs.municipalities
          .filter((m) => m.subregionId === Number(filter.subregionId))
          .map((m) => m.id);
        if (!providersIn(ids).has(e.providerId)) return false;
      }
      return true;
    });
    let groups: Array<{ key: string; members: Entry[] }>;
    switch (groupBy) {
      case 'PROVIDER':
        groups = orgs.providersWithCouncil
          .filter((id) => !filter.providerId || id === Number(filter.providerId))
          .map((id) => ({ key: String(id), members: inScope.filter((e) => e.providerId === id) }));
        break;
      case 'MUNICIPALITY':
        groups = orgs.municipalities
          .filter((m) => m.current || orgs.contracts.some((c) => c.municipalityId === m.id))
          .map((m) => {
            const providers = providersIn([m.id]);
            return { key: String(m.id), members: inScope.filter((e) => providers.has(e.providerId)) };
          });
        break;
      case 'SUBREGION':
        groups = orgs.subregions.map((s) => {
          const providers = providersIn(
            orgs.municipalities.filter((m) => m.subregionId === s.id).map((m) => m.id),
          );
          return { key: String(s.id), members: inScope.filter((e) => providers.has(e.providerId)) };
        });
        break;
      case 'REGION':
        groups = orgs.regions.map((r) => {
          const subregions = orgs.subregions.filter((s) => s.regionId === r).map((s) => s.id);
          const providers = providersIn(
            orgs.municipalities.filter((m) => subregions.includes(m.subregionId)).map((m) => m.id),
          );
          return { key: String(r), members: inScope.filter((e) => providers.has(e.providerId)) };
        });
        break;
      case 'MONTH': {
        groups = [];
        for (
          let month = `${q.from!.slice(0, 7)}-01`;
          month <= q.to!;
          month = addDays(month, 32).slice(0, 8) + '01'
        ) {
          const key = month.slice(0, 7);
          groups.push({ key, members: inScope.filter((e) => periodOn(e)!.startsWith(key)) });
        }
        break;
      }
    }
    const expected = groups.map((g) => domainFigures(g.key, g.members, TODAY));
    const byKey = (rows: Figures[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));
    expect(byKey(actual)).toHaveLength(expected.length);
    for (const [i, want] of byKey(expected).entries()) {
      const got = byKey(actual)[i]!;
      for (const field of [
        'onTimeRate',
        'followRate',
        'reasonsGivenRate',
        'medianGrantedDays',
        'medianMarginDays',
      ] as const) {
        if (want[field] === null) expect(got[field], `${want.key} ${field}`).toBeNull();
        else expect(got[field], `${want.key} ${field}`).toBeCloseTo(want[field]!, 10);
      }
      const strip = (f: Figures) => ({
        ...f,
        onTimeRate: 0,
        followRate: 0,
        reasonsGivenRate: 0,
        medianGrantedDays: 0,
        medianMarginDays: 0,
      });
      expect(strip(got)).toEqual(strip(want));
    }
    // The test must have something to compare.
    expect(expected.reduce((n, g) => n + g.entryCount, 0)).toBeGreaterThan(0);
  });
});
