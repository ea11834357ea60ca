import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ROLES } from '@pm/domain';
import { Roles } from '../auth/roles.decorator';
import { IdArgs } from '../common/id-args';
import type { GqlContext } from '../graphql/context';
import { MunicipalityEntity } from '../municipality/municipality.entity';
import { MunicipalityType } from '../municipality/municipality.type';
import { ProviderEntity } from '../provider/provider.entity';
import { ProviderType } from '../provider/provider.type';
import { CoreGroupService } from './core-group.service';
import {
  CoreGroupMembersArgs,
  CoreGroupMemberType,
  CreateCoreGroupMemberArgs,
  UpdateCoreGroupMemberArgs,
} from './core-group.type';

// Names and emails are personal data: every operation here needs a signed-in user; the public never
// reaches a CoreGroupMember.
@Resolver(() => CoreGroupMemberType)
export class CoreGroupResolver {
  constructor(private readonly service: CoreGroupService) {}

  @Roles(...ROLES)
  @Query(() => [CoreGroupMemberType], { description: 'De kerngroep (ingelogd).' })
  coreGroupMembers(@Args() args: CoreGroupMembersArgs) {
    return this.service.list(args);
  }

  @Roles(...ROLES)
  @Query(() => CoreGroupMemberType)
  coreGroupMember(@Args() args: IdArgs) {
    return this.service.one(args.id);
  }

  @Roles('ADMIN', 'CORE_GROUP')
  @Mutation(() => CoreGroupMemberType)
  createCoreGroupMember(@Args() args: CreateCoreGroupMemberArgs, @Context() ctx: GqlContext) {
    return this.service.create(ctx.request, args.input);
  }

  @Roles('ADMIN', 'CORE_GROUP')
  @Mutation(() => CoreGroupMemberType)
  updateCoreGroupMember(@Args() args: UpdateCoreGroupMemberArgs, @Context() ctx: GqlContext) {
    return this.service.update(ctx.request, args.id, args.input);
  }

  @ResolveField(() => MunicipalityType, { nullable: true })
  async municipality(@Parent() member: CoreGroupMemberType, @Context() ctx: GqlContext) {
    if (member.municipalityId === null) return null;
    const row = await ctx.loaders.byId(MunicipalityEntity).load(member.municipalityId);
    return row && MunicipalityType.from(row);
  }

  @ResolveField(() => ProviderType, { nullable: true })
  async provider(@Parent() member: CoreGroupMemberType, @Context() ctx: GqlContext) {
    if (member.providerId === null) return null;
    const row = await ctx.loaders.byId(ProviderEntity).load(member.providerId);
    return row && ProviderType.from(row);
  }
}
