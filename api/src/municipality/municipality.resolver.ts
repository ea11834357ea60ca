import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/roles.decorator';
import type { GqlContext } from '../graphql/context';
import { SubregionEntity } from '../region/region.entity';
import { SubregionType } from '../region/region.type';
import { MunicipalityEntity } from './municipality.entity';
import { MunicipalityService } from './municipality.service';
import { MunicipalitiesArgs, MunicipalityList, MunicipalityType } from './municipality.type';
import { GetMunicipalityArgs } from './municipality.args';

@Resolver(() => MunicipalityType)
export class MunicipalityResolver {
  constructor(private readonly service: MunicipalityService) {}

  @Public()
  @Query(() => MunicipalityList, { description: 'Gemeenten, standaard alleen de huidige, op naam.' })
  municipalities(@Args() args: MunicipalitiesArgs) {
    return this.service.list(args);
  }

  @Public()
  @Query(() => MunicipalityType, { description: 'Eén gemeente, op id of CBS-code.' })
  municipality(@Args() args: GetMunicipalityArgs) {
    return this.service.one(args.id, args.cbsCode);
  }

  @ResolveField(() => SubregionType)
  async subregion(@Parent() m: MunicipalityType, @Context() ctx: GqlContext) {
    const row = await ctx.loaders.byId(SubregionEntity).load(m.subregionId);
    return row && SubregionType.from(row);
  }

  @ResolveField(() => MunicipalityType, { nullable: true, description: 'Opvolger na een herindeling.' })
  async successor(@Parent() m: MunicipalityType, @Context() ctx: GqlContext) {
    if (m.successorId === null) return null;
    const row = await ctx.loaders.byId(MunicipalityEntity).load(m.successorId);
    return row && MunicipalityType.from(row);
  }
}
