import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ROLES } from '@pm/domain';
import { Roles } from '../auth/roles.decorator';
import { IdArgs } from '../common/id-args';
import type { GqlContext } from '../graphql/context';
import { MunicipalityEntity } from '../municipality/municipality.entity';
import { MunicipalityType } from '../municipality/municipality.type';
import { PillarEntity } from '../pillar/pillar.entity';
import { PillarType } from '../pillar/pillar.type';
import { ActivityEntity, ActivityPillarEntity, ActivityReportEntity } from './activity.entity';
import {
  CreateActivityArgs,
  CreateActivityReportArgs,
  SetActivityReportStatusArgs,
  SupersedeActivityReportArgs,
  UpdateActivityArgs,
  UpdateActivityReportArgs,
} from './activity.inputs';
import { ActivityService } from './activity.service';
import { ActivitiesArgs, ActivityList, ActivityReportType, ActivityType } from './activity.type';

@Resolver(() => ActivityType)
export class ActivityResolver {
  constructor(private readonly service: ActivityService) {}

  @Roles(...ROLES)
  @Query(() => ActivityList, { description: 'Bijeenkomsten, nieuwste eerst (ingelogd).' })
  activities(@Args() args: ActivitiesArgs) {
    return this.service.list(args);
  }

  @Roles(...ROLES)
  @Query(() => ActivityType)
  activity(@Args() args: IdArgs) {
    return this.service.one(args.id);
  }

  @Roles('ADMIN', 'CORE_GROUP')
  @Mutation(() => ActivityType)
  createActivity(@Args() args: CreateActivityArgs, @Context() ctx: GqlContext) {
    return this.service.create(ctx.request, args.input);
  }

  @Roles('ADMIN', 'CORE_GROUP')
  @Mutation(() => ActivityType)
  updateActivity(@Args() args: UpdateActivityArgs, @Context() ctx: GqlContext) {
    return this.service.update(ctx.request, args.id, args.input);
  }

  @ResolveField(() => MunicipalityType, {
    nullable: true,
    description: 'Leeg bij een regiobrede bijeenkomst.',
  })
  async municipality(@Parent() activity: ActivityType, @Context() ctx: GqlContext) {
    if (activity.municipalityId === null) return null;
    const row = await ctx.loaders.byId(MunicipalityEntity).load(activity.municipalityId);
    return row && MunicipalityType.from(row);
  }

  @ResolveField(() => [PillarType])
  async pillars(@Parent() activity: ActivityType, @Context() ctx: GqlContext) {
    const links = await ctx.loaders
      .manyBy(ActivityPillarEntity, 'activityId', { pillarId: 'ASC' })
      .load(Number(activity.id));
    const rows = await ctx.loaders.byId(PillarEntity).loadMany(links.map((l) => l.pillarId));
    return rows.filter((row): row is PillarEntity => row instanceof PillarEntity).map(PillarType.from);
  }

  @ResolveField(() => [ActivityReportType], {
    description:
      'Alle versies van het verslag die u mag zien, oudste eerst (buiten de kerngroep alleen goedgekeurde).',
  })
  async reports(@Parent() activity: ActivityType, @Context() ctx: GqlContext) {
    const rows = await ctx.loaders
      .manyBy(ActivityReportEntity, 'activityId', { version: 'ASC' })
      .load(Number(activity.id));
    return this.service.visibleReports(ctx.request.actor, rows);
  }

  @ResolveField(() => ActivityReportType, {
    nullable: true,
    description: 'De nieuwste versie van het verslag die u mag zien.',
  })
  async report(@Parent() activity: ActivityType, @Context() ctx: GqlContext) {
    const rows = await ctx.loaders
      .manyBy(ActivityReportEntity, 'activityId', { version: 'ASC' })
      .load(Number(activity.id));
    return this.service.visibleReports(ctx.request.actor, rows).at(-1) ?? null;
  }
}

@Resolver(() => ActivityReportType)
export class ActivityReportResolver {
  constructor(private readonly service: ActivityService) {}

  @Roles(...ROLES)
  @Query(() => ActivityReportType, { description: 'Buiten de kerngroep alleen goedgekeurde verslagen.' })
  activityReport(@Args() args: IdArgs, @Context() ctx: GqlContext) {
    return this.service.report(ctx.request.actor, args.id);
  }

  @Roles('ADMIN', 'CORE_GROUP')
  @Mutation(() => ActivityReportType, { description: 'Eerste versie (concept) van het verslag.' })
  createActivityReport(@Args() args: CreateActivityReportArgs, @Context() ctx: GqlContext) {
    return this.service.createReport(ctx.request, args.input);
  }

  @Roles('ADMIN', 'CORE_GROUP')
  @Mutation(() => ActivityReportType, { description: 'Alleen zolang het verslag niet is goedgekeurd.' })
  updateActivityReport(@Args() args: UpdateActivityReportArgs, @Context() ctx: GqlContext) {
    return this.service.updateReport(ctx.request, args.id, args.input);
  }

  @Roles('ADMIN', 'CORE_GROUP')
  @Mutation(() => ActivityReportType, {
    description: 'Volgende stap: concept → voorgelegd → goedgekeurd → gedeeld (of terug naar concept).',
  })
  setActivityReportStatus(@Args() args: SetActivityReportStatusArgs, @Context() ctx: GqlContext) {
    return this.service.setReportStatus(ctx.request, args.id, args.input);
  }

  @Roles('ADMIN', 'CORE_GROUP')
  @Mutation(() => ActivityReportType, {
    description: 'Nieuwe conceptversie van een goedgekeurd verslag; het goedgekeurde blijft ongewijzigd.',
  })
  supersedeActivityReport(@Args() args: SupersedeActivityReportArgs, @Context() ctx: GqlContext) {
    return this.service.supersedeReport(ctx.request, args.id, args.input);
  }

  @ResolveField(() => ActivityType)
  async activity(@Parent() report: ActivityReportType, @Context() ctx: GqlContext) {
    const row = await ctx.loaders.byId(ActivityEntity).load(report.activityId);
    return ActivityType.from(row!);
  }
}
