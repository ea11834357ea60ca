import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/roles.decorator';
import type { GqlContext } from '../graphql/context';
import { RegionEntity } from './region.entity';
import { RegionService } from './region.service';
import { RegionType, SubregionType } from './region.type';

@Resolver(() => SubregionType)
export class RegionResolver {
  constructor(private readonly service: RegionService) {}

  @Public()
  @Query(() => [RegionType], { description: 'Alle jeugdregio’s.' })
  regions() {
    return this.service.regions();
  }

  @Public()
  @Query(() => [SubregionType], { description: 'Subregio’s, optioneel van één regio (code).' })
  subregions(@Args('regionCode', { nullable: true }) regionCode?: string) {
    return this.service.subregions(regionCode);
  }

  @ResolveField(() => RegionType)
  async region(@Parent() subregion: SubregionType, @Context() ctx: GqlContext) {
    const region = await ctx.loaders.byId(RegionEntity).load(subregion.regionId);
    return region && RegionType.from(region);
  }
}
