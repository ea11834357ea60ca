import { Args, Context, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ROLES } from '@pm/domain';
import { ActivityEntity } from '../activity/activity.entity';
import { ActivityType } from '../activity/activity.type';
import { UserEntity } from '../auth/user.entity';
import { Roles } from '../auth/roles.decorator';
import { IdArgs } from '../common/id-args';
import { PageArgs } from '../common/list';
import { CoreGroupMemberEntity } from '../core-group/core-group.entity';
import { CoreGroupMemberType } from '../core-group/core-group.type';
import type { GqlContext } from '../graphql/context';
import { selectedFields } from '../graphql/selection';
import { MunicipalityEntity } from '../municipality/municipality.entity';
import { MunicipalityType } from '../municipality/municipality.type';
import { GoalEntity, PillarEntity } from '../pillar/pillar.entity';
import { GoalType, PillarType } from '../pillar/pillar.type';
import { ProgressService } from '../pillar/progress.service';
import { ProgressType } from '../pillar/progress.type';
import {
  ActionActivityEntity,
  ActionChangeEntity,
  ActionDependencyEntity,
  ActionEntity,
  ActionMilestoneEntity,
  ActionMunicipalityEntity,
  ActionOwnerEntity,
} from './action.entity';
import {
  ActionActivityArgs,
  ActionDependencyArgs,
  BulkSetActionStatusArgs,
  CreateActionArgs,
  CreateActionMilestoneArgs,
  UpdateActionArgs,
  UpdateActionMilestoneArgs,
} from './action.inputs';
import { ActionService } from './action.service';
import {
  ActionChangeType,
  ActionDependencyType,
  ActionList,
  ActionMilestoneList,
  ActionMilestoneType,
  ActionsArgs,
  ActionsDueArgs,
  ActionType,
} from './action.type';

const CHANGERS = ['ADMIN', 'CORE_GROUP'] as const;

/** The relations asked of a list's items come along with the page (action.prefetch.ts). */
function prefetchFor(ctx: GqlContext, info: GraphQLResolveInfo) {
  return { loaders: ctx.loaders, fields: selectedFields(info, ['items']) };
}

async function actionsByIds(ctx: GqlContext, ids: number[]): Promise<ActionType[]> {
  const rows = await ctx.loaders.byId(ActionEntity).loadMany(ids);
  return rows.filter((row): row is ActionEntity => row instanceof ActionEntity).map(ActionType.from);
}

@Resolver(() => ActionType)
export class ActionResolver {
  constructor(
    private readonly service: ActionService,
    private readonly progressService: ProgressService,
  ) {}

  @Roles(...ROLES)
  @Query(() => ActionList, {
    description: 'Kerngroepacties met filters, vroegste einddatum eerst (ingelogd).',
  })
  actions(@Args() args: ActionsArgs, @Context() ctx: GqlContext, @Info() info: GraphQLResolveInfo) {
    return this.service.list(args, prefetchFor(ctx, info));
  }

  @Roles(...ROLES)
  @Query(() => ActionType)
  action(@Args() args: IdArgs) {
    return this.service.one(args.id);
  }

  @Roles(...ROLES)
  @Query(() => ActionList, {
    description: 'Open acties met een einddatum in de komende N dagen (vandaag inbegrepen).',
  })
  actionsDueWithin(
    @Args() args: ActionsDueArgs,
    @Context() ctx: GqlContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.dueWithin(args, prefetchFor(ctx, info));
  }

  @Roles(...ROLES)
  @Query(() => ActionList, { description: 'Te late acties, langst verlopen eerst.' })
  lateActions(@Args() args: PageArgs, @Context() ctx: GqlContext, @Info() info: GraphQLResolveInfo) {
    return this.service.late(args, prefetchFor(ctx, info));
  }

  @Roles(...ROLES)
  @Query(() => ActionMilestoneList, { description: 'Te late mijlpalen, langst verlopen eerst.' })
  lateMilestones(@Args() args: PageArgs) {
    return this.service.lateMilestones(args);
  }

  @Roles(...CHANGERS)
  @Mutation(() => ActionType)
  createAction(@Args() args: CreateActionArgs, @Context() ctx: GqlContext) {
    return this.service.create(ctx.request, args.input);
  }

  @Roles(...CHANGERS)
  @Mutation(() => ActionType, {
    description: 'Vraagt de versie waarop de wijziging is gebaseerd (STALE_VERSION).',
  })
  updateAction(@Args() args: UpdateActionArgs, @Context() ctx: GqlContext) {
    return this.service.update(ctx.request, args.id, args.input);
  }

  @Roles(...CHANGERS)
  @Mutation(() => [ActionType], { description: 'Eén status voor een selectie: alles of niets.' })
  bulkSetActionStatus(@Args() args: BulkSetActionStatusArgs, @Context() ctx: GqlContext) {
    return this.service.bulkSetStatus(ctx.request, args.input);
  }

  @Roles(...CHANGERS)
  @Mutation(() => ActionDependencyType, {
    description:
      'blocker blokkeert blocked; een kringloop (ook op zichzelf) wordt geweigerd met DEPENDENCY_CYCLE.',
  })
  addActionDependency(@Args() args: ActionDependencyArgs, @Context() ctx: GqlContext) {
    return this.service.addDependency(ctx.request, args.input);
  }

  @Roles(...CHANGERS)
  @Mutation(() => Boolean, { description: 'true als de afhankelijkheid bestond.' })
  removeActionDependency(@Args() args: ActionDependencyArgs, @Context() ctx: GqlContext) {
    return this.service.removeDependency(ctx.request, args.input);
  }

  @Roles(...CHANGERS)
  @Mutation(() => ActionType, {
    description: 'Koppelt een bijeenkomst waarvan de inbreng tot de actie leidde.',
  })
  linkActionActivity(@Args() args: ActionActivityArgs, @Context() ctx: GqlContext) {
    return this.service.linkActivity(ctx.request, args.input);
  }

  @Roles(...CHANGERS)
  @Mutation(() => ActionType)
  unlinkActionActivity(@Args() args: ActionActivityArgs, @Context() ctx: GqlContext) {
    return this.service.unlinkActivity(ctx.request, args.input);
  }

  @ResolveField(() => Boolean, {
    description: 'Einddatum verstreken en niet afgerond of vervallen (berekend).',
  })
  late(@Parent() action: ActionType) {
    return this.service.isLate(action);
  }

  @ResolveField(() => ProgressType, { description: 'Voortgang met hoe berekend.' })
  progress(@Parent() action: ActionType, @Context() ctx: GqlContext) {
    return this.progressService.action(ctx.loaders, { ...action, id: action.numericId });
  }

  @ResolveField(() => PillarType)
  async pillar(@Parent() action: ActionType, @Context() ctx: GqlContext) {
    return PillarType.from((await ctx.loaders.byId(PillarEntity).load(action.pillarId))!);
  }

  @ResolveField(() => GoalType, { nullable: true })
  async goal(@Parent() action: ActionType, @Context() ctx: GqlContext) {
    if (action.goalId === null) return null;
    const row = await ctx.loaders.byId(GoalEntity).load(action.goalId);
    return row && GoalType.from(row);
  }

  @ResolveField(() => ActionType, { nullable: true, description: 'Hoofdactie van een deelactie.' })
  async parent(@Parent() action: ActionType, @Context() ctx: GqlContext) {
    if (action.parentId === null) return null;
    const row = await ctx.loaders.byId(ActionEntity).load(action.parentId);
    return row && ActionType.from(row);
  }

  @ResolveField(() => [ActionType], { description: 'Deelacties.' })
  async subActions(@Parent() action: ActionType, @Context() ctx: GqlContext) {
    const rows = await ctx.loaders.manyBy(ActionEntity, 'parentId').load(action.numericId);
    return rows.map(ActionType.from);
  }

  @ResolveField(() => CoreGroupMemberType, { nullable: true, description: 'Verantwoordelijk kerngroeplid.' })
  async responsible(@Parent() action: ActionType, @Context() ctx: GqlContext) {
    if (action.responsibleMemberId === null) return null;
    const row = await ctx.loaders.byId(CoreGroupMemberEntity).load(action.responsibleMemberId);
    return row && CoreGroupMemberType.from(row);
  }

  @ResolveField(() => [CoreGroupMemberType], { description: 'Verdere eigenaren.' })
  async owners(@Parent() action: ActionType, @Context() ctx: GqlContext) {
    const links = await ctx.loaders
      .manyBy(ActionOwnerEntity, 'actionId', { memberId: 'ASC' })
      .load(action.numericId);
    const rows = await ctx.loaders.byId(CoreGroupMemberEntity).loadMany(links.map((l) => l.memberId));
    return rows
      .filter((row): row is CoreGroupMemberEntity => row instanceof CoreGroupMemberEntity)
      .map(CoreGroupMemberType.from);
  }

  @ResolveField(() => [MunicipalityType], { description: 'Betrokken gemeenten (leeg als regiobreed).' })
  async municipalities(@Parent() action: ActionType, @Context() ctx: GqlContext) {
    const links = await ctx.loaders
      .manyBy(ActionMunicipalityEntity, 'actionId', { municipalityId: 'ASC' })
      .load(action.numericId);
    const rows = await ctx.loaders.byId(MunicipalityEntity).loadMany(links.map((l) => l.municipalityId));
    return rows
      .filter((row): row is MunicipalityEntity => row instanceof MunicipalityEntity)
      .map(MunicipalityType.from);
  }

  @ResolveField(() => [ActionMilestoneType], { description: 'Mijlpalen, vroegste eerst.' })
  async milestones(@Parent() action: ActionType, @Context() ctx: GqlContext) {
    const rows = await ctx.loaders
      .manyBy(ActionMilestoneEntity, 'actionId', { dueOn: 'ASC', id: 'ASC' })
      .load(action.numericId);
    return rows.map(ActionMilestoneType.from);
  }

  @ResolveField(() => [ActionType], { description: 'Acties waarop deze actie wacht.' })
  async blockedBy(@Parent() action: ActionType, @Context() ctx: GqlContext) {
    const edges = await ctx.loaders
      .manyBy(ActionDependencyEntity, 'blockedId', { blockerId: 'ASC' })
      .load(action.numericId);
    return actionsByIds(
      ctx,
      edges.map((e) => e.blockerId),
    );
  }

  @ResolveField(() => [ActionType], { description: 'Acties die op deze actie wachten.' })
  async blocks(@Parent() action: ActionType, @Context() ctx: GqlContext) {
    const edges = await ctx.loaders
      .manyBy(ActionDependencyEntity, 'blockerId', { blockedId: 'ASC' })
      .load(action.numericId);
    return actionsByIds(
      ctx,
      edges.map((e) => e.blockedId),
    );
  }

  @ResolveField(() => [ActivityType], {
    description: 'Bijeenkomsten waarvan de inbreng tot deze actie leidde.',
  })
  async activities(@Parent() action: ActionType, @Context() ctx: GqlContext) {
    const links = await ctx.loaders
      .manyBy(ActionActivityEntity, 'actionId', { activityId: 'ASC' })
      .load(action.numericId);
    const rows = await ctx.loaders.byId(ActivityEntity).loadMany(links.map((l) => l.activityId));
    return rows.filter((row): row is ActivityEntity => row instanceof ActivityEntity).map(ActivityType.from);
  }

  @ResolveField(() => [ActionChangeType], {
    description: 'Alle status- en voortgangswijzigingen, oudste eerst.',
  })
  async history(@Parent() action: ActionType, @Context() ctx: GqlContext) {
    const rows = await ctx.loaders
      .manyBy(ActionChangeEntity, 'actionId', { changedAt: 'ASC', id: 'ASC' })
      .load(action.numericId);
    return rows.map(ActionChangeType.from);
  }
}

@Resolver(() => ActionMilestoneType)
export class ActionMilestoneResolver {
  constructor(private readonly service: ActionService) {}

  @Roles(...CHANGERS)
  @Mutation(() => ActionMilestoneType)
  createActionMilestone(@Args() args: CreateActionMilestoneArgs, @Context() ctx: GqlContext) {
    return this.service.createMilestone(ctx.request, args.input);
  }

  @Roles(...CHANGERS)
  @Mutation(() => ActionMilestoneType, { description: 'doneOn zetten = behaald; null = weer open.' })
  updateActionMilestone(@Args() args: UpdateActionMilestoneArgs, @Context() ctx: GqlContext) {
    return this.service.updateMilestone(ctx.request, args.id, args.input);
  }

  @Roles(...CHANGERS)
  @Mutation(() => Boolean)
  deleteActionMilestone(@Args() args: IdArgs, @Context() ctx: GqlContext) {
    return this.service.deleteMilestone(ctx.request, args.id);
  }

  @ResolveField(() => Boolean, { description: 'Datum verstreken en niet behaald (berekend).' })
  late(@Parent() milestone: ActionMilestoneType) {
    return this.service.isMilestoneLate(milestone);
  }

  @ResolveField(() => ActionType)
  async action(@Parent() milestone: ActionMilestoneType, @Context() ctx: GqlContext) {
    return ActionType.from((await ctx.loaders.byId(ActionEntity).load(milestone.actionId))!);
  }
}

@Resolver(() => ActionChangeType)
export class ActionChangeResolver {
  @ResolveField(() => String, { nullable: true, description: 'Wie de wijziging deed (weergavenaam).' })
  async changedBy(@Parent() change: ActionChangeType, @Context() ctx: GqlContext) {
    if (change.changedById === null) return null;
    const user = await ctx.loaders.byId(UserEntity).load(change.changedById);
    return user?.displayName ?? null;
  }
}

@Resolver(() => ActionDependencyType)
export class ActionDependencyResolver {
  @ResolveField(() => ActionType)
  async blocker(@Parent() dependency: ActionDependencyType, @Context() ctx: GqlContext) {
    return ActionType.from((await ctx.loaders.byId(ActionEntity).load(dependency.blockerId))!);
  }

  @ResolveField(() => ActionType)
  async blocked(@Parent() dependency: ActionDependencyType, @Context() ctx: GqlContext) {
    return ActionType.from((await ctx.loaders.byId(ActionEntity).load(dependency.blockedId))!);
  }
}

/** Actions seen from the pillar, the goal and the activity they belong to. */
@Resolver(() => PillarType)
export class PillarActionsResolver {
  @ResolveField(() => [ActionType], {
    description: 'Alle acties van de pijler (ook deelacties en acties onder doelen).',
  })
  async actions(@Parent() pillar: PillarType, @Context() ctx: GqlContext) {
    const rows = await ctx.loaders.manyBy(ActionEntity, 'pillarId').load(Number(pillar.id));
    return rows.map(ActionType.from);
  }
}

@Resolver(() => GoalType)
export class GoalActionsResolver {
  @ResolveField(() => [ActionType], { description: 'Alle acties onder dit doel (ook deelacties).' })
  async actions(@Parent() goal: GoalType, @Context() ctx: GqlContext) {
    const rows = await ctx.loaders.manyBy(ActionEntity, 'goalId').load(Number(goal.id));
    return rows.map(ActionType.from);
  }
}

@Resolver(() => ActivityType)
export class ActivityActionsResolver {
  @ResolveField(() => [ActionType], { description: 'Acties die uit deze bijeenkomst voortkwamen.' })
  async actions(@Parent() activity: ActivityType, @Context() ctx: GqlContext) {
    const links = await ctx.loaders
      .manyBy(ActionActivityEntity, 'activityId', { actionId: 'ASC' })
      .load(Number(activity.id));
    return actionsByIds(
      ctx,
      links.map((l) => l.actionId),
    );
  }
}
