import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/roles.decorator';
import type { GqlContext } from '../graphql/context';
import { ProgrammeStatsService } from './programme-stats.service';
import {
  ActionStatusCountType,
  ActionSummaryType,
  ActivitySummaryType,
  MunicipalityInvolvementType,
  ParticipationCountType,
  PillarProgressFigureType,
  PillarProgressPointType,
  ProgrammeStatsArgs,
  ProgrammeStatsType,
} from './programme-stats.type';

// Public on purpose: every figure is an aggregate without names; for the public (scope PUBLISHED) the
// activity figures count only activities whose report the participants approved, and every figure only
// the region and the organisations that opted in to publication.
@Resolver(() => ProgrammeStatsType)
export class ProgrammeStatsResolver {
  constructor(private readonly service: ProgrammeStatsService) {}

  @Public()
  @Query(() => ProgrammeStatsType, {
    description: 'Cijfers voor Regio-overzicht en Kerngroep (publiek: alleen goedgekeurd materiaal).',
  })
  programmeStats(@Args() args: ProgrammeStatsArgs, @Context() ctx: GqlContext) {
    return this.service.stats(ctx.request.actor, args.months);
  }

  @ResolveField(() => [PillarProgressFigureType], {
    description: 'Voortgang per pijler vandaag, met hoe berekend.',
  })
  pillars(@Parent() stats: ProgrammeStatsType) {
    return this.service.pillars(stats);
  }

  @ResolveField(() => [PillarProgressPointType], {
    description: 'Voortgang per pijler aan het eind van elke maand, berekend uit de wijzigingshistorie.',
  })
  pillarProgressOverTime(@Parent() stats: ProgrammeStatsType) {
    return this.service.pillarProgressOverTime(stats);
  }

  @ResolveField(() => ActionSummaryType)
  actionSummary(@Parent() stats: ProgrammeStatsType) {
    return this.service.actionSummary(stats);
  }

  @ResolveField(() => [ActionStatusCountType], {
    description: 'Acties per pijler × status (alle combinaties).',
  })
  actionsByPillarStatus(@Parent() stats: ProgrammeStatsType) {
    return this.service.actionsByPillarStatus(stats);
  }

  @ResolveField(() => [MunicipalityInvolvementType], {
    description: 'De gemeenten, op naam (het publiek: alleen die instemden met publicatie).',
  })
  municipalities(@Parent() stats: ProgrammeStatsType) {
    return this.service.municipalities(stats);
  }

  @ResolveField(() => ActivitySummaryType)
  activitySummary(@Parent() stats: ProgrammeStatsType) {
    return this.service.activitySummary(stats);
  }

  @ResolveField(() => [ParticipationCountType], {
    description: 'Per pijler; een bijeenkomst voor meerdere pijlers telt bij elk.',
  })
  activitiesByPillar(@Parent() stats: ProgrammeStatsType) {
    return this.service.participation(stats, 'pillar');
  }

  @ResolveField(() => [ParticipationCountType], {
    description: 'Per vorm (alle vormen, ook zonder bijeenkomsten).',
  })
  activitiesByForm(@Parent() stats: ProgrammeStatsType) {
    return this.service.participation(stats, 'form');
  }

  @ResolveField(() => [ParticipationCountType], { description: 'Per trede van de participatieladder.' })
  activitiesByLevel(@Parent() stats: ProgrammeStatsType) {
    return this.service.participation(stats, 'level');
  }

  @ResolveField(() => [ParticipationCountType], { description: 'Per maand in het venster (JJJJ-MM).' })
  activitiesByMonth(@Parent() stats: ProgrammeStatsType) {
    return this.service.participation(stats, 'month');
  }
}
