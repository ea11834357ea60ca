import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import {
  ACTION_STATUSES,
  actionProgress,
  type ActionProgressInput,
  type ActionStatus,
  addDays,
  goalProgress,
  indicatorProgress,
  isActionLate,
  isMilestoneLate,
  pillarProgress,
  WMCZ_THRESHOLD_CARE_WORKERS,
} from '@pm/domain';
import { actionLateSql, milestoneLateSql } from '../../../api/src/action/action.sql';
import { Clock } from '../../../api/src/common/clock';
import { Loaders } from '../../../api/src/graphql/loaders';
import { PillarEntity } from '../../../api/src/pillar/pillar.entity';
import { ProgressService } from '../../../api/src/pillar/progress.service';
import { progressSql } from '../../../api/src/programme-stats/progress.sql';
import { createRandom, type Random } from '../../../api/src/seed/random';
import { createTestDatabase, type TestDatabase } from '../../support/database';

// Generated programmes, written to PostgreSQL: the SQL read model (progress per level, now and from
// the history, lateness) must give exactly what the libs/domain rules give on the same data.

const TODAY = '2026-11-23';

interface GenAction {
  id: number;
  pillarId: number;
  goalId: number | null;
  parentId: number | null;
  weight: number;
  status: ActionStatus;
  manual: number | null;
  dueOn: string | null;
  /** Oldest first; the last is the current state. */
  history: Array<{ on: string; status: ActionStatus; manual: number | null }>;
  milestones: Array<{ dueOn: string; doneOn: string | null }>;
}

interface GenIndicator {
  id: number;
  goalId: number;
  direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
  baseline: number;
  target: number;
  weight: number;
  computed: boolean;
  /** Current measurements only (corrected ones are written too, but never count). */
  measurements: Array<{ id: number; on: string; value: number }>;
}

interface Generated {
  pillars: number[];
  goals: Array<{ id: number; pillarId: number; weight: number }>;
  indicators: GenIndicator[];
  actions: GenAction[];
  /** The computed indicator's value as the JavaScript oracle sees it (share of obliged providers). */
  computedShare: (asOf: string) => number | null;
}

const WEIGHTS = [0, 0.5, 1, 1, 1, 2, 3];
const day = (random: Random, from: number, to: number) => addDays(TODAY, random.int(from, to));

async function insert(ds: DataSource, sql: string, params: unknown[]): Promise<number> {
  const [row] = await ds.query(`${sql} RETURNING id`, params);
  return row.id;
}

async function generate(ds: DataSource, random: Random): Promise<Generated> {
  const pillars: number[] = (await ds.query(`SELECT id FROM pillar ORDER BY number`)).map(
    (p: { id: number }) => p.id,
  );

  // Providers and councils for the computed indicator.
  const providers: Array<{ careWorkers: number; adopted: string[] }> = [];
  for (let p = 0; p < random.int(0, 6); p++) {
    const careWorkers = random.int(0, 40);
    const id = await insert(ds, `INSERT INTO provider (name, kvk_number, care_workers) VALUES ($1, $2, $3)`, [
      `Aanbieder ${p}`,
      String(10_000_000 + p),
      careWorkers,
    ]);
    const adopted: string[] = [];
    for (let c = 0; c < random.int(0, 2); c++) {
      const on = random.chance(0.8) ? day(random, -900, 30) : null;
      await ds.query(
        `INSERT INTO client_council (provider_id, name, kind, regulation_adopted_on) VALUES ($1, $2, 'CLIENTENRAAD', $3)`,
        [id, `Raad ${p}.${c}`, on],
      );
      if (on) adopted.push(on);
    }
    providers.push({ careWorkers, adopted });
  }
  const computedShare = (asOf: string): number | null => {
    const obliged = providers.filter((p) => p.careWorkers > WMCZ_THRESHOLD_CARE_WORKERS);
    if (obliged.length === 0) return null;
    return (100 * obliged.filter((p) => p.adopted.some((on) => on <= asOf)).length) / obliged.length;
  };

  const goals: Generated['goals'] = [];
  for (const pillarId of pillars) {
    for (let g = 0; g < random.int(0, 3); g++) {
      const weight = random.pick(WEIGHTS);
      goals.push({
        id: await insert(ds, `INSERT INTO goal (pillar_id, title, weight) VALUES ($1, $2, $3)`, [
          pillarId,
          `Doel ${g}`,
          weight,
        ]),
        pillarId,
        weight,
      });
    }
  }

  const indicators: GenIndicator[] = [];
  let computedUsed = false;
  for (const goal of goals) {
    for (let i = 0; i < random.int(0, 3); i++) {
      const computed: boolean = !computedUsed && random.chance(0.3);
      computedUsed ||= computed;
      const direction = computed || random.chance(0.6) ? 'HIGHER_IS_BETTER' : 'LOWER_IS_BETTER';
      const baseline = computed ? random.int(0, 50) : (random.next() - 0.3) * 200;
      const distance = 1 + random.next() * 100;
      const target = direction === 'HIGHER_IS_BETTER' ? baseline + distance : baseline - distance;
      const weight = random.pick(WEIGHTS);
      const id = await insert(
        ds,
        `INSERT INTO indicator (goal_id, title, unit, direction, baseline_value, baseline_on, target_value, target_on, weight, computed_key)
         VALUES ($1, 'Indicator', 'PERCENT', $2, $3, '2023-01-01', $4, '2028-01-01', $5, $6)`,
        [goal.id, direction, baseline, target, weight, computed ? 'OBLIGED_PROVIDERS_WITH_REGULATION' : null],
      );
      const measurements: GenIndicator['measurements'] = [];
      if (!computed) {
        const days = new Set<string>();
        for (let m = 0; m < random.int(0, 4); m++) days.add(day(random, -800, 20));
        for (const on of days) {
          // Around and beyond baseline and target, so clamping at 0 and 100 is exercised.
          const value = baseline + (target - baseline) * (random.next() * 1.6 - 0.3);
          if (random.chance(0.25)) {
            // A corrected earlier value on the same day: must never count.
            await ds.query(
              `INSERT INTO indicator_measurement (indicator_id, measured_on, value, source, corrected_at)
               VALUES ($1, $2, $3, 'test', now())`,
              [id, on, value + 1000],
            );
          }
          const mid = await insert(
            ds,
            `INSERT INTO indicator_measurement (indicator_id, measured_on, value, source) VALUES ($1, $2, $3, 'test')`,
            [id, on, value],
          );
          measurements.push({ id: mid, on, value });
        }
      }
      indicators.push({ id, goalId: goal.id, direction, baseline, target, weight, computed, measurements });
    }
  }

  const actions: GenAction[] = [];
  const writeAction = async (pillarId: number, goalId: number | null, parentId: number | null) => {
    const history: GenAction['history'] = [];
    let on = day(random, -700, -400);
    for (let h = 0; h < random.int(1, 4); h++) {
      history.push({
        on,
        status: random.pick(ACTION_STATUSES),
        manual: random.chance(0.35) ? Math.round(random.next() * 1000) / 10 : null,
      });
      on = addDays(on, random.int(0, 200));
      if (on > TODAY) break;
    }
    const current = history[history.length - 1]!;
    const weight = random.pick(WEIGHTS);
    const dueOn = random.chance(0.85) ? day(random, -120, 120) : null;
    const id = await insert(
      ds,
      `INSERT INTO action (pillar_id, goal_id, parent_id, title, lead_organisation, region_wide, due_on, status, manual_progress, weight, version)
       VALUES ($1, $2, $3, 'Actie', 'Kerngroep', true, $4, $5, $6, $7, 1)`,
      [pillarId, goalId, parentId, dueOn, current.status, current.manual, weight],
    );
    for (const [index, change] of history.entries()) {
      await ds.query(
        `INSERT INTO action_change (action_id, changed_at, status_from, status_to, progress_from, progress_to)
         VALUES ($1, ($2::date + time '12:00') AT TIME ZONE 'Europe/Amsterdam' + $3 * interval '1 minute', $4, $5, $6, $7)`,
        [
          id,
          change.on,
          index,
          history[index - 1]?.status ?? null,
          change.status,
          history[index - 1]?.manual ?? null,
          change.manual,
        ],
      );
    }
    const milestones: GenAction['milestones'] = [];
    for (let m = 0; m < random.int(0, 2); m++) {
      const milestone = {
        dueOn: day(random, -90, 90),
        doneOn: random.chance(0.4) ? day(random, -90, 0) : null,
      };
      await ds.query(
        `INSERT INTO action_milestone (action_id, title, due_on, done_on) VALUES ($1, 'M', $2, $3)`,
        [id, milestone.dueOn, milestone.doneOn],
      );
      milestones.push(milestone);
    }
    const action: GenAction = {
      id,
      pillarId,
      goalId,
      parentId,
      weight,
      status: current.status,
      manual: current.manual,
      dueOn,
      history,
      milestones,
    };
    actions.push(action);
    return action;
  };
  for (const pillarId of pillars) {
    const pillarGoals = goals.filter((g) => g.pillarId === pillarId);
    for (let a = 0; a < random.int(0, 8); a++) {
      const goalId = pillarGoals.length > 0 && random.chance(0.7) ? random.pick(pillarGoals).id : null;
      const parent = await writeAction(pillarId, goalId, null);
      for (let c = 0; c < (random.chance(0.4) ? random.int(1, 3) : 0); c++)
        await writeAction(pillarId, goalId, parent.id);
    }
  }
  return { pillars, goals, indicators, actions, computedShare };
}

/** The domain rules on the generated data, for actions as they stood at the end of `asOf`. */
function domainFigures(data: Generated, asOf: string, fromHistory: boolean) {
  const state = (a: GenAction): { status: ActionStatus; manual: number | null } | null => {
    if (!fromHistory) return a;
    const known = a.history.filter((h) => h.on <= asOf);
    return known[known.length - 1] ?? null;
  };
  const actionInput = (a: GenAction): ActionProgressInput & { weight: number } => {
    const s = state(a)!;
    return {
      status: s.status,
      manualProgress: s.manual,
      weight: a.weight,
      children: data.actions
        .filter((c) => c.parentId === a.id && state(c) !== null)
        .map((c) => ({ action: actionInput(c), weight: c.weight })),
    };
  };
  const latest = (i: GenIndicator): number | null => {
    if (i.computed) return data.computedShare(asOf);
    const known = i.measurements.filter((m) => m.on <= asOf).sort((x, y) => x.on.localeCompare(y.on));
    return known[known.length - 1]?.value ?? null;
  };
  const indicatorInput = (i: GenIndicator) => ({
    baseline: i.baseline,
    target: i.target,
    latest: latest(i),
    direction: i.direction,
    weight: i.weight,
  });
  const topLevel = (a: GenAction) => a.parentId === null && state(a) !== null;
  const goalInput = (goalId: number, weight: number) => ({
    weight,
    indicators: data.indicators.filter((i) => i.goalId === goalId).map(indicatorInput),
    actions: data.actions.filter((a) => a.goalId === goalId && topLevel(a)).map(actionInput),
  });
  const figures = new Map<string, { value: number | null; basedOn: number }>();
  for (const a of data.actions.filter((x) => state(x) !== null))
    figures.set(`ACTION:${a.id}`, actionProgress(actionInput(a)));
  for (const i of data.indicators) figures.set(`INDICATOR:${i.id}`, indicatorProgress(indicatorInput(i)));
  for (const g of data.goals) figures.set(`GOAL:${g.id}`, goalProgress(goalInput(g.id, g.weight)));
  for (const p of data.pillars) {
    figures.set(
      `PILLAR:${p}`,
      pillarProgress({
        goals: data.goals.filter((g) => g.pillarId === p).map((g) => goalInput(g.id, g.weight)),
        actions: data.actions
          .filter((a) => a.pillarId === p && a.goalId === null && topLevel(a))
          .map(actionInput),
      }),
    );
  }
  return figures;
}

function expectSameFigures(
  sql: Array<{ as_of: string; level: string; id: number; value: number | null; based_on: number }>,
  expected: Map<string, { value: number | null; basedOn: number }>,
  asOf: string,
) {
  const rows = sql.filter((row) => row.as_of === asOf);
  expect(rows.map((row) => `${row.level}:${row.id}`).sort()).toEqual([...expected.keys()].sort());
  for (const row of rows) {
    const want = expected.get(`${row.level}:${row.id}`)!;
    const where = `${row.level} ${row.id} on ${asOf}`;
    expect(row.based_on, where).toBe(want.basedOn);
    if (want.value === null) expect(row.value, where).toBeNull();
    else expect(row.value, where).toBeCloseTo(want.value, 9);
  }
}

describe('programme figures in SQL equal the libs/domain rules on generated data', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db.drop());

  const seeds = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89];
  it.each(seeds)('programme generated from seed %i', async (seed) => {
    const ds = db.dataSource;
    await ds.query(
      `TRUNCATE action_change, action_milestone, action_dependency, action, indicator_measurement, indicator, goal,
                client_council, provider_contract, provider RESTART IDENTITY CASCADE`,
    );
    const random = createRandom(seed);
    const data = await generate(ds, random);
    const all = ['PILLAR', 'GOAL', 'ACTION', 'INDICATOR'] as const;

    // Now, from the actions as they are.
    const now = await ds.query(progressSql('current', all), [[TODAY]]);
    expectSameFigures(now, domainFigures(data, TODAY, false), TODAY);

    // From the history: today equals now, and past days follow the state at the end of that day.
    const past = [TODAY, addDays(TODAY, -30), addDays(TODAY, -200), addDays(TODAY, -500)];
    const history = await ds.query(progressSql('history', all), [past]);
    for (const asOf of past) expectSameFigures(history, domainFigures(data, asOf, true), asOf);

    // The API's per-object progress (DataLoaders + domain rules) agrees with the SQL pillars.
    const progress = new ProgressService(ds, new Clock({ today: TODAY } as never));
    const loaders = new Loaders(ds);
    for (const pillar of await ds.getRepository(PillarEntity).find()) {
      const api = await progress.pillar(loaders, pillar);
      const row = now.find((r: { level: string; id: number }) => r.level === 'PILLAR' && r.id === pillar.id);
      expect(api.basedOn).toBe(row.based_on);
      if (api.value === null) expect(row.value).toBeNull();
      else expect(row.value).toBeCloseTo(api.value, 9);
    }

    // Lateness: the SQL filter picks exactly the actions and milestones the domain calls late.
    const lateSql: number[] = (
      await ds.query(`SELECT id FROM action a WHERE ${actionLateSql('a', '$1::date')} ORDER BY id`, [TODAY])
    ).map((r: { id: number }) => r.id);
    expect(lateSql).toEqual(data.actions.filter((a) => isActionLate(a, TODAY)).map((a) => a.id));
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM action_milestone m WHERE ${milestoneLateSql('m', '$1::date')}`,
      [TODAY],
    );
    expect(n).toBe(data.actions.flatMap((a) => a.milestones).filter((m) => isMilestoneLate(m, TODAY)).length);
  });
});
