import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/roles.decorator';
import type { GqlContext } from '../graphql/context';
import { TimelinessFiguresService } from './figures.service';
import { TimelinessFiguresArgs, TimelinessFiguresType } from './figures.type';

@Resolver(() => TimelinessFiguresType)
export class TimelinessFiguresResolver {
  constructor(private readonly service: TimelinessFiguresService) {}

  @Public()
  @Query(() => [TimelinessFiguresType], {
    description:
      'Tijdigheidscijfers per aanbieder, gemeente, subregio, regio of maand, uit SQL-aggregaten. Op-tijdpercentage = ON_TIME ÷ (ON_TIME + SHORT_NOTICE + AFTER_THE_FACT + NOT_REQUESTED): een besluit zonder de raad te vragen telt tegen de aanbieder; lopende, ingetrokken en ongevraagde registraties blijven erbuiten. Toegang: beheerder, beleidsmedewerker en kerngroep alles; raadslid en bestuurder regionale cijfers en per aanbieder alleen de eigen; het publiek alleen cijfers van aanbieders (en per gemeente: gemeenten) die instemden met publicatie (setPublication).',
  })
  timelinessFigures(@Args() args: TimelinessFiguresArgs, @Context() ctx: GqlContext) {
    return this.service.figures(ctx.request, args);
  }
}
