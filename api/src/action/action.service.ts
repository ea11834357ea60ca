import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import { addDays, type ActionStatus, findDependencyCycle, isActionLate, isMilestoneLate } from '@pm/domain';
import { ActivityEntity } from '../activity/activity.entity';
import { AuditService } from '../audit/audit.service';
import { badInput, notFound, type RequestContext } from '../common/app-error';
import { Clock } from '../common/clock';
import { toId } from '../common/id';
import { type ListResult, pageWithTotal } from '../common/list';
import { assertVersion } from '../common/version';
import { CoreGroupMemberEntity } from '../core-group/core-group.entity';
import type { Loaders } from '../graphql/loaders';
import { MunicipalityEntity } from '../municipality/municipality.entity';
import { GoalEntity, PillarEntity } from '../pillar/pillar.entity';
import {
  ActionActivityEntity,
  ActionChangeEntity,
  ActionDependencyEntity,
  ActionEntity,
  ActionMilestoneEntity,
  ActionMunicipalityEntity,
  ActionOwnerEntity,
} from './action.entity';
import type {
  ActionActivityInput,
  ActionDependencyInput,
  BulkSetActionStatusInput,
  CreateActionInput,
  CreateActionMilestoneInput,
  UpdateActionInput,
  UpdateActionMilestoneInput,
} from './action.inputs';
import { primeActionPage } from './action.prefetch';
import { actionLateSql, actionOpenSql, milestoneLateSql } from './action.sql';
import {
  type ActionDependencyType,
  type ActionsArgs,
  type ActionsDueArgs,
  ActionMilestoneType,
  ActionType,
} from './action.type';

type Snapshot = Record<string, unknown>;

function actionSnapshot(a: ActionEntity, ownerIds: number[], municipalityIds: number[]): Snapshot {
  const {
    createdAt: _c,
    updatedAt: _u,
    pillar: _p,
    goal: _g,
    parent: _pa,
    responsibleMember: _r,
    ...rest
  } = a;
  return {
    ...rest,
    ownerIds: [...ownerIds].sort((x, y) => x - y),
    municipalityIds: [...municipalityIds].sort((x, y) => x - y),
  };
}

function milestoneSnapshot(m: ActionMilestoneEntity): Snapshot {
  return { actionId: m.actionId, title: m.title, dueOn: m.dueOn, doneOn: m.doneOn };
}

const unique = (ids: number[]): number[] => [...new Set(ids)];

/** The fields that decide an action's relations, checked together on create and update. */
interface ActionShape {
  pillarId: number;
  goalId: number | null;
  parentId: number | null;
  responsibleMemberId: number | null;
  regionWide: boolean;
  startOn: string | null;
  dueOn: string | null;
}

/** This request's loaders and the fields asked of each item (see graphql/selection.ts). */
export interface Prefetch {
  loaders: Loaders;
  fields: ReadonlySet<string>;
}

@Injectable()
export class ActionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return this.clock.today();
  }

  isLate(action: { status: ActionStatus; dueOn: string | null }): boolean {
    return isActionLate(action, this.clock.today());
  }

  isMilestoneLate(milestone: { dueOn: string; doneOn: string | null }): boolean {
    return isMilestoneLate(milestone, this.clock.today());
  }

  // ── Reading ────────────────────────────────────────────────────────────────────────────────

  /** A page of actions; with `prefetch`, the relations asked for come along in one more statement. */
  private async page(
    query: SelectQueryBuilder<ActionEntity>,
    args: { skip: number; take: number },
    prefetch?: Prefetch,
  ): Promise<ListResult<ActionType>> {
    const { entities: rows, totalItems } = await pageWithTotal(query, args);
    if (prefetch) await primeActionPage(this.dataSource, prefetch.loaders, rows, prefetch.fields);
    return { items: rows.map(ActionType.from), totalItems };
  }

  async list(args: ActionsArgs, prefetch?: Prefetch): Promise<ListResult<ActionType>> {
    const today = this.clock.today();
    const query = this.dataSource
      .getRepository(ActionEntity)
      .createQueryBuilder('a')
      .orderBy('a.due_on', 'ASC', 'NULLS LAST')
      .addOrderBy('a.id', 'ASC');
    const f = args.filter ?? {};
    if (f.pillarId) query.andWhere('a.pillar_id = :pillarId', { pillarId: toId(f.pillarId) });
    if (f.goalId) query.andWhere('a.goal_id = :goalId', { goalId: toId(f.goalId) });
    if (f.parentId) query.andWhere('a.parent_id = :parentId', { parentId: toId(f.parentId) });
    if (f.topLevelOnly) query.andWhere('a.parent_id IS NULL');
    if (f.statuses?.length) query.andWhere('a.status IN (:...statuses)', { statuses: f.statuses });
    if (f.late === true) query.andWhere(actionLateSql('a', ':today'), { today });
    if (f.late === false) query.andWhere(`NOT coalesce(${actionLateSql('a', ':today')}, false)`, { today });
    if (f.municipalityId) {
      const involved =
        'EXISTS (SELECT 1 FROM action_municipality am WHERE am.action_id = a.id AND am.municipality_id = :m)';
      query.andWhere(f.includeRegionWide ? `(${involved} OR a.region_wide)` : involved, {
        m: toId(f.municipalityId),
      });
    }
    if (f.memberId) {
      query.andWhere(
        '(a.responsible_member_id = :member OR EXISTS (SELECT 1 FROM action_owner ao WHERE ao.action_id = a.id AND ao.member_id = :member))',
        { member: toId(f.memberId) },
      );
    }
    if (f.dueFrom) query.andWhere('a.due_on >= :dueFrom', { dueFrom: f.dueFrom });
    if (f.dueTo) query.andWhere('a.due_on <= :dueTo', { dueTo: f.dueTo });
    if (f.search) {
      query.andWhere("a.title ILIKE :search ESCAPE '\\'", {
        search: `%${f.search.replace(/[\\%_]/g, '\\$&')}%`,
      });
    }
    return this.page(query, args, prefetch);
  }

  async one(id: string): Promise<ActionType> {
    const row = await this.dataSource.getRepository(ActionEntity).findOne({ where: { id: toId(id) } });
    if (!row) throw notFound('Actie');
    return ActionType.from(row);
  }

  /** Open actions due from today up to and including today + days (the weekly view). */
  async dueWithin(args: ActionsDueArgs, prefetch?: Prefetch): Promise<ListResult<ActionType>> {
    const today = this.clock.today();
    const query = this.dataSource
      .getRepository(ActionEntity)
      .createQueryBuilder('a')
      .where(actionOpenSql('a'))
      .andWhere('a.due_on BETWEEN :today AND :until', { today, until: addDays(today, args.days) })
      .orderBy('a.due_on', 'ASC')
      .addOrderBy('a.id', 'ASC');
    return this.page(query, args, prefetch);
  }

  /** Late actions, the longest overdue first. */
  async late(args: { skip: number; take: number }, prefetch?: Prefetch): Promise<ListResult<ActionType>> {
    const query = this.dataSource
      .getRepository(ActionEntity)
      .createQueryBuilder('a')
      .where(actionLateSql('a', ':today'), { today: this.clock.today() })
      .orderBy('a.due_on', 'ASC')
      .addOrderBy('a.id', 'ASC');
    return this.page(query, args, prefetch);
  }

  async lateMilestones(args: { skip: number; take: number }): Promise<ListResult<ActionMilestoneType>> {
    const [rows, totalItems] = await this.dataSource
      .getRepository(ActionMilestoneEntity)
      .createQueryBuilder('m')
      .where(milestoneLateSql('m', ':today'), { today: this.clock.today() })
      .orderBy('m.due_on', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .skip(args.skip)
      .take(args.take)
      .getManyAndCount();
    return { items: rows.map(ActionMilestoneType.from), totalItems };
  }

  // ── Checks shared by create and update ────────────────────────────────────────────────────

  private checkDates(startOn: string | null, dueOn: string | null): void {
    if (startOn !== null && dueOn !== null && dueOn < startOn) {
      throw badInput('DUE_BEFORE_START', 'input.dueOn', 'De einddatum ligt vóór de startdatum.');
    }
  }

  private async checkShape(manager: EntityManager, shape: ActionShape, selfId: number | null): Promise<void> {
    this.checkDates(shape.startOn, shape.dueOn);
    if (!(await manager.exists(PillarEntity, { where: { id: shape.pillarId } })))
      throw badInput('UNKNOWN_PILLAR', 'input.pillarId', 'Deze pijler bestaat niet.');
    if (shape.goalId !== null) {
      const goal = await manager.findOne(GoalEntity, { where: { id: shape.goalId } });
      if (!goal) throw badInput('UNKNOWN_GOAL', 'input.goalId', 'Dit doel bestaat niet.');
      if (goal.pillarId !== shape.pillarId)
        throw badInput('GOAL_NOT_IN_PILLAR', 'input.goalId', 'Dit doel hoort bij een andere pijler.');
    }
    if (shape.parentId !== null) {
      const parent = await manager.findOne(ActionEntity, { where: { id: shape.parentId } });
      if (!parent) throw badInput('UNKNOWN_PARENT', 'input.parentId', 'Deze hoofdactie bestaat niet.');
      if (parent.pillarId !== shape.pillarId)
        throw badInput(
          'PARENT_IN_OTHER_PILLAR',
          'input.parentId',
          'De hoofdactie hoort bij een andere pijler.',
        );
      // One level of sub-actions keeps progress arithmetic and the SQL figures simple and readable.
      if (parent.parentId !== null)
        throw badInput(
          'SUBACTION_DEPTH',
          'input.parentId',
          'Een deelactie kan geen eigen deelacties hebben.',
        );
      if (selfId !== null && parent.id === selfId)
        throw badInput('SUBACTION_DEPTH', 'input.parentId', 'Een actie kan niet haar eigen deelactie zijn.');
    }
    if (shape.responsibleMemberId !== null) {
      if (!(await manager.exists(CoreGroupMemberEntity, { where: { id: shape.responsibleMemberId } })))
        throw badInput('UNKNOWN_MEMBER', 'input.responsibleMemberId', 'Dit kerngroeplid bestaat niet.');
    }
  }

  private async checkIds(
    manager: EntityManager,
    entity: typeof CoreGroupMemberEntity | typeof MunicipalityEntity | typeof ActivityEntity,
    ids: number[],
    code: string,
    field: string,
    message: string,
  ): Promise<void> {
    if (ids.length === 0) return;
    const found = await manager.count(entity, { where: { id: In(ids) } });
    if (found !== ids.length) throw badInput(code, field, message);
  }

  private checkScope(regionWide: boolean, municipalityIds: number[]): void {
    if (regionWide && municipalityIds.length > 0) {
      throw badInput(
        'REGION_WIDE_WITH_MUNICIPALITIES',
        'input.municipalityIds',
        'Een regiobrede actie heeft geen afzonderlijke gemeenten.',
      );
    }
    if (!regionWide && municipalityIds.length === 0) {
      throw badInput(
        'MUNICIPALITIES_REQUIRED',
        'input.municipalityIds',
        'Kies de betrokken gemeenten, of maak de actie regiobreed.',
      );
    }
  }

  private async recordChange(
    manager: EntityManager,
    ctx: RequestContext,
    actionId: number,
    from: { status: ActionStatus; manualProgress: number | null } | null,
    to: { status: ActionStatus; manualProgress: number | null },
  ): Promise<void> {
    await manager.insert(ActionChangeEntity, {
      actionId,
      changedById: ctx.actor?.userId ?? null,
      statusFrom: from?.status ?? null,
      statusTo: to.status,
      progressFrom: from?.manualProgress ?? null,
      progressTo: to.manualProgress,
    });
  }

  // ── Writing ────────────────────────────────────────────────────────────────────────────────

  async create(ctx: RequestContext, input: CreateActionInput): Promise<ActionType> {
    return this.dataSource.transaction(async (manager) => {
      const ownerIds = unique(input.ownerIds.map(toId));
      const municipalityIds = unique(input.municipalityIds.map(toId));
      const activityIds = unique(input.activityIds.map(toId));
      const shape: ActionShape = {
        pillarId: toId(input.pillarId),
        goalId: input.goalId ? toId(input.goalId) : null,
        parentId: input.parentId ? toId(input.parentId) : null,
        responsibleMemberId: input.responsibleMemberId ? toId(input.responsibleMemberId) : null,
        regionWide: input.regionWide,
        startOn: input.startOn ?? null,
        dueOn: input.dueOn ?? null,
      };
      if (shape.parentId !== null && shape.goalId === null) {
        // A sub-action works towards its parent's goal unless told otherwise.
        const parent = await manager.findOne(ActionEntity, { where: { id: shape.parentId } });
        shape.goalId = parent?.goalId ?? null;
      }
      await this.checkShape(manager, shape, null);
      this.checkScope(shape.regionWide, municipalityIds);
      await this.checkIds(
        manager,
        CoreGroupMemberEntity,
        ownerIds,
        'UNKNOWN_MEMBER',
        'input.ownerIds',
        'Een of meer eigenaren bestaan niet.',
      );
      await this.checkIds(
        manager,
        MunicipalityEntity,
        municipalityIds,
        'UNKNOWN_MUNICIPALITY',
        'input.municipalityIds',
        'Een of meer gemeenten bestaan niet.',
      );
      await this.checkIds(
        manager,
        ActivityEntity,
        activityIds,
        'UNKNOWN_ACTIVITY',
        'input.activityIds',
        'Een of meer bijeenkomsten bestaan niet.',
      );
      const saved = await manager.save(
        manager.create(ActionEntity, {
          ...shape,
          title: input.title.trim(),
          description: input.description ?? null,
          leadOrganisation: input.leadOrganisation.trim(),
          status: input.status,
          manualProgress: input.manualProgress ?? null,
          weight: input.weight,
        }),
      );
      if (ownerIds.length > 0)
        await manager.insert(
          ActionOwnerEntity,
          ownerIds.map((memberId) => ({ actionId: saved.id, memberId })),
        );
      if (municipalityIds.length > 0)
        await manager.insert(
          ActionMunicipalityEntity,
          municipalityIds.map((municipalityId) => ({ actionId: saved.id, municipalityId })),
        );
      if (activityIds.length > 0)
        await manager.insert(
          ActionActivityEntity,
          activityIds.map((activityId) => ({ actionId: saved.id, activityId })),
        );
      await this.recordChange(manager, ctx, saved.id, null, saved);
      await this.audit.record(manager, ctx, {
        entity: 'action',
        entityId: saved.id,
        after: { ...actionSnapshot(saved, ownerIds, municipalityIds), activityIds },
      });
      return ActionType.from(saved);
    });
  }

  private async lockForChange(manager: EntityManager, id: number, field = 'id'): Promise<ActionEntity> {
    const current = await manager.findOne(ActionEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!current) throw notFound('Actie', field);
    return current;
  }

  private assertVersion(current: ActionEntity, version: number, field: string): void {
    assertVersion(current.version, version, () => ActionType.from(current), field);
  }

  async update(ctx: RequestContext, idRaw: string, input: UpdateActionInput): Promise<ActionType> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockForChange(manager, toId(idRaw));
      this.assertVersion(current, input.version, 'input.version');
      const [owners, municipalities] = await Promise.all([
        manager.find(ActionOwnerEntity, { where: { actionId: current.id } }),
        manager.find(ActionMunicipalityEntity, { where: { actionId: current.id } }),
      ]);
      const before = actionSnapshot(
        current,
        owners.map((o) => o.memberId),
        municipalities.map((m) => m.municipalityId),
      );
      const next: ActionEntity = manager.create(ActionEntity, { ...current });
      if (input.goalId !== undefined) next.goalId = input.goalId === null ? null : toId(input.goalId);
      if (input.title != null) next.title = input.title.trim();
      if (input.description !== undefined) next.description = input.description;
      if (input.leadOrganisation != null) next.leadOrganisation = input.leadOrganisation.trim();
      if (input.responsibleMemberId !== undefined)
        next.responsibleMemberId =
          input.responsibleMemberId === null ? null : toId(input.responsibleMemberId);
      if (input.regionWide != null) next.regionWide = input.regionWide;
      if (input.startOn !== undefined) next.startOn = input.startOn;
      if (input.dueOn !== undefined) next.dueOn = input.dueOn;
      if (input.status != null) next.status = input.status;
      if (input.manualProgress !== undefined) next.manualProgress = input.manualProgress;
      if (input.weight != null) next.weight = input.weight;

      await this.checkShape(manager, next, current.id);
      const ownerIds = input.ownerIds ? unique(input.ownerIds.map(toId)) : owners.map((o) => o.memberId);
      const municipalityIds =
        input.municipalityIds !== undefined
          ? unique(input.municipalityIds.map(toId))
          : input.regionWide === true
            ? [] // making an action region-wide drops its separate municipalities
            : municipalities.map((m) => m.municipalityId);
      this.checkScope(next.regionWide, municipalityIds);
      if (input.ownerIds)
        await this.checkIds(
          manager,
          CoreGroupMemberEntity,
          ownerIds,
          'UNKNOWN_MEMBER',
          'input.ownerIds',
          'Een of meer eigenaren bestaan niet.',
        );
      await this.checkIds(
        manager,
        MunicipalityEntity,
        municipalityIds,
        'UNKNOWN_MUNICIPALITY',
        'input.municipalityIds',
        'Een of meer gemeenten bestaan niet.',
      );

      // Every accepted change moves the version on, also when only owners or municipalities change.
      await manager.update(
        ActionEntity,
        { id: current.id },
        {
          goalId: next.goalId,
          title: next.title,
          description: next.description,
          leadOrganisation: next.leadOrganisation,
          responsibleMemberId: next.responsibleMemberId,
          regionWide: next.regionWide,
          startOn: next.startOn,
          dueOn: next.dueOn,
          status: next.status,
          manualProgress: next.manualProgress,
          weight: next.weight,
        },
      );
      if (input.ownerIds) {
        await manager.delete(ActionOwnerEntity, { actionId: current.id });
        if (ownerIds.length > 0)
          await manager.insert(
            ActionOwnerEntity,
            ownerIds.map((memberId) => ({ actionId: current.id, memberId })),
          );
      }
      if (input.municipalityIds !== undefined || input.regionWide === true) {
        await manager.delete(ActionMunicipalityEntity, { actionId: current.id });
        if (municipalityIds.length > 0)
          await manager.insert(
            ActionMunicipalityEntity,
            municipalityIds.map((municipalityId) => ({ actionId: current.id, municipalityId })),
          );
      }
      if (next.status !== current.status || next.manualProgress !== current.manualProgress) {
        await this.recordChange(manager, ctx, current.id, current, next);
      }
      const saved = await manager.findOneOrFail(ActionEntity, { where: { id: current.id } });
      await this.audit.record(manager, ctx, {
        entity: 'action',
        entityId: saved.id,
        before,
        after: actionSnapshot(saved, ownerIds, municipalityIds),
      });
      return ActionType.from(saved);
    });
  }

  /** Sets one status on a selection of actions: all or nothing (one bad item changes nothing). */
  async bulkSetStatus(ctx: RequestContext, input: BulkSetActionStatusInput): Promise<ActionType[]> {
    return this.dataSource.transaction(async (manager) => {
      const ids = input.items.map((item) => toId(item.id));
      const seen = new Set<number>();
      ids.forEach((id, index) => {
        if (seen.has(id))
          throw badInput(
            'DUPLICATE_ITEM',
            `input.items[${index}].id`,
            'Deze actie staat twee keer in de selectie.',
          );
        seen.add(id);
      });
      // Lock in id order, so two bulk changes on overlapping selections cannot deadlock.
      const rows = await manager.find(ActionEntity, {
        where: { id: In(ids) },
        order: { id: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      const byId = new Map(rows.map((row) => [row.id, row]));
      input.items.forEach((item, index) => {
        const row = byId.get(ids[index]!);
        if (!row) throw notFound('Actie', `input.items[${index}].id`);
        this.assertVersion(row, item.version, `input.items[${index}].version`);
      });
      const result: ActionType[] = [];
      for (const id of ids) {
        const current = byId.get(id)!;
        if (current.status !== input.status) {
          await manager.update(ActionEntity, { id }, { status: input.status });
          await this.recordChange(manager, ctx, id, current, {
            status: input.status,
            manualProgress: current.manualProgress,
          });
          await this.audit.record(manager, ctx, {
            entity: 'action',
            entityId: id,
            before: { status: current.status },
            after: { status: input.status },
          });
        }
        result.push(ActionType.from(await manager.findOneOrFail(ActionEntity, { where: { id } })));
      }
      return result;
    });
  }

  async addDependency(ctx: RequestContext, input: ActionDependencyInput): Promise<ActionDependencyType> {
    const blockerId = toId(input.blockerId);
    const blockedId = toId(input.blockedId);
    return this.dataSource.transaction(async (manager) => {
      // One dependency change at a time: two concurrent additions could together close a cycle.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('action_dependency'))`);
      if (!(await manager.exists(ActionEntity, { where: { id: blockerId } })))
        throw notFound('Actie', 'input.blockerId');
      if (!(await manager.exists(ActionEntity, { where: { id: blockedId } })))
        throw notFound('Actie', 'input.blockedId');
      // Only the edges reachable from the blocked action can lead back to the blocker.
      const edges: Array<{ blocker: number; blocked: number }> = await manager.query(
        `WITH RECURSIVE reach(id) AS (
           SELECT $1::int
           UNION SELECT d.blocked_id FROM action_dependency d JOIN reach r ON d.blocker_id = r.id)
         SELECT d.blocker_id AS blocker, d.blocked_id AS blocked
           FROM action_dependency d JOIN reach r ON d.blocker_id = r.id`,
        [blockedId],
      );
      const cycle = findDependencyCycle(
        edges.map((e) => [String(e.blocker), String(e.blocked)] as const),
        [String(blockerId), String(blockedId)],
      );
      if (cycle !== null) {
        throw badInput(
          'DEPENDENCY_CYCLE',
          'input.blockerId',
          blockerId === blockedId
            ? `Een actie kan niet op zichzelf wachten: ${cycle.map((id) => `#${id}`).join(' → ')}.`
            : `Deze afhankelijkheid maakt een kringloop: ${cycle.map((id) => `#${id}`).join(' → ')}.`,
          { path: cycle },
        );
      }
      const exists = await manager.exists(ActionDependencyEntity, { where: { blockerId, blockedId } });
      if (!exists) {
        await manager.insert(ActionDependencyEntity, { blockerId, blockedId });
        await this.audit.record(manager, ctx, {
          entity: 'action_dependency',
          entityId: `${blockerId}>${blockedId}`,
          after: { blockerId, blockedId },
        });
      }
      return { blockerId, blockedId };
    });
  }

  async removeDependency(ctx: RequestContext, input: ActionDependencyInput): Promise<boolean> {
    const blockerId = toId(input.blockerId);
    const blockedId = toId(input.blockedId);
    return this.dataSource.transaction(async (manager) => {
      const result = await manager.delete(ActionDependencyEntity, { blockerId, blockedId });
      if (!result.affected) return false;
      await this.audit.record(manager, ctx, {
        entity: 'action_dependency',
        entityId: `${blockerId}>${blockedId}`,
        before: { blockerId, blockedId },
      });
      return true;
    });
  }

  async createMilestone(
    ctx: RequestContext,
    input: CreateActionMilestoneInput,
  ): Promise<ActionMilestoneType> {
    return this.dataSource.transaction(async (manager) => {
      const action = await this.lockForChange(manager, toId(input.actionId), 'input.actionId');
      const saved = await manager.save(
        manager.create(ActionMilestoneEntity, {
          actionId: action.id,
          title: input.title.trim(),
          dueOn: input.dueOn,
          doneOn: input.doneOn ?? null,
        }),
      );
      await this.audit.record(manager, ctx, {
        entity: 'action_milestone',
        entityId: saved.id,
        after: milestoneSnapshot(saved),
      });
      return ActionMilestoneType.from(saved);
    });
  }

  async updateMilestone(
    ctx: RequestContext,
    idRaw: string,
    input: UpdateActionMilestoneInput,
  ): Promise<ActionMilestoneType> {
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(ActionMilestoneEntity, {
        where: { id: toId(idRaw) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw notFound('Mijlpaal');
      const before = milestoneSnapshot(current);
      if (input.title != null) current.title = input.title.trim();
      if (input.dueOn != null) current.dueOn = input.dueOn;
      if (input.doneOn !== undefined) current.doneOn = input.doneOn;
      const saved = await manager.save(current);
      await this.audit.record(manager, ctx, {
        entity: 'action_milestone',
        entityId: saved.id,
        before,
        after: milestoneSnapshot(saved),
      });
      return ActionMilestoneType.from(saved);
    });
  }

  async deleteMilestone(ctx: RequestContext, idRaw: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(ActionMilestoneEntity, {
        where: { id: toId(idRaw) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw notFound('Mijlpaal');
      await manager.delete(ActionMilestoneEntity, { id: current.id });
      await this.audit.record(manager, ctx, {
        entity: 'action_milestone',
        entityId: current.id,
        before: milestoneSnapshot(current),
      });
      return true;
    });
  }

  async linkActivity(ctx: RequestContext, input: ActionActivityInput): Promise<ActionType> {
    return this.dataSource.transaction(async (manager) => {
      const action = await this.lockForChange(manager, toId(input.actionId), 'input.actionId');
      const activityId = toId(input.activityId);
      if (!(await manager.exists(ActivityEntity, { where: { id: activityId } })))
        throw notFound('Bijeenkomst', 'input.activityId');
      const exists = await manager.exists(ActionActivityEntity, {
        where: { actionId: action.id, activityId },
      });
      if (!exists) {
        await manager.insert(ActionActivityEntity, { actionId: action.id, activityId });
        await this.audit.record(manager, ctx, {
          entity: 'action_activity',
          entityId: `${action.id}:${activityId}`,
          after: { actionId: action.id, activityId },
        });
      }
      return ActionType.from(action);
    });
  }

  async unlinkActivity(ctx: RequestContext, input: ActionActivityInput): Promise<ActionType> {
    return this.dataSource.transaction(async (manager) => {
      const action = await this.lockForChange(manager, toId(input.actionId), 'input.actionId');
      const activityId = toId(input.activityId);
      const result = await manager.delete(ActionActivityEntity, { actionId: action.id, activityId });
      if (result.affected) {
        await this.audit.record(manager, ctx, {
          entity: 'action_activity',
          entityId: `${action.id}:${activityId}`,
          before: { actionId: action.id, activityId },
        });
      }
      return ActionType.from(action);
    });
  }
}
