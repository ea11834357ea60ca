import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import {
  actionProgress,
  type ActionProgressInput,
  goalProgress,
  type GoalProgressInput,
  indicatorProgress,
  type IndicatorProgressInput,
  pillarProgress,
} from '@pm/domain';
import { ActionEntity } from '../action/action.entity';
import { Clock } from '../common/clock';
import type { Loaders } from '../graphql/loaders';
import { computedValueSql, findComputedIndicator } from './computed-indicators';
import { GoalEntity, IndicatorEntity, type PillarEntity } from './pillar.entity';
import { ProgressType } from './progress.type';

/** The value an indicator's progress is based on today: the latest measurement, or the computed value. */
export interface LatestValue {
  value: number | null;
  on: string;
  provisional: boolean;
}

type Weighted<T> = T & { weight: number };

/** What progress needs of an action. */
export type ActionLike = Pick<ActionEntity, 'id' | 'status' | 'manualProgress' | 'weight'>;

/**
 * Progress of single indicators, actions, goals and pillars for the API's "hoe berekend" fields:
 * loads the parts through the request's DataLoaders and applies the rules of libs/domain. The
 * dashboard's aggregate figures come from SQL instead (programme-stats); an integration test shows
 * that both agree.
 */
@Injectable()
export class ProgressService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  latest(loaders: Loaders): DataLoader<number, LatestValue | null> {
    return loaders.custom('indicator:latest', (ids: readonly number[]) => this.loadLatest(ids));
  }

  /** Latest current measurement on or before today, or the computed value today. */
  async loadLatest(ids: readonly number[]): Promise<Array<LatestValue | null>> {
    const today = this.clock.today();
    const rows: Array<{ id: number; value: number | null; on: string | null; provisional: boolean }> =
      await this.dataSource.query(
        `SELECT i.id,
                CASE WHEN i.computed_key IS NULL THEN m.value
                     ELSE ${computedValueSql('i.computed_key', '$2::date', 'i.municipality_id')} END AS value,
                CASE WHEN i.computed_key IS NULL THEN m.measured_on::text ELSE $2::text END AS on,
                coalesce(m.provisional, false) AS provisional
           FROM indicator i
           LEFT JOIN LATERAL (
                SELECT m.value, m.measured_on, m.provisional FROM indicator_measurement m
                 WHERE m.indicator_id = i.id AND m.corrected_at IS NULL AND m.measured_on <= $2::date
                 ORDER BY m.measured_on DESC, m.id DESC LIMIT 1) m ON i.computed_key IS NULL
          WHERE i.id = ANY($1::int[])`,
        [ids, today],
      );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => {
      const row = byId.get(id);
      if (!row || row.on === null) return null;
      return { value: row.value, on: row.on, provisional: row.provisional };
    });
  }

  async indicatorInput(loaders: Loaders, e: IndicatorEntity): Promise<Weighted<IndicatorProgressInput>> {
    const latest = await this.latest(loaders).load(e.id);
    return {
      baseline: e.baselineValue,
      target: e.targetValue,
      latest: latest?.value ?? null,
      direction: e.direction,
      weight: e.weight,
    };
  }

  async actionInput(loaders: Loaders, e: ActionLike): Promise<Weighted<ActionProgressInput>> {
    const children = await loaders.manyBy(ActionEntity, 'parentId').load(e.id);
    return {
      status: e.status,
      manualProgress: e.manualProgress,
      weight: e.weight,
      children: await Promise.all(
        children.map(async (child) => ({
          action: await this.actionInput(loaders, child),
          weight: child.weight,
        })),
      ),
    };
  }

  async goalInput(loaders: Loaders, e: GoalEntity): Promise<Weighted<GoalProgressInput>> {
    const [indicators, actions] = await Promise.all([
      loaders.manyBy(IndicatorEntity, 'goalId').load(e.id),
      loaders.manyBy(ActionEntity, 'goalId').load(e.id),
    ]);
    return {
      weight: e.weight,
      indicators: await Promise.all(indicators.map((i) => this.indicatorInput(loaders, i))),
      // Sub-actions count through their parent only.
      actions: await Promise.all(
        actions.filter((a) => a.parentId === null).map((a) => this.actionInput(loaders, a)),
      ),
    };
  }

  async indicator(loaders: Loaders, e: IndicatorEntity): Promise<ProgressType> {
    const result = indicatorProgress(await this.indicatorInput(loaders, e));
    const computed = e.computedKey ? findComputedIndicator(e.computedKey) : undefined;
    return ProgressType.of(result, 'indicator', computed?.explanation);
  }

  async action(loaders: Loaders, e: ActionLike): Promise<ProgressType> {
    const input = await this.actionInput(loaders, e);
    const result = actionProgress(input);
    const fromChildren =
      e.status !== 'DROPPED' &&
      e.manualProgress === null &&
      (input.children ?? []).some(
        (child) => actionProgress(child.action).value !== null && (child.weight ?? 1) > 0,
      );
    return ProgressType.of(result, fromChildren ? 'parentAction' : 'action');
  }

  async goal(loaders: Loaders, e: GoalEntity): Promise<ProgressType> {
    return ProgressType.of(goalProgress(await this.goalInput(loaders, e)), 'goal');
  }

  async pillar(loaders: Loaders, e: PillarEntity): Promise<ProgressType> {
    const [goals, actions] = await Promise.all([
      loaders.manyBy(GoalEntity, 'pillarId').load(e.id),
      loaders.manyBy(ActionEntity, 'pillarId').load(e.id),
    ]);
    const result = pillarProgress({
      goals: await Promise.all(goals.map((g) => this.goalInput(loaders, g))),
      actions: await Promise.all(
        actions
          .filter((a) => a.goalId === null && a.parentId === null)
          .map((a) => this.actionInput(loaders, a)),
      ),
    });
    return ProgressType.of(result, 'pillar');
  }
}
