import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public, Roles, RoleScopes } from '../auth/roles.decorator';
import { ClientCouncilEntity } from '../client-council/client-council.entity';
import { ClientCouncilType } from '../client-council/client-council.type';
import { IdArgs } from '../common/id-args';
import type { GqlContext } from '../graphql/context';
import { MunicipalityEntity } from '../municipality/municipality.entity';
import { MunicipalityType } from '../municipality/municipality.type';
import { ProviderContractEntity } from './provider.entity';
import { CreateProviderArgs, UpdateProviderArgs } from './provider.inputs';
import { ProviderService } from './provider.service';
import { ProviderList, ProvidersArgs, ProviderType } from './provider.type';

@Resolver(() => ProviderType)
export class ProviderResolver {
  constructor(private readonly service: ProviderService) {}

  @Public()
  @Query(() => ProviderList, { description: 'Aanbieders met filters (gemeente, verblijf, raad aanwezig).' })
  providers(@Args() args: ProvidersArgs) {
    return this.service.list(args);
  }

  @Public()
  @Query(() => ProviderType)
  provider(@Args() args: IdArgs) {
    return this.service.one(args.id);
  }

  @Roles('ADMIN')
  @Mutation(() => ProviderType)
  createProvider(@Args() args: CreateProviderArgs, @Context() ctx: GqlContext) {
    return this.service.create(ctx.request, args.input);
  }

  @RoleScopes({ ADMIN: 'ANY', PROVIDER_BOARD: 'OWN_PROVIDER' })
  @Mutation(() => ProviderType, { description: 'Beheerder: elke aanbieder; bestuurder: alleen de eigen.' })
  updateProvider(@Args() args: UpdateProviderArgs, @Context() ctx: GqlContext) {
    return this.service.update(ctx.request, args.id, args.input);
  }

  @ResolveField(() => [MunicipalityType], { description: 'Gemeenten die deze aanbieder contracteren.' })
  async municipalities(@Parent() provider: ProviderType, @Context() ctx: GqlContext) {
    const contracts = await ctx.loaders
      .manyBy(ProviderContractEntity, 'providerId', { municipalityId: 'ASC' })
      .load(Number(provider.id));
    const rows = await ctx.loaders.byId(MunicipalityEntity).loadMany(contracts.map((c) => c.municipalityId));
    return rows
      .filter((row): row is MunicipalityEntity => row instanceof MunicipalityEntity)
      .map(MunicipalityType.from);
  }

  @ResolveField(() => [ClientCouncilType], { description: 'Cliëntenraden van deze aanbieder.' })
  async councils(@Parent() provider: ProviderType, @Context() ctx: GqlContext) {
    const rows = await ctx.loaders.manyBy(ClientCouncilEntity, 'providerId').load(Number(provider.id));
    return rows.map(ClientCouncilType.from);
  }
}
