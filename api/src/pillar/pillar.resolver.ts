import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ROLES } from '@pm/domain';
import { Public, Roles, RoleScopes } from '../auth/roles.decorator';
import { IdArgs } from '../common/id-args';
import type { GqlContext } from '../graphql/context';
import { MunicipalityEntity } from '../municipality/municipality.entity';
import { MunicipalityType } from '../municipality/municipality.type';
import { GoalEntity, IndicatorEntity, MeasurementEntity, PillarEntity } from './pillar.entity';
import {
  CorrectMeasurementArgs,
  CreateGoalArgs,
  CreateIndicatorArgs,
  RecordMeasurementArgs,
  UpdateGoalArgs,
  UpdateIndicatorArgs,
} from './pillar.inputs';
import { PillarService } from './pillar.service';
import {
  GoalType,
  IndicatorList,
  IndicatorPointType,
  IndicatorsArgs,
  IndicatorType,
  MeasurementsArgs,
  MeasurementType,
  PillarType,
  ProgrammeRulesType,
} from './pillar.type';
import { ProgressService } from './progress.service';
import { ProgressType } from './progress.type';

@Resolver(() => PillarType)
export class PillarResolver {
  constructor(
    private readonly service: PillarService,
    private readonly progressService: ProgressService,
  ) {}

  @Roles(...ROLES)
  @Query(() => [PillarType], { description: 'De pijlers met doelen, indicatoren en acties (ingelogd).' })
  pillars() {
    return this.service.pillars();
  }

  @Roles(...ROLES)
  @Query(() => PillarType)
  pillar(@Args() args: IdArgs) {
    return this.service.pillar(args.id);
  }

  @Public()
  @Query(() => ProgrammeRulesType, {
    description: 'De rekenregels (statusaandelen, uitleg "hoe berekend"); bevat geen gegevens.',
  })
  programmeRules() {
    return this.service.rules();
  }

  @ResolveField(() => [GoalType])
  async goals(@Parent() pillar: PillarType, @Context() ctx: GqlContext) {
    const rows = await ctx.loaders.manyBy(GoalEntity, 'pillarId').load(Number(pillar.id));
    return rows.map(GoalType.from);
  }

  @ResolveField(() => ProgressType, { description: 'Voortgang van de pijler, met hoe berekend.' })
  async progress(@Parent() pillar: PillarType, @Context() ctx: GqlContext) {
    const row = await ctx.loaders.byId(PillarEntity).load(Number(pillar.id));
    return this.progressService.pillar(ctx.loaders, row!);
  }
}

@Resolver(() => GoalType)
export class GoalResolver {
  constructor(
    private readonly service: PillarService,
    private readonly progressService: ProgressService,
  ) {}

  @Roles(...ROLES)
  @Query(() => GoalType)
  goal(@Args() args: IdArgs) {
    return this.service.goal(args.id);
  }

  @Roles('ADMIN')
  @Mutation(() => GoalType)
  createGoal(@Args() args: CreateGoalArgs, @Context() ctx: GqlContext) {
    return this.service.createGoal(ctx.request, args.input);
  }

  @Roles('ADMIN')
  @Mutation(() => GoalType)
  updateGoal(@Args() args: UpdateGoalArgs, @Context() ctx: GqlContext) {
    return this.service.updateGoal(ctx.request, args.id, args.input);
  }

  @ResolveField(() => PillarType)
  async pillar(@Parent() goal: GoalType, @Context() ctx: GqlContext) {
    const row = await ctx.loaders.byId(PillarEntity).load(goal.pillarId);
    return PillarType.from(row!);
  }

  @ResolveField(() => [IndicatorType])
  async indicators(@Parent() goal: GoalType, @Context() ctx: GqlContext) {
    const rows = await ctx.loaders.manyBy(IndicatorEntity, 'goalId').load(Number(goal.id));
    return rows.map(IndicatorType.from);
  }

  @ResolveField(() => ProgressType, { description: 'Voortgang van het doel, met hoe berekend.' })
  async progress(@Parent() goal: GoalType, @Context() ctx: GqlContext) {
    const row = await ctx.loaders.byId(GoalEntity).load(Number(goal.id));
    return this.progressService.goal(ctx.loaders, row!);
  }
}

@Resolver(() => IndicatorType)
export class IndicatorResolver {
  constructor(
    private readonly service: PillarService,
    private readonly progressService: ProgressService,
  ) {}

  @Roles(...ROLES)
  @Query(() => IndicatorList)
  indicators(@Args() args: IndicatorsArgs) {
    return this.service.indicators(args);
  }

  @Roles(...ROLES)
  @Query(() => IndicatorType)
  indicator(@Args() args: IdArgs) {
    return this.service.indicator(args.id);
  }

  @RoleScopes({ ADMIN: 'ANY', POLICY_OFFICER: 'OWN_MUNICIPALITY' })
  @Mutation(() => IndicatorType, {
    description: 'Beheerder: elke indicator; beleidsmedewerker: alleen voor de eigen gemeente.',
  })
  createIndicator(@Args() args: CreateIndicatorArgs, @Context() ctx: GqlContext) {
    return this.service.createIndicator(ctx.request, args.input);
  }

  @RoleScopes({ ADMIN: 'ANY', POLICY_OFFICER: 'OWN_MUNICIPALITY' })
  @Mutation(() => IndicatorType)
  updateIndicator(@Args() args: UpdateIndicatorArgs, @Context() ctx: GqlContext) {
    return this.service.updateIndicator(ctx.request, args.id, args.input);
  }

  @RoleScopes({ ADMIN: 'ANY', POLICY_OFFICER: 'OWN_MUNICIPALITY' })
  @Mutation(() => MeasurementType, {
    description: 'Beheerder: elke ingevoerde indicator; beleidsmedewerker: alleen die van de eigen gemeente.',
  })
  recordMeasurement(@Args() args: RecordMeasurementArgs, @Context() ctx: GqlContext) {
    return this.service.recordMeasurement(ctx.request, args.input);
  }

  @RoleScopes({ ADMIN: 'ANY', POLICY_OFFICER: 'OWN_MUNICIPALITY' })
  @Mutation(() => MeasurementType, {
    description: 'Vervangt een meting; de eerdere waarde blijft in de historie (correctedAt gezet).',
  })
  correctMeasurement(@Args() args: CorrectMeasurementArgs, @Context() ctx: GqlContext) {
    return this.service.correctMeasurement(ctx.request, args.id, args.input);
  }

  @ResolveField(() => GoalType)
  async goal(@Parent() indicator: IndicatorType, @Context() ctx: GqlContext) {
    const row = await ctx.loaders.byId(GoalEntity).load(indicator.goalId);
    return GoalType.from(row!);
  }

  @ResolveField(() => MunicipalityType, {
    nullable: true,
    description: 'Leeg voor een regiobrede indicator.',
  })
  async municipality(@Parent() indicator: IndicatorType, @Context() ctx: GqlContext) {
    if (indicator.municipalityId === null) return null;
    const row = await ctx.loaders.byId(MunicipalityEntity).load(indicator.municipalityId);
    return row && MunicipalityType.from(row);
  }

  @ResolveField(() => [MeasurementType], { description: 'Metingen, oudste eerst (leeg bij berekende).' })
  async measurements(
    @Parent() indicator: IndicatorType,
    @Args() args: MeasurementsArgs,
    @Context() ctx: GqlContext,
  ) {
    const rows = await ctx.loaders
      .manyBy(MeasurementEntity, 'indicatorId', { measuredOn: 'ASC', id: 'ASC' })
      .load(Number(indicator.id));
    return rows
      .filter((m) => args.includeCorrected || m.correctedAt === null)
      .map((m) => MeasurementType.from(m, indicator.unit));
  }

  @ResolveField(() => IndicatorPointType, {
    nullable: true,
    description: 'De waarde waarop de voortgang rust: de laatste meting, of de berekende waarde vandaag.',
  })
  async latest(@Parent() indicator: IndicatorType, @Context() ctx: GqlContext) {
    return this.progressService.latest(ctx.loaders).load(Number(indicator.id));
  }

  @ResolveField(() => [IndicatorPointType], {
    description: 'Reeks voor een grafiek: geldende metingen, of maandwaarden bij een berekende indicator.',
  })
  async series(@Parent() indicator: IndicatorType, @Context() ctx: GqlContext) {
    const rows = await ctx.loaders
      .manyBy(MeasurementEntity, 'indicatorId', { measuredOn: 'ASC', id: 'ASC' })
      .load(Number(indicator.id));
    return this.service.series(indicator, rows);
  }

  @ResolveField(() => ProgressType, { description: 'Voortgang van de indicator, met hoe berekend.' })
  async progress(@Parent() indicator: IndicatorType, @Context() ctx: GqlContext) {
    const row = await ctx.loaders.byId(IndicatorEntity).load(Number(indicator.id));
    return this.progressService.indicator(ctx.loaders, row!);
  }
}
