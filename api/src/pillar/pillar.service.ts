import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ACTION_STATUSES,
  HOW_CALCULATED,
  HOW_CALCULATED_TOPICS,
  indicatorProgress,
  STATUS_PROGRESS_SHARE,
} from '@pm/domain';
import { AuditService } from '../audit/audit.service';
import {
  type Actor,
  AppError,
  badInput,
  forbidden,
  notFound,
  type RequestContext,
} from '../common/app-error';
import { Clock } from '../common/clock';
import { toId } from '../common/id';
import type { ListResult } from '../common/list';
import { assertVersion } from '../common/version';
import { MunicipalityEntity } from '../municipality/municipality.entity';
import { COMPUTED_INDICATORS, findComputedIndicator } from './computed-indicators';
import { GoalEntity, IndicatorEntity, MeasurementEntity, PillarEntity } from './pillar.entity';
import type {
  CorrectMeasurementInput,
  CreateGoalInput,
  CreateIndicatorInput,
  RecordMeasurementInput,
  UpdateGoalInput,
  UpdateIndicatorInput,
} from './pillar.inputs';
import {
  GoalType,
  type IndicatorPointType,
  type IndicatorsArgs,
  IndicatorType,
  MeasurementType,
  PillarType,
  type ProgrammeRulesType,
} from './pillar.type';
import { domainRule } from './programme-errors';

/**
 * Indicators and measurements: the administrator any; a policy officer only those of its own
 * municipality (PRODUCT.md §4). Region-wide indicators belong to the administrator.
 */
export function assertMayChangeIndicator(actor: Actor | null, municipalityId: number | null): void {
  if (actor?.role === 'ADMIN') return;
  if (actor?.role === 'POLICY_OFFICER' && municipalityId !== null && actor.municipalityId === municipalityId)
    return;
  throw forbidden('U mag alleen indicatoren en metingen van uw eigen gemeente invoeren.');
}

function goalSnapshot(g: GoalEntity) {
  return { pillarId: g.pillarId, title: g.title, description: g.description, weight: g.weight };
}

function indicatorSnapshot(i: IndicatorEntity) {
  const { createdAt: _c, updatedAt: _u, goal: _g, municipality: _m, id: _id, ...values } = i;
  return values as Record<string, unknown>;
}

function measurementSnapshot(m: MeasurementEntity) {
  return {
    indicatorId: m.indicatorId,
    measuredOn: m.measuredOn,
    value: m.value,
    source: m.source,
    note: m.note,
    provisional: m.provisional,
    correctsId: m.correctsId,
    correctedAt: m.correctedAt,
  };
}

@Injectable()
export class PillarService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async pillars(): Promise<PillarType[]> {
    const rows = await this.dataSource.getRepository(PillarEntity).find({ order: { number: 'ASC' } });
    return rows.map(PillarType.from);
  }

  async pillar(id: string): Promise<PillarType> {
    const row = await this.dataSource.getRepository(PillarEntity).findOne({ where: { id: toId(id) } });
    if (!row) throw notFound('Pijler');
    return PillarType.from(row);
  }

  async goal(id: string): Promise<GoalType> {
    const row = await this.dataSource.getRepository(GoalEntity).findOne({ where: { id: toId(id) } });
    if (!row) throw notFound('Doel');
    return GoalType.from(row);
  }

  async indicators(args: IndicatorsArgs): Promise<ListResult<IndicatorType>> {
    const query = this.dataSource
      .getRepository(IndicatorEntity)
      .createQueryBuilder('i')
      .orderBy('i.goal_id', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .skip(args.skip)
      .take(args.take);
    const filter = args.filter ?? {};
    if (filter.goalId) query.andWhere('i.goal_id = :goalId', { goalId: toId(filter.goalId) });
    if (filter.pillarId) {
      query.andWhere('EXISTS (SELECT 1 FROM goal g WHERE g.id = i.goal_id AND g.pillar_id = :pillarId)', {
        pillarId: toId(filter.pillarId),
      });
    }
    if (filter.municipalityId) query.andWhere('i.municipality_id = :m', { m: toId(filter.municipalityId) });
    if (filter.regionWide === true) query.andWhere('i.municipality_id IS NULL');
    if (filter.regionWide === false) query.andWhere('i.municipality_id IS NOT NULL');
    if (filter.computed === true) query.andWhere('i.computed_key IS NOT NULL');
    if (filter.computed === false) query.andWhere('i.computed_key IS NULL');
    const [rows, totalItems] = await query.getManyAndCount();
    return { items: rows.map(IndicatorType.from), totalItems };
  }

  async indicator(id: string): Promise<IndicatorType> {
    const row = await this.dataSource.getRepository(IndicatorEntity).findOne({ where: { id: toId(id) } });
    if (!row) throw notFound('Indicator');
    return IndicatorType.from(row);
  }

  rules(): ProgrammeRulesType {
    return {
      statusShares: ACTION_STATUSES.map((status) => ({ status, share: STATUS_PROGRESS_SHARE[status] })),
      explanations: HOW_CALCULATED_TOPICS.map((rule) => ({ rule, ...HOW_CALCULATED[rule] })),
      computedIndicators: COMPUTED_INDICATORS.map((d) => ({ rule: d.key, ...d.explanation })),
    };
  }

  /**
   * The series of an indicator: its current measurements, or for a computed indicator the value at
   * the end of every month from the baseline month up to today (today for the running month).
   */
  async series(indicator: IndicatorType, measurements: MeasurementEntity[]): Promise<IndicatorPointType[]> {
    if (!indicator.computedKey) {
      return measurements
        .filter((m) => m.correctedAt === null)
        .map((m) => ({ on: m.measuredOn, value: m.value, provisional: m.provisional }));
    }
    const definition = findComputedIndicator(indicator.computedKey);
    if (!definition) return [];
    const rows: Array<{ on: string; value: number | null }> = await this.dataSource.query(
      `SELECT d.on::text AS on, ${definition.valueSql('d.on', '$2::int')} AS value
         FROM (SELECT least((month + interval '1 month - 1 day')::date, $3::date) AS on
                 FROM generate_series(date_trunc('month', $1::date), $3::date, interval '1 month') AS month) d
        ORDER BY d.on`,
      [indicator.baselineOn, indicator.municipalityId, this.clock.today()],
    );
    return rows.map((row) => ({ on: row.on, value: row.value, provisional: false }));
  }

  async createGoal(ctx: RequestContext, input: CreateGoalInput): Promise<GoalType> {
    return this.dataSource.transaction(async (manager) => {
      const pillar = await manager.findOne(PillarEntity, { where: { id: toId(input.pillarId) } });
      if (!pillar) throw badInput('UNKNOWN_PILLAR', 'input.pillarId', 'Deze pijler bestaat niet.');
      const saved = await manager.save(
        manager.create(GoalEntity, {
          pillarId: pillar.id,
          title: input.title.trim(),
          description: input.description ?? null,
          weight: input.weight,
        }),
      );
      await this.audit.record(manager, ctx, {
        entity: 'goal',
        entityId: saved.id,
        after: goalSnapshot(saved),
      });
      return GoalType.from(saved);
    });
  }

  async updateGoal(ctx: RequestContext, idRaw: string, input: UpdateGoalInput): Promise<GoalType> {
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(GoalEntity, {
        where: { id: toId(idRaw) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw notFound('Doel');
      const before = goalSnapshot(current);
      if (input.title != null) current.title = input.title.trim();
      if (input.description !== undefined) current.description = input.description;
      if (input.weight != null) current.weight = input.weight;
      const saved = await manager.save(current);
      await this.audit.record(manager, ctx, {
        entity: 'goal',
        entityId: saved.id,
        before,
        after: goalSnapshot(saved),
      });
      return GoalType.from(saved);
    });
  }

  private checkIndicatorRules(i: IndicatorEntity): void {
    // The rule of libs/domain decides what a valid baseline and target are.
    domainRule(
      () =>
        indicatorProgress({
          baseline: i.baselineValue,
          target: i.targetValue,
          latest: null,
          direction: i.direction,
        }),
      { target: 'input.targetValue', baseline: 'input.baselineValue' },
    );
    if (i.targetOn <= i.baselineOn) {
      throw badInput(
        'TARGET_DATE_NOT_AFTER_BASELINE',
        'input.targetOn',
        'De streefdatum moet na de datum van de nulmeting liggen.',
      );
    }
  }

  async createIndicator(ctx: RequestContext, input: CreateIndicatorInput): Promise<IndicatorType> {
    const municipalityId = input.municipalityId ? toId(input.municipalityId) : null;
    assertMayChangeIndicator(ctx.actor, municipalityId);
    return this.dataSource.transaction(async (manager) => {
      const goal = await manager.findOne(GoalEntity, { where: { id: toId(input.goalId) } });
      if (!goal) throw badInput('UNKNOWN_GOAL', 'input.goalId', 'Dit doel bestaat niet.');
      await this.checkMunicipality(manager, municipalityId);
      const computedKey = input.computedKey ?? null;
      if (computedKey !== null) {
        const definition = findComputedIndicator(computedKey);
        if (!definition)
          throw badInput('UNKNOWN_COMPUTED_INDICATOR', 'input.computedKey', 'Onbekende berekening.');
        if (definition.unit !== input.unit) {
          throw badInput(
            'UNIT_MISMATCH',
            'input.unit',
            `Deze berekening levert de eenheid ${definition.unit}, niet ${input.unit}.`,
          );
        }
      }
      const entity = manager.create(IndicatorEntity, {
        goalId: goal.id,
        title: input.title.trim(),
        description: input.description ?? null,
        unit: input.unit,
        direction: input.direction,
        baselineValue: input.baselineValue,
        baselineOn: input.baselineOn,
        targetValue: input.targetValue,
        targetOn: input.targetOn,
        municipalityId,
        weight: input.weight,
        computedKey,
      });
      this.checkIndicatorRules(entity);
      const saved = await manager.save(entity);
      await this.audit.record(manager, ctx, {
        entity: 'indicator',
        entityId: saved.id,
        after: indicatorSnapshot(saved),
      });
      return IndicatorType.from(saved);
    });
  }

  async updateIndicator(
    ctx: RequestContext,
    idRaw: string,
    input: UpdateIndicatorInput,
  ): Promise<IndicatorType> {
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(IndicatorEntity, {
        where: { id: toId(idRaw) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw notFound('Indicator');
      assertMayChangeIndicator(ctx.actor, current.municipalityId);
      assertVersion(current.version, input.version, () => IndicatorType.from(current));
      const before = indicatorSnapshot(current);
      if (input.title != null) current.title = input.title.trim();
      if (input.description !== undefined) current.description = input.description;
      if (input.direction != null) current.direction = input.direction;
      if (input.baselineValue != null) current.baselineValue = input.baselineValue;
      if (input.baselineOn != null) current.baselineOn = input.baselineOn;
      if (input.targetValue != null) current.targetValue = input.targetValue;
      if (input.targetOn != null) current.targetOn = input.targetOn;
      if (input.weight != null) current.weight = input.weight;
      this.checkIndicatorRules(current);
      const saved = await manager.save(current);
      await this.audit.record(manager, ctx, {
        entity: 'indicator',
        entityId: saved.id,
        before,
        after: indicatorSnapshot(saved),
      });
      return IndicatorType.from(saved);
    });
  }

  private async checkMunicipality(manager: EntityManager, id: number | null): Promise<void> {
    if (id === null) return;
    const found = await manager.exists(MunicipalityEntity, { where: { id } });
    if (!found) throw badInput('UNKNOWN_MUNICIPALITY', 'input.municipalityId', 'Deze gemeente bestaat niet.');
  }

  /** Loads the indicator for a new measurement and checks who may measure and in which unit. */
  private async indicatorForMeasurement(
    manager: EntityManager,
    ctx: RequestContext,
    indicatorId: number,
    unit: string,
    measuredOn: string,
  ): Promise<IndicatorEntity> {
    const indicator = await manager.findOne(IndicatorEntity, { where: { id: indicatorId } });
    if (!indicator) throw notFound('Indicator', 'input.indicatorId');
    assertMayChangeIndicator(ctx.actor, indicator.municipalityId);
    if (indicator.computedKey !== null) {
      throw badInput(
        'COMPUTED_INDICATOR',
        'input.indicatorId',
        'Deze indicator wordt berekend uit de registers en krijgt geen handmatige metingen.',
      );
    }
    if (unit !== indicator.unit) {
      throw badInput(
        'UNIT_MISMATCH',
        'input.unit',
        `Deze indicator wordt gemeten in ${indicator.unit}, niet in ${unit}.`,
      );
    }
    if (measuredOn > this.clock.today()) {
      throw badInput('MEASURED_IN_FUTURE', 'input.measuredOn', 'Een meting kan niet in de toekomst liggen.');
    }
    return indicator;
  }

  private async assertDayFree(
    manager: EntityManager,
    indicatorId: number,
    measuredOn: string,
    exceptId: number | null,
  ): Promise<void> {
    const other = await manager
      .getRepository(MeasurementEntity)
      .createQueryBuilder('m')
      .where('m.indicator_id = :indicatorId AND m.measured_on = :measuredOn AND m.corrected_at IS NULL', {
        indicatorId,
        measuredOn,
      })
      .getOne();
    if (other && other.id !== exceptId) {
      throw new AppError(
        'CONFLICT',
        'MEASUREMENT_EXISTS',
        'Er is al een meting op deze datum; corrigeer die meting in plaats van een tweede in te voeren.',
        'input.measuredOn',
        { measurementId: String(other.id) },
      );
    }
  }

  async recordMeasurement(ctx: RequestContext, input: RecordMeasurementInput): Promise<MeasurementType> {
    return this.dataSource.transaction(async (manager) => {
      const indicator = await this.indicatorForMeasurement(
        manager,
        ctx,
        toId(input.indicatorId),
        input.unit,
        input.measuredOn,
      );
      // Serialise measurements of one indicator, so two requests cannot both take the same day.
      await manager.query('SELECT id FROM indicator WHERE id = $1 FOR UPDATE', [indicator.id]);
      await this.assertDayFree(manager, indicator.id, input.measuredOn, null);
      const saved = await manager.save(
        manager.create(MeasurementEntity, {
          indicatorId: indicator.id,
          measuredOn: input.measuredOn,
          value: input.value,
          source: input.source.trim(),
          note: input.note ?? null,
          provisional: input.provisional,
          recordedById: ctx.actor?.userId ?? null,
          correctsId: null,
          correctedAt: null,
        }),
      );
      await this.audit.record(manager, ctx, {
        entity: 'indicator_measurement',
        entityId: saved.id,
        after: measurementSnapshot(saved),
      });
      return MeasurementType.from(saved, indicator.unit);
    });
  }

  /** Replaces a current measurement by a new one; the earlier one stays in the history as corrected. */
  async correctMeasurement(
    ctx: RequestContext,
    idRaw: string,
    input: CorrectMeasurementInput,
  ): Promise<MeasurementType> {
    return this.dataSource.transaction(async (manager) => {
      const previous = await manager.findOne(MeasurementEntity, {
        where: { id: toId(idRaw) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!previous) throw notFound('Meting');
      const measuredOn = input.measuredOn ?? previous.measuredOn;
      const indicator = await this.indicatorForMeasurement(
        manager,
        ctx,
        previous.indicatorId,
        input.unit,
        measuredOn,
      );
      if (previous.correctedAt !== null) {
        throw new AppError(
          'CONFLICT',
          'ALREADY_CORRECTED',
          'Deze meting is al gecorrigeerd; corrigeer de geldende meting.',
          'id',
        );
      }
      await manager.query('SELECT id FROM indicator WHERE id = $1 FOR UPDATE', [indicator.id]);
      await this.assertDayFree(manager, indicator.id, measuredOn, previous.id);
      const before = measurementSnapshot(previous);
      previous.correctedAt = new Date();
      await manager.save(previous);
      const saved = await manager.save(
        manager.create(MeasurementEntity, {
          indicatorId: indicator.id,
          measuredOn,
          value: input.value,
          source: (input.source ?? previous.source).trim(),
          note: input.note ?? null,
          provisional: input.provisional,
          recordedById: ctx.actor?.userId ?? null,
          correctsId: previous.id,
          correctedAt: null,
        }),
      );
      await this.audit.record(manager, ctx, {
        entity: 'indicator_measurement',
        entityId: previous.id,
        before,
        after: measurementSnapshot(previous),
      });
      await this.audit.record(manager, ctx, {
        entity: 'indicator_measurement',
        entityId: saved.id,
        after: measurementSnapshot(saved),
      });
      return MeasurementType.from(saved, indicator.unit);
    });
  }
}
