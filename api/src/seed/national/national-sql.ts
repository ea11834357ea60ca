// Set-based SQL that generates the national data set inside PostgreSQL: INSERT … SELECT over
// generate_series, with pseudo-random draws from hashint8extended(row key, salt). No Math.random, no
// round trips per row: the same seed and scale give the same rows (on the same PostgreSQL version).
import { DEMO_REFERENCE_DATE } from '../reference-date';
import {
  GENERATED_CBS_PREFIX,
  GENERATED_EMAIL_DOMAIN,
  GENERATED_KVK_PREFIX,
  GENERATED_MARK,
  type NationalScale,
} from './national-scale';

/** "Today" of the generated data: every date lies on or before it. */
export const NATIONAL_TODAY = DEMO_REFERENCE_DATE;
/** The Wmcz 2018 came into force on 1 July 2020; the register starts there. */
const REGISTER_START = '2020-07-01';
/** The programme (actions, activities, measurements) starts here. */
const PROGRAMME_START = '2023-01-01';

const GOALS_PER_PILLAR = 12;
const INDICATORS_PER_GOAL = 4;
const COUNCIL_SLOTS = 200_000;
const DAY_SLOTS = 100_000;

/** Pseudo-random numbers in SQL, keyed by an SQL expression and a salt unique to the draw. */
export function sqlRandom(seed: number) {
  const base = BigInt(seed) * 1000n;
  /** A uniform draw in [0, 1). */
  const r = (key: string, salt: number) =>
    `((hashint8extended((${key})::bigint, ${base + BigInt(salt)}) & 2147483647)::float8 / 2147483648.0)`;
  /** A uniform whole number in [lo, hi]; lo and hi may be SQL expressions. */
  const ri = (key: string, salt: number, lo: number | string, hi: number | string) =>
    `((${lo}) + floor(${r(key, salt)} * ((${hi}) - (${lo}) + 1)))::int`;
  return { r, ri };
}

const lit = (value: string) => `'${value.replace(/'/g, "''")}'`;
const T = `${lit(NATIONAL_TODAY)}::date`;

export interface GenerationStep {
  /** Name shown in the progress line. */
  label: string;
  /** Rows this step writes in total (for rows per second); null when only known afterwards. */
  rows: number | null;
  /** Statements, or one statement per batch [lo, hi] for the big tables. */
  sql: string[] | { batch: number; total: number; build: (lo: number, hi: number) => string };
}

/** Every table the generator fills, in an order that satisfies the foreign keys. */
export function generationSteps(scale: NationalScale): GenerationStep[] {
  const { r, ri } = sqlRandom(scale.seed);
  const R = scale.regions;
  const M = scale.municipalities;
  const P = scale.providers;
  const former = Math.ceil(M / 30);
  const goals = 3 * GOALS_PER_PILLAR;
  const indicators = goals * INDICATORS_PER_GOAL;
  const members = Math.max(6, R * 6);
  const topActions = Math.ceil(scale.actions * 0.75);
  const mark = lit(` ${GENERATED_MARK}`);
  const pad = (expr: string, n: number) => `lpad((${expr})::text, ${n}, '0')`;
  const at9 = (day: string) => `((${day}) + time '09:00') AT TIME ZONE 'Europe/Amsterdam'`;

  const steps: GenerationStep[] = [];

  // ── Organisations ───────────────────────────────────────────────────────────────────────────
  steps.push({
    label: 'regio’s',
    rows: R,
    sql: [
      `INSERT INTO region (id, code, name)
       SELECT i, 'GEN-' || ${pad('i', 2)}, 'Jeugdregio ' || ${pad('i', 2)} || ${mark}
         FROM generate_series(1, ${R}) i`,
    ],
  });
  // Two or three subregions per region.
  steps.push({
    label: 'subregio’s',
    rows: null,
    sql: [
      `INSERT INTO subregion (id, region_id, name)
       SELECT (g - 1) * 3 + k, g, 'Subregio ' || ${pad('g', 2)} || '-' || chr(64 + k) || ${mark}
         FROM generate_series(1, ${R}) g, generate_series(1, 3) k
        WHERE k <= 2 + g % 2`,
    ],
  });
  // Municipalities are numbered region by region; inhabitants from 4,000 to 800,000, most of them small.
  steps.push({
    label: 'gemeenten',
    rows: M + former,
    sql: [
      `INSERT INTO municipality (id, cbs_code, name, subregion_id, inhabitants, inhabitants_year,
                                 youth_population, valid_from)
       SELECT m, ${lit(GENERATED_CBS_PREFIX)} || ${pad('m', 3)}, 'Gemeente ' || ${pad('m', 3)} || ${mark},
              (g - 1) * 3 + 1 + m % (2 + g % 2), inhabitants, 2024, round(inhabitants * 0.165)::int, DATE '1982-01-01'
         FROM (SELECT m, 1 + (m - 1) * ${R} / ${M} AS g,
                      round(4000 * exp(power(${r('m', 101)}, 2) * ln(200)))::int AS inhabitants
                 FROM generate_series(1, ${M}) m) x`,
      // Former municipalities merged into a current one (like Nuth, Onderbanken, Schinnen → Beekdaelen).
      `INSERT INTO municipality (id, cbs_code, name, subregion_id, inhabitants, inhabitants_year, valid_from,
                                 valid_to, successor_id)
       SELECT ${M} + f, ${lit(GENERATED_CBS_PREFIX)} || '9' || ${pad('f', 2)},
              'Voormalige gemeente ' || ${pad('f', 2)} || ${mark}, s.subregion_id,
              ${ri('f', 102, 3000, 20000)}, 2018, DATE '1982-01-01',
              make_date(2015 + f % 8, 1, 1), s.id
         FROM generate_series(1, ${former}) f
         JOIN municipality s ON s.id = 1 + (f * 29) % ${M}`,
    ],
  });
  // A few very large providers, a long tail of small ones (Zipf-like by rank).
  steps.push({
    label: 'aanbieders',
    rows: P,
    sql: [
      `INSERT INTO provider (id, name, kvk_number, care_workers, residential, foster_care, created_at, updated_at)
       SELECT p, 'Aanbieder ' || ${pad('p', 4)} || ${mark}, ${lit(GENERATED_KVK_PREFIX)} || ${pad('p', 6)}, cw,
              ${r('p', 202)} < CASE WHEN cw > 200 THEN 0.6 ELSE 0.25 END, ${r('p', 203)} < 0.08,
              TIMESTAMPTZ '2020-01-01 09:00+01', TIMESTAMPTZ '2020-01-01 09:00+01'
         FROM (SELECT p, greatest(2, round(8000 / power(p, 0.85) * (0.7 + 0.6 * ${r('p', 201)})))::int AS cw
                 FROM generate_series(1, ${P}) p) x`,
    ],
  });
  // Contracts: consecutive municipalities from a home municipality (so mostly one region, the large
  // providers spilling over into neighbouring regions and the largest contracted everywhere).
  steps.push({
    label: 'contracten',
    rows: null,
    sql: [
      `INSERT INTO provider_contract (provider_id, municipality_id)
       SELECT p.id, 1 + (x.start - 1 + k) % ${M}
         FROM provider p
        CROSS JOIN LATERAL (SELECT ${ri('p.id', 301, 1, M)} AS start,
                                   least(${M}, greatest(1, round(p.care_workers / 15.0 * (0.5 + ${r('p.id', 302)}))))::int AS n) x
        CROSS JOIN LATERAL generate_series(0, x.n - 1) k`,
    ],
  });
  // Councils: providers with more than 10 care workers must have one (and a few smaller ones do);
  // larger ones add youth and parent councils, the largest a central council above a local one.
  steps.push({
    label: 'cliëntenraden',
    rows: null,
    sql: [
      `INSERT INTO client_council (id, provider_id, name, kind, established_on, regulation_adopted_on,
                                   meetings_per_year, seats_youth_filled, seats_youth_vacant, seats_parent_filled,
                                   seats_parent_vacant, seats_other_filled, seats_other_vacant,
                                   has_support_officer, created_at, updated_at)
       SELECT row_number() OVER (ORDER BY c.provider_id, c.k), c.provider_id,
              initcap(replace(lower(c.kind), '_', ' ')) || ' ' || c.k || ' van aanbieder ' || ${pad('c.provider_id', 4)} || ${mark},
              c.kind, est, CASE WHEN ${r('c.provider_id * 8 + c.k', 402)} < 0.85 THEN est + ${ri('c.provider_id * 8 + c.k', 403, 30, 700)} END,
              ${ri('c.provider_id * 8 + c.k', 404, 4, 10)},
              ${ri('c.provider_id * 8 + c.k', 405, 0, 6)}, ${ri('c.provider_id * 8 + c.k', 406, 0, 2)},
              ${ri('c.provider_id * 8 + c.k', 407, 0, 6)}, ${ri('c.provider_id * 8 + c.k', 408, 0, 2)},
              ${ri('c.provider_id * 8 + c.k', 409, 0, 2)}, ${ri('c.provider_id * 8 + c.k', 410, 0, 1)},
              ${r('c.provider_id * 8 + c.k', 411)} < 0.6,
              TIMESTAMPTZ '2020-01-01 09:00+01', TIMESTAMPTZ '2020-01-01 09:00+01'
         FROM (SELECT p.id AS provider_id, k.k, k.kind,
                      DATE '2008-01-01' + ${ri('p.id * 8 + k.k', 401, 0, 5000)} AS est
                 FROM provider p
                 CROSS JOIN (VALUES (1), (2), (3), (4), (5)) k0(k)
                 CROSS JOIN LATERAL (SELECT k0.k,
                        CASE k0.k WHEN 1 THEN CASE WHEN p.care_workers > 1500 THEN 'CENTRALE_CLIENTENRAAD' ELSE 'CLIENTENRAAD' END
                                  WHEN 2 THEN 'JONGERENRAAD' WHEN 3 THEN 'OUDERRAAD'
                                  WHEN 4 THEN 'PLEEGOUDERRAAD' ELSE 'CLIENTENRAAD' END AS kind) k
                WHERE (p.care_workers > 10 OR ${r('p.id', 412)} < 0.2)
                  AND CASE k.k WHEN 1 THEN true
                               WHEN 2 THEN p.care_workers > 300 AND ${r('p.id', 413)} < 0.7
                               WHEN 3 THEN p.care_workers > 150 AND ${r('p.id', 414)} < 0.5
                               WHEN 4 THEN p.foster_care
                               ELSE p.care_workers > 1500 END) c`,
    ],
  });
  // Advice terms with history: everyone agreed a term before the Wmcz 2018 came into force; a
  // quarter changed it once since, a sixth twice.
  const terms = 'ARRAY[14, 21, 28, 30, 42, 56]';
  steps.push({
    label: 'adviestermijnen',
    rows: null,
    sql: [
      `INSERT INTO advice_term (id, council_id, term_days, valid_from, created_at)
       SELECT row_number() OVER (ORDER BY c.id, k), c.id,
              (${terms})[1 + (first_term + k * step) % 6], valid_from, ${at9('valid_from')}
         FROM (SELECT id, ${ri('id', 501, 0, 5)} AS first_term, ${ri('id', 502, 1, 5)} AS step,
                      CASE WHEN ${r('id', 503)} < 0.6 THEN 1 WHEN ${r('id', 503)} < 0.85 THEN 2 ELSE 3 END AS n,
                      DATE '2021-01-01' + ${ri('id', 504, 0, 700)} AS second_from,
                      ${ri('id', 505, 200, 700)} AS third_after
                 FROM client_council) c
        CROSS JOIN LATERAL generate_series(0, c.n - 1) k
        CROSS JOIN LATERAL (SELECT CASE k WHEN 0 THEN DATE '2020-01-01' WHEN 1 THEN c.second_from
                                          ELSE c.second_from + c.third_after END AS valid_from) v`,
    ],
  });
  steps.push({
    label: 'overlegvergaderingen',
    rows: null,
    sql: [
      `INSERT INTO consultation_meeting (provider_id, council_id, held_on, topics, created_at, updated_at)
       SELECT c.provider_id, c.id, held_on, ARRAY['Begroting', 'Kwaliteit', 'Gegenereerd onderwerp'],
              ${at9('held_on')}, ${at9('held_on')}
         FROM client_council c
        CROSS JOIN generate_series(0, 12) h
        CROSS JOIN LATERAL (SELECT DATE ${lit(REGISTER_START)} + h * 182 + ${ri('c.id * 16 + h', 601, 0, 60)} AS held_on) d
        WHERE d.held_on <= ${T} AND ${r('c.id * 16 + h', 602)} < 0.8`,
    ],
  });

  // ── The programme: core group, goals, indicators, measurements ──────────────────────────────
  const seats = `(ARRAY['CLIENT', 'MUNICIPALITY', 'PROVIDER'])[1 + i % 3]`;
  steps.push({
    label: 'kerngroepleden',
    rows: members,
    sql: [
      `INSERT INTO core_group_member (id, seat, organisation, name, email, municipality_id, provider_id, created_at, updated_at)
       SELECT i, ${seats},
              CASE i % 3 WHEN 0 THEN 'Cliëntvertegenwoordiging ' || ${pad('i', 4)} || ${mark}
                         WHEN 1 THEN 'Gemeente ' || ${pad(`1 + (i * 7) % ${M}`, 3)} || ${mark}
                         ELSE 'Aanbieder ' || ${pad(`1 + (i * 11) % ${Math.min(P, 200)}`, 4)} || ${mark} END,
              'Kerngroeplid ' || ${pad('i', 4)} || ${mark},
              'kerngroeplid' || ${pad('i', 4)} || '@' || ${lit(GENERATED_EMAIL_DOMAIN)},
              CASE i % 3 WHEN 1 THEN 1 + (i * 7) % ${M} END,
              CASE i % 3 WHEN 2 THEN 1 + (i * 11) % ${Math.min(P, 200)} END,
              TIMESTAMPTZ '2023-01-01 09:00+01', TIMESTAMPTZ '2023-01-01 09:00+01'
         FROM generate_series(1, ${members}) i`,
    ],
  });
  steps.push({
    label: 'doelen en indicatoren',
    rows: goals + indicators,
    sql: [
      `INSERT INTO goal (id, pillar_id, title, description, weight, created_at, updated_at)
       SELECT g, p.id, 'Doel ' || ${pad(`(g - 1) % ${GOALS_PER_PILLAR} + 1`, 2)} || ' van pijler ' || p.number || ${mark},
              'Gegenereerd doel voor de landelijke proef.', 1,
              TIMESTAMPTZ '2023-01-01 09:00+01', TIMESTAMPTZ '2023-01-01 09:00+01'
         FROM generate_series(1, ${goals}) g
         JOIN pillar p ON p.number = 1 + (g - 1) / ${GOALS_PER_PILLAR}`,
      `INSERT INTO indicator (id, goal_id, title, unit, direction, baseline_value, baseline_on, target_value,
                              target_on, municipality_id, weight, created_at, updated_at)
       SELECT (g - 1) * ${INDICATORS_PER_GOAL} + k, g, 'Indicator ' || g || '.' || k || ${mark},
              CASE WHEN k = ${INDICATORS_PER_GOAL} THEN 'DAYS' ELSE 'PERCENT' END,
              CASE WHEN k = ${INDICATORS_PER_GOAL} THEN 'LOWER_IS_BETTER' ELSE 'HIGHER_IS_BETTER' END,
              base, DATE ${lit(PROGRAMME_START)},
              CASE WHEN k = ${INDICATORS_PER_GOAL} THEN base - ${ri('g * 8 + k', 702, 20, 40)}
                   ELSE least(100, base + ${ri('g * 8 + k', 702, 10, 40)}) END,
              DATE '2027-12-31',
              CASE WHEN ${r('g * 8 + k', 703)} < 0.3 THEN ${ri('g * 8 + k', 704, 1, M)} END, 1,
              TIMESTAMPTZ '2023-01-01 09:00+01', TIMESTAMPTZ '2023-01-01 09:00+01'
         FROM generate_series(1, ${goals}) g, generate_series(1, ${INDICATORS_PER_GOAL}) k,
              LATERAL (SELECT CASE WHEN k = ${INDICATORS_PER_GOAL} THEN ${ri('g * 8 + k', 701, 60, 90)}
                                   ELSE ${ri('g * 8 + k', 701, 10, 50)} END::float8 AS base) b`,
    ],
  });
  {
    const days = Math.max(
      1,
      Math.round((Date.parse(NATIONAL_TODAY) - Date.parse(PROGRAMME_START)) / 86_400_000),
    );
    const perIndicator = Math.max(1, Math.ceil(scale.measurements / indicators));
    const step = Math.max(1, Math.floor(days / perIndicator));
    steps.push({
      label: 'metingen',
      rows: scale.measurements,
      sql:
        scale.measurements === 0
          ? []
          : [
              `INSERT INTO indicator_measurement (id, indicator_id, measured_on, value, source, note, provisional, recorded_at)
               SELECT i + 1, ind.id, DATE ${lit(PROGRAMME_START)} + (i / ${indicators}) * ${step},
                      ind.baseline_value + (ind.target_value - ind.baseline_value)
                        * least(1.0, (i / ${indicators})::float8 / ${perIndicator}) * (0.6 + 0.5 * ${r('i', 801)}),
                      'Gegenereerde meting', NULL, ${r('i', 802)} < 0.1,
                      ${at9(`DATE ${lit(PROGRAMME_START)} + (i / ${indicators}) * ${step}`)}
                 FROM generate_series(0, ${scale.measurements - 1}) i
                 JOIN indicator ind ON ind.id = 1 + i % ${indicators}`,
            ],
    });
  }

  // ── Participation activities with pillars and reports ───────────────────────────────────────
  const programmeDays = `(${T} - DATE ${lit(PROGRAMME_START)})`;
  const forms = `(ARRAY['FOCUS_GROUP', 'PANEL', 'IN_DEPTH_INTERVIEW', 'CLIENT_COUNCIL_MEETING', 'CLIENT_INSPECTION', 'NETWORK_DAY', 'CONFERENCE', 'TRAINING', 'LINE_OF_DISCONTENT', 'ACHTERBAN_CONTACT'])`;
  const levels = `(ARRAY['INFORMEREN', 'RAADPLEGEN', 'ADVISEREN', 'COPRODUCEREN', 'MEEBESLISSEN'])`;
  steps.push({
    label: 'bijeenkomsten',
    rows: scale.activities,
    sql: {
      batch: 100_000,
      total: scale.activities,
      build: (lo, hi) => `
        INSERT INTO participation_activity (id, title, form, held_on, municipality_id, participants_youth,
               participants_parents, participants_professionals, participants_other, level, feedback_given,
               created_at, updated_at)
        SELECT i, 'Bijeenkomst ' || ${pad('i', 7)} || ${mark}, ${forms}[${ri('i', 901, 1, 10)}], held_on,
               CASE WHEN ${r('i', 902)} < 0.85 THEN ${ri('i', 903, 1, M)} END,
               ${ri('i', 904, 0, 15)}, ${ri('i', 905, 0, 10)}, ${ri('i', 906, 0, 8)}, ${ri('i', 907, 0, 4)},
               ${levels}[${ri('i', 908, 1, 5)}], ${r('i', 909)} < 0.55, ${at9('held_on')}, ${at9('held_on')}
          FROM generate_series(${lo}, ${hi}) i,
               LATERAL (SELECT DATE ${lit(PROGRAMME_START)} + floor(${r('i', 910)} * (${programmeDays} + 1))::int AS held_on) d;
        INSERT INTO activity_pillar (activity_id, pillar_id)
        SELECT i, p.id FROM generate_series(${lo}, ${hi}) i
          JOIN pillar p ON p.number = 1 + (${ri('i', 911, 0, 2)} + 0) % 3
                        OR (${r('i', 912)} < 0.3 AND p.number = 1 + (${ri('i', 911, 0, 2)} + 1) % 3);
        INSERT INTO activity_report (id, activity_id, version, status, title, body, sent_on, approved_on, shared_on,
               created_at, updated_at)
        SELECT a.id, a.id, 1,
               CASE WHEN shared_on IS NOT NULL THEN 'SHARED_WITH_REGION'
                    WHEN approved_on IS NOT NULL THEN 'APPROVED_BY_PARTICIPANTS'
                    WHEN sent_on IS NOT NULL THEN 'SENT_TO_PARTICIPANTS' ELSE 'DRAFT' END,
               'Verslag van bijeenkomst ' || ${pad('a.id', 7)} || ${mark}, 'Gegenereerd verslag.',
               sent_on, approved_on, shared_on, ${at9('a.held_on')}, ${at9('a.held_on')}
          FROM (SELECT a.id, a.held_on, ${r('a.id', 913)} AS stage,
                       a.held_on + ${ri('a.id', 914, 3, 21)} AS sent_c
                  FROM participation_activity a WHERE a.id BETWEEN ${lo} AND ${hi} AND ${r('a.id', 915)} < 0.75) a
          CROSS JOIN LATERAL (SELECT CASE WHEN stage >= 0.15 AND sent_c <= ${T} THEN sent_c END AS sent_on) s
          CROSS JOIN LATERAL (SELECT CASE WHEN stage >= 0.35 AND sent_on + 14 <= ${T} THEN sent_on + ${ri('a.id', 916, 7, 14)} END AS approved_on) p
          CROSS JOIN LATERAL (SELECT CASE WHEN stage >= 0.65 AND approved_on + 21 <= ${T} THEN approved_on + ${ri('a.id', 917, 3, 21)} END AS shared_on) h`,
    },
  });

  // ── Actions: three quarters top-level, the rest sub-actions; owners, municipalities,
  // dependencies (always on an older action, so never cyclic), milestones and status history ─────
  const statusOf = (u: string) => `CASE WHEN ${u} < 0.10 THEN 'IDEA' WHEN ${u} < 0.30 THEN 'PLANNED'
      WHEN ${u} < 0.65 THEN 'IN_PROGRESS' WHEN ${u} < 0.90 THEN 'DONE' WHEN ${u} < 0.95 THEN 'BLOCKED' ELSE 'DROPPED' END`;
  const actionColumns = (alias: string) => `
      'Actie ' || ${pad(`${alias}.i`, 6)} || ${mark},
      CASE WHEN ${r(`${alias}.i`, 1002)} < 0.5 THEN 'Gegenereerde beschrijving van de actie.' END,
      CASE WHEN ${r(`${alias}.i`, 1003)} < 0.5 THEN 'Jeugdregio ' || ${pad(`${ri(`${alias}.i`, 1004, 1, R)}`, 2)} || ${mark}
           ELSE 'Aanbieder ' || ${pad(`${ri(`${alias}.i`, 1005, 1, Math.min(P, 500))}`, 4)} || ${mark} END,
      CASE WHEN ${r(`${alias}.i`, 1006)} < 0.9 THEN ${ri(`${alias}.i`, 1007, 1, members)} END,
      ${r(`${alias}.i`, 1008)} < 0.25,
      s.start_on, CASE WHEN ${r(`${alias}.i`, 1009)} < 0.95 THEN s.start_on + ${ri(`${alias}.i`, 1010, 30, 365)} END,
      s.status, CASE WHEN s.status = 'IN_PROGRESS' AND ${r(`${alias}.i`, 1011)} < 0.15 THEN ${ri(`${alias}.i`, 1012, 5, 95)}::float8 END,
      1, 1, ${at9('s.start_on')}, ${at9('s.start_on')}`;
  const actionInsert = `INSERT INTO action (id, pillar_id, goal_id, parent_id, title, description, lead_organisation,
      responsible_member_id, region_wide, start_on, due_on, status, manual_progress, weight, version, created_at, updated_at)`;
  const actionDraw = (alias: string) => `LATERAL (SELECT ${statusOf(r(`${alias}.i`, 1013))} AS status,
      DATE ${lit(PROGRAMME_START)} + floor(${r(`${alias}.i`, 1014)} * (${programmeDays} - 30))::int AS start_on) s`;
  steps.push({
    label: 'acties',
    rows: scale.actions,
    sql:
      scale.actions === 0
        ? []
        : [
            `${actionInsert}
             SELECT t.i, p.id, CASE WHEN ${r('t.i', 1001)} < 0.8 THEN (p.number - 1) * ${GOALS_PER_PILLAR} + ${ri('t.i', 1015, 1, GOALS_PER_PILLAR)} END,
                    NULL, ${actionColumns('t')}
               FROM generate_series(1, ${topActions}) t(i)
               JOIN pillar p ON p.number = ${ri('t.i', 1016, 1, 3)},
                    ${actionDraw('t')}`,
            `${actionInsert}
             SELECT t.i, parent.pillar_id, parent.goal_id, parent.id, ${actionColumns('t')}
               FROM generate_series(${topActions + 1}, ${scale.actions}) t(i)
               JOIN action parent ON parent.id = ${ri('t.i', 1017, 1, topActions)},
                    ${actionDraw('t')}`,
            `INSERT INTO action_municipality (action_id, municipality_id)
             SELECT a.id, 1 + (${ri('a.id', 1101, 0, M - 1)} + k) % ${M}
               FROM action a CROSS JOIN LATERAL generate_series(0, least(${M}, ${ri('a.id', 1102, 1, 4)}) - 1) k
              WHERE NOT a.region_wide`,
            `INSERT INTO action_owner (action_id, member_id)
             SELECT a.id, 1 + (${ri('a.id', 1201, 0, members - 1)} + k) % ${members}
               FROM action a CROSS JOIN LATERAL generate_series(1, ${ri('a.id', 1202, 0, 2)}) k`,
            `INSERT INTO action_dependency (blocker_id, blocked_id, created_at)
             SELECT ${ri('a.id', 1301, 1, 'a.id - 1')}, a.id, a.created_at
               FROM action a WHERE a.id > 1 AND ${r('a.id', 1302)} < 0.1`,
            `INSERT INTO action_milestone (action_id, title, due_on, done_on, created_at, updated_at)
             SELECT a.id, 'Mijlpaal ' || k || ${mark}, m.due_on,
                    CASE WHEN a.status = 'DONE' OR (m.due_on < ${T} AND ${r('a.id * 4 + k', 1402)} < 0.6)
                         THEN least(${T}, m.due_on + ${ri('a.id * 4 + k', 1403, -5, 10)}) END,
                    a.created_at, a.created_at
               FROM action a
              CROSS JOIN LATERAL generate_series(1, ${ri('a.id', 1401, 0, 3)}) k
              CROSS JOIN LATERAL (SELECT a.start_on + (coalesce(a.due_on, a.start_on + 180) - a.start_on) * k / 4 AS due_on) m`,
            // The history ends in the current status; each step a few weeks after the previous one.
            `INSERT INTO action_change (action_id, changed_at, status_from, status_to, progress_from, progress_to)
             SELECT a.id, ${at9(`least(${T}, a.start_on + (k - 1) * ${ri('a.id', 1501, 7, 60)})`)},
                    CASE WHEN k > 1 THEN path[k - 1] END, path[k],
                    NULL, CASE WHEN k = cardinality(path) THEN a.manual_progress END
               FROM action a
              CROSS JOIN LATERAL (SELECT CASE a.status
                       WHEN 'IDEA' THEN ARRAY['IDEA'] WHEN 'PLANNED' THEN ARRAY['IDEA', 'PLANNED']
                       WHEN 'IN_PROGRESS' THEN ARRAY['PLANNED', 'IN_PROGRESS']
                       WHEN 'DONE' THEN ARRAY['PLANNED', 'IN_PROGRESS', 'DONE']
                       WHEN 'BLOCKED' THEN ARRAY['PLANNED', 'IN_PROGRESS', 'BLOCKED']
                       ELSE ARRAY['IDEA', 'DROPPED'] END AS path) p
              CROSS JOIN LATERAL generate_series(1, cardinality(p.path)) k`,
            ...(scale.activities > 0
              ? [
                  `INSERT INTO action_activity (action_id, activity_id)
                   SELECT a.id, ${ri('a.id', 1601, 1, scale.activities)} FROM action a WHERE ${r('a.id', 1602)} < 0.2`,
                ]
              : []),
          ],
  });

  // ── The register ───────────────────────────────────────────────────────────────────────────
  steps.push({
    label: 'hulptabellen register',
    rows: null,
    sql: [
      // Councils with their provider's traits; weight grows with the provider's size (the main
      // council takes most), so large providers get many more requests.
      `CREATE TEMP TABLE gen_council ON COMMIT PRESERVE ROWS AS
       SELECT id, provider_id, residential, quality, size * share / sum(share) OVER (PARTITION BY provider_id) AS weight
         FROM (SELECT c.id, c.provider_id, p.residential, ${r('p.id', 2001)} AS quality,
                      power(p.care_workers, 0.7) AS size,
                      CASE WHEN c.id = min(c.id) OVER (PARTITION BY c.provider_id) THEN 3 ELSE 1 END AS share
                 FROM client_council c JOIN provider p ON p.id = c.provider_id) x`,
      `ALTER TABLE gen_council ADD PRIMARY KEY (id)`,
      slotTable('gen_council_slot', 'council_id', `SELECT id AS key, weight FROM gen_council`, COUNCIL_SLOTS),
      // Days from the Wmcz 2018 to today: more requests in later years, fewer in the summer and at
      // Christmas, hardly any in weekends.
      slotTable(
        'gen_day_slot',
        'day',
        `SELECT d::date AS key,
                (0.5 + 0.12 * (extract(year FROM d) - 2020))
                * (ARRAY[1.0, 1.05, 1.15, 1.1, 1.05, 1.15, 0.6, 0.45, 1.0, 1.1, 1.25, 0.85])[extract(month FROM d)::int]
                * CASE WHEN extract(isodow FROM d) >= 6 THEN 0.08 ELSE 1 END AS weight
           FROM generate_series(DATE ${lit(REGISTER_START)}, ${T}, interval '1 day') d`,
        DAY_SLOTS,
      ),
      `CREATE TEMP TABLE gen_subject ON COMMIT PRESERVE ROWS AS
       SELECT k.kind, res.residential, array_agg(s.id ORDER BY s.position) AS ids
         FROM (VALUES ('ADVICE'), ('CONSENT'), ('UNSOLICITED')) k(kind)
        CROSS JOIN (VALUES (false), (true)) res(residential)
         JOIN wmcz_subject s ON s.active AND (res.residential OR NOT s.residential_only)
          AND CASE k.kind WHEN 'ADVICE' THEN s.wmcz_right IN ('ADVICE', 'NOMINATION')
                          WHEN 'CONSENT' THEN s.wmcz_right = 'CONSENT' ELSE s.wmcz_right = 'UNSOLICITED' END
        GROUP BY k.kind, res.residential`,
    ],
  });
  steps.push({
    label: 'adviesaanvragen',
    rows: scale.requests,
    sql: { batch: 100_000, total: scale.requests, build: (lo, hi) => requestsSql(scale.seed, lo, hi) },
  });
  steps.push({
    label: 'opruimen hulptabellen',
    rows: null,
    sql: [`DROP TABLE gen_council, gen_council_slot, gen_day_slot, gen_subject`],
  });
  return steps;
}

/**
 * A lookup table slot → key where each key holds a share of `slots` proportional to its weight, so
 * a uniform draw floor(u × slots) picks keys by weight with one indexed join.
 */
function slotTable(name: string, column: string, weights: string, slots: number): string {
  return `CREATE TEMP TABLE ${name} ON COMMIT PRESERVE ROWS AS
    SELECT generate_series(lo, hi - 1) AS slot, key AS ${column}
      FROM (SELECT key,
                   floor((cum - weight) / total * ${slots})::int AS lo,
                   CASE WHEN last THEN ${slots} ELSE floor(cum / total * ${slots})::int END AS hi
              FROM (SELECT key, weight, sum(weight) OVER (ORDER BY key) AS cum, sum(weight) OVER () AS total,
                           row_number() OVER (ORDER BY key DESC) = 1 AS last
                      FROM (${weights}) w) c) s;
    ALTER TABLE ${name} ADD PRIMARY KEY (slot)`;
}

/**
 * Requests lo..hi. Per request: a council (by weight) and a day (by season), the kind, what became
 * of it (draft, withdrawn, "not requested" report, unsolicited advice, or a sent request), then dates
 * drawn from the provider's habits (good, middling or poor at consulting on time) and clipped to
 * today: whatever would lie after today has not happened yet, so the request is still open.
 */
export function requestsSql(seed: number, lo: number, hi: number): string {
  const { r, ri } = sqlRandom(seed);
  const u = (n: number) => r('b.i', 3000 + n);
  return `
INSERT INTO advice_request (id, provider_id, council_id, subject_id, kind, title, status, requested_on,
  advice_term_days, planned_decision_on, council_responded_on, council_position, decided_on, outcome,
  decision_communicated_on, consultation_held_on, written_reasons_given, escalated_on, escalation_ruling,
  ruling_on, withdrawn_on, reported_not_requested, created_at, updated_at)
SELECT i, provider_id, council_id, subject_id, kind, 'Verzoek ' || lpad(i::text, 8, '0') || ' (gegenereerd)',
  CASE WHEN cat = 'DRAFT' THEN 'DRAFT'
       WHEN withdrawn IS NOT NULL THEN 'WITHDRAWN'
       WHEN ruling = 'PENDING' THEN 'ESCALATED'
       WHEN communicated IS NOT NULL THEN 'COMMUNICATED'
       WHEN decided IS NOT NULL THEN 'DECIDED'
       WHEN responded IS NOT NULL THEN 'RESPONDED'
       ELSE 'SENT' END,
  requested, term, planned, responded, CASE WHEN responded IS NOT NULL THEN position_c END, decided,
  outcome, communicated, consultation, reasons, escalated, ruling, ruling_on, withdrawn,
  cat = 'NOT_REQUESTED', (d + time '09:00') AT TIME ZONE 'Europe/Amsterdam',
  (d + time '09:00') AT TIME ZONE 'Europe/Amsterdam'
FROM (
  SELECT e.*,
    CASE WHEN escalated IS NOT NULL THEN CASE WHEN escalated + ruling_after <= ${T} THEN ruling_kind ELSE 'PENDING' END
         ELSE 'NONE' END AS ruling,
    CASE WHEN escalated IS NOT NULL AND escalated + ruling_after <= ${T} THEN escalated + ruling_after END AS ruling_on,
    CASE WHEN decided IS NOT NULL AND comm_flag AND decided + comm_after <= ${T}
          AND NOT (escalated IS NOT NULL AND escalated + ruling_after > ${T}) THEN decided + comm_after END AS communicated
  FROM (
    SELECT c.*,
      CASE WHEN c.cat = 'SENT' AND c.decided IS NOT NULL AND c.position_c IN ('NEGATIVE', 'CONSENT_WITHHELD')
                AND c.responded IS NOT NULL AND c.esc_flag AND c.decided + c.esc_after <= ${T}
           THEN c.decided + c.esc_after END AS escalated,
      CASE WHEN c.decided IS NOT NULL AND c.responded IS NOT NULL AND c.outcome_flag THEN c.outcome_c END AS outcome,
      CASE WHEN c.decided IS NOT NULL AND c.responded IS NOT NULL AND c.outcome_flag
                AND c.outcome_c <> 'FOLLOWED' AND c.consult_flag THEN c.decided - c.consult_before END AS consultation,
      CASE WHEN c.kind = 'UNSOLICITED' THEN c.decided IS NOT NULL AND c.reasons_flag
           ELSE c.decided IS NOT NULL AND c.responded IS NOT NULL AND c.outcome_flag
                AND c.outcome_c <> 'FOLLOWED' AND c.reasons_flag END AS reasons
    FROM (
      SELECT b.*,
        CASE WHEN b.cat IN ('SENT', 'WITHDRAWN') THEN b.d END AS requested,
        CASE WHEN b.cat = 'SENT' AND b.planned_flag THEN b.d + b.granted
             WHEN b.cat = 'WITHDRAWN' AND b.planned_flag THEN b.d + b.term + 14 END AS planned,
        CASE WHEN b.cat = 'SENT' AND b.answers AND b.d + b.answer_after <= ${T} THEN b.d + b.answer_after
             WHEN b.cat IN ('UNSOLICITED', 'UNSOLICITED_WITHDRAWN') THEN b.d END AS responded,
        CASE WHEN b.cat = 'SENT' AND b.decided_c <= ${T} THEN b.decided_c
             WHEN b.cat = 'UNSOLICITED' AND b.answered AND b.d + b.answer_days <= ${T} THEN b.d + b.answer_days
             WHEN b.cat = 'NOT_REQUESTED' THEN b.d END AS decided,
        CASE WHEN b.cat IN ('WITHDRAWN', 'UNSOLICITED_WITHDRAWN') THEN least(${T}, b.d + b.withdraw_after) END AS withdrawn
      FROM (
        SELECT b.*,
          CASE WHEN b.early THEN b.d + floor(${u(12)} * least(b.term, greatest(b.granted, 1)) * 0.6)::int
                               - CASE WHEN ${u(13)} < 0.2 THEN ${ri('b.i', 3014, 1, 20)} ELSE 0 END
               ELSE b.d + CASE WHEN b.planned_flag THEN b.granted ELSE b.term END + ${ri('b.i', 3015, 0, 12)} END AS decided_c
        FROM (
          SELECT b.*, b.term + b.off AS granted,
            ${u(11)} < CASE WHEN b.quality > 0.6 THEN 0.03 WHEN b.quality > 0.2 THEN 0.08 ELSE 0.2 END AS early
          FROM (
            SELECT b.*, t.term,
              CASE WHEN b.quality > 0.6 THEN CASE WHEN ${u(7)} < 0.05 THEN ${ri('b.i', 3006, -10, -1)} ELSE ${ri('b.i', 3006, 0, 30)} END
                   WHEN b.quality > 0.2 THEN ${ri('b.i', 3006, -12, 25)}
                   ELSE floor(${u(6)} * (t.term * 0.7 + 11))::int - floor(t.term * 0.7)::int END AS off,
              floor(${u(10)} * (t.term + 8))::int AS answer_after
            FROM (
              SELECT g.i AS i, c.id AS council_id, c.provider_id, c.quality, ds.day AS d, k.kind,
                CASE WHEN k.kind = 'UNSOLICITED' THEN CASE WHEN ${r('g.i', 3004)} < 0.03 THEN 'UNSOLICITED_WITHDRAWN' ELSE 'UNSOLICITED' END
                     WHEN ${r('g.i', 3004)} < 0.01 THEN 'DRAFT' WHEN ${r('g.i', 3004)} < 0.03 THEN 'WITHDRAWN'
                     WHEN ${r('g.i', 3004)} < 0.06 THEN 'NOT_REQUESTED' ELSE 'SENT' END AS cat,
                s.ids[1 + floor(${r('g.i', 3005)} * cardinality(s.ids))::int] AS subject_id,
                ${r('g.i', 3008)} < 0.9 AS planned_flag,
                ${r('g.i', 3009)} < 0.88 AS answers,
                ${r('g.i', 3016)} < 0.85 AS answered,
                ${ri('g.i', 3017, 5, 75)} AS answer_days,
                ${ri('g.i', 3018, 0, 20)} AS withdraw_after,
                CASE k.kind
                  WHEN 'ADVICE' THEN CASE WHEN ${r('g.i', 3019)} < 0.5 THEN 'POSITIVE' WHEN ${r('g.i', 3019)} < 0.75 THEN 'POSITIVE_WITH_CONDITIONS'
                                          WHEN ${r('g.i', 3019)} < 0.9 THEN 'NEGATIVE' ELSE 'NO_ADVICE' END
                  WHEN 'CONSENT' THEN CASE WHEN ${r('g.i', 3019)} < 0.8 THEN 'CONSENT_GIVEN' ELSE 'CONSENT_WITHHELD' END
                  ELSE CASE WHEN ${r('g.i', 3019)} < 0.4 THEN 'POSITIVE' WHEN ${r('g.i', 3019)} < 0.7 THEN 'POSITIVE_WITH_CONDITIONS' ELSE 'NEGATIVE' END
                END AS position_c,
                ${r('g.i', 3020)} < 0.9 AS outcome_flag,
                CASE WHEN ${r('g.i', 3021)} < 0.65 THEN 'FOLLOWED' WHEN ${r('g.i', 3021)} < 0.85 THEN 'PARTLY_FOLLOWED' ELSE 'NOT_FOLLOWED' END AS outcome_c,
                ${r('g.i', 3022)} < 0.6 AS consult_flag,
                ${ri('g.i', 3023, 0, 10)} AS consult_before,
                ${r('g.i', 3024)} < 0.7 AS reasons_flag,
                ${r('g.i', 3025)} < 0.8 AS comm_flag,
                ${ri('g.i', 3026, 0, 14)} AS comm_after,
                ${r('g.i', 3027)} < 0.15 AS esc_flag,
                ${ri('g.i', 3028, 3, 23)} AS esc_after,
                ${ri('g.i', 3029, 20, 60)} AS ruling_after,
                CASE WHEN k.kind = 'CONSENT' THEN CASE WHEN ${r('g.i', 3030)} < 0.5 THEN 'SUBSTITUTE_CONSENT_GRANTED' ELSE 'SUBSTITUTE_CONSENT_REFUSED' END
                     ELSE CASE WHEN ${r('g.i', 3030)} < 0.5 THEN 'RULED_FOR_COUNCIL' ELSE 'RULED_FOR_PROVIDER' END END AS ruling_kind
              FROM generate_series(${lo}, ${hi}) g(i)
              JOIN gen_council_slot cs ON cs.slot = floor(${r('g.i', 3001)} * ${COUNCIL_SLOTS})::int
              JOIN gen_council c ON c.id = cs.council_id
              JOIN gen_day_slot ds ON ds.slot = floor(${r('g.i', 3002)} * ${DAY_SLOTS})::int
              CROSS JOIN LATERAL (SELECT CASE WHEN ${r('g.i', 3003)} < 0.08 THEN 'UNSOLICITED'
                                              WHEN ${r('g.i', 3003)} < 0.30 THEN 'CONSENT' ELSE 'ADVICE' END AS kind) k
              JOIN gen_subject s ON s.kind = k.kind AND s.residential = c.residential
            ) b
            CROSS JOIN LATERAL (SELECT a.term_days AS term FROM advice_term a
                                 WHERE a.council_id = b.council_id AND a.valid_from <= b.d
                                 ORDER BY a.valid_from DESC LIMIT 1) t
          ) b
        ) b
      ) b
    ) c
  ) e
) f`;
}
