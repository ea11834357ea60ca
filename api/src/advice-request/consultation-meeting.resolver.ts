import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RoleScopes } from '../auth/roles.decorator';
import { ClientCouncilEntity } from '../client-council/client-council.entity';
import { ClientCouncilType } from '../client-council/client-council.type';
import type { GqlContext } from '../graphql/context';
import { ProviderEntity } from '../provider/provider.entity';
import { ProviderType } from '../provider/provider.type';
import { REGISTER_READ_SCOPES } from './advice-request.access';
import { ConsultationMeetingService } from './consultation-meeting.service';
import {
  ConsultationMeetingList,
  ConsultationMeetingsArgs,
  ConsultationMeetingType,
  RecordConsultationMeetingArgs,
} from './consultation-meeting.type';

@Resolver(() => ConsultationMeetingType)
export class ConsultationMeetingResolver {
  constructor(private readonly service: ConsultationMeetingService) {}

  @RoleScopes(REGISTER_READ_SCOPES)
  @Query(() => ConsultationMeetingList, {
    description: 'Overlegvergaderingen, nieuwste eerst; zichtbaarheid als bij adviceRequests.',
  })
  consultationMeetings(@Args() args: ConsultationMeetingsArgs, @Context() ctx: GqlContext) {
    return this.service.list(ctx.request, args);
  }

  @RoleScopes({ ADMIN: 'ANY', PROVIDER_BOARD: 'OWN_PROVIDER', COUNCIL_MEMBER: 'OWN_COUNCIL' })
  @Mutation(() => ConsultationMeetingType, {
    description: 'Legt een gehouden overlegvergadering vast (eigen bestuur of eigen raad).',
  })
  recordConsultationMeeting(@Args() args: RecordConsultationMeetingArgs, @Context() ctx: GqlContext) {
    return this.service.record(ctx.request, args.input);
  }

  @ResolveField(() => ProviderType)
  async provider(@Parent() meeting: ConsultationMeetingType, @Context() ctx: GqlContext) {
    const row = await ctx.loaders.byId(ProviderEntity).load(meeting.providerId);
    return row && ProviderType.from(row);
  }

  @ResolveField(() => ClientCouncilType)
  async council(@Parent() meeting: ConsultationMeetingType, @Context() ctx: GqlContext) {
    const row = await ctx.loaders.byId(ClientCouncilEntity).load(meeting.councilId);
    return row && ClientCouncilType.from(row);
  }
}
