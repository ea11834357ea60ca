import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public, Roles, RoleScopes } from '../auth/roles.decorator';
import { IdArgs } from '../common/id-args';
import type { GqlContext } from '../graphql/context';
import { ProviderEntity } from '../provider/provider.entity';
import { ProviderType } from '../provider/provider.type';
import { AdviceTermEntity } from './client-council.entity';
import {
  AdviceTermOnArgs,
  CreateClientCouncilArgs,
  SetAdviceTermArgs,
  UpdateClientCouncilArgs,
} from './client-council.inputs';
import { ClientCouncilService } from './client-council.service';
import {
  AdviceTermType,
  ClientCouncilList,
  ClientCouncilsArgs,
  ClientCouncilType,
} from './client-council.type';
import { adviceTermOn } from '@pm/domain';

@Resolver(() => ClientCouncilType)
export class ClientCouncilResolver {
  constructor(private readonly service: ClientCouncilService) {}

  @Public()
  @Query(() => ClientCouncilList)
  clientCouncils(@Args() args: ClientCouncilsArgs) {
    return this.service.list(args);
  }

  @Public()
  @Query(() => ClientCouncilType)
  clientCouncil(@Args() args: IdArgs) {
    return this.service.one(args.id);
  }

  @Roles('ADMIN')
  @Mutation(() => ClientCouncilType)
  createClientCouncil(@Args() args: CreateClientCouncilArgs, @Context() ctx: GqlContext) {
    return this.service.create(ctx.request, args.input);
  }

  @RoleScopes({ ADMIN: 'ANY', PROVIDER_BOARD: 'OWN_PROVIDER' })
  @Mutation(() => ClientCouncilType)
  updateClientCouncil(@Args() args: UpdateClientCouncilArgs, @Context() ctx: GqlContext) {
    return this.service.update(ctx.request, args.id, args.input);
  }

  @RoleScopes({ ADMIN: 'ANY', PROVIDER_BOARD: 'OWN_PROVIDER' })
  @Mutation(() => AdviceTermType, { description: 'Legt een (nieuwe) adviestermijn vast vanaf een datum.' })
  setAdviceTerm(@Args() args: SetAdviceTermArgs, @Context() ctx: GqlContext) {
    return this.service.setAdviceTerm(ctx.request, args.input);
  }

  @ResolveField(() => ProviderType)
  async provider(@Parent() council: ClientCouncilType, @Context() ctx: GqlContext) {
    const row = await ctx.loaders.byId(ProviderEntity).load(council.providerId);
    return row && ProviderType.from(row);
  }

  @ResolveField(() => [AdviceTermType], { description: 'Alle adviestermijnen, oudste eerst.' })
  async adviceTerms(@Parent() council: ClientCouncilType, @Context() ctx: GqlContext) {
    const rows = await ctx.loaders
      .manyBy(AdviceTermEntity, 'councilId', { validFrom: 'ASC' })
      .load(Number(council.id));
    return rows.map(AdviceTermType.from);
  }

  @ResolveField(() => Int, { nullable: true, description: 'Adviestermijn (dagen) die gold op een datum.' })
  async adviceTermOn(
    @Parent() council: ClientCouncilType,
    @Args() args: AdviceTermOnArgs,
    @Context() ctx: GqlContext,
  ) {
    const rows = await ctx.loaders
      .manyBy(AdviceTermEntity, 'councilId', { validFrom: 'ASC' })
      .load(Number(council.id));
    return adviceTermOn(rows, args.date);
  }
}
