import { Args, Context, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { RoleScopes } from '../auth/roles.decorator';
import { ClientCouncilEntity } from '../client-council/client-council.entity';
import { ClientCouncilType } from '../client-council/client-council.type';
import { IdArgs } from '../common/id-args';
import type { GqlContext } from '../graphql/context';
import { selectedFields } from '../graphql/selection';
import { ProviderEntity } from '../provider/provider.entity';
import { ProviderType } from '../provider/provider.type';
import { WmczSubjectEntity } from '../wmcz-subject/wmcz-subject.entity';
import { WmczSubjectType } from '../wmcz-subject/wmcz-subject.type';
import { REGISTER_READ_SCOPES } from './advice-request.access';
import { FindingCodeEnum } from './advice-request.enums';
import {
  CreateAdviceRequestArgs,
  EscalateAdviceRequestArgs,
  FileUnsolicitedAdviceArgs,
  RecordCouncilPositionArgs,
  RecordDecisionArgs,
  RecordDecisionCommunicatedArgs,
  RecordEscalationRulingArgs,
  ReportNotRequestedArgs,
  SendAdviceRequestArgs,
  UpdateAdviceRequestDraftArgs,
  WithdrawAdviceRequestArgs,
} from './advice-request.inputs';
import { AdviceRequestService } from './advice-request.service';
import {
  AdviceRequestList,
  AdviceRequestsArgs,
  AdviceRequestType,
  TimelinessType,
} from './advice-request.type';

@Resolver(() => AdviceRequestType)
export class AdviceRequestResolver {
  constructor(private readonly service: AdviceRequestService) {}

  @RoleScopes(REGISTER_READ_SCOPES)
  @Query(() => AdviceRequestList, {
    description:
      'Registraties met filters en paginering. Beheerder, beleidsmedewerkers en kerngroep zien alles; een bestuurder de eigen aanbieder (ook concepten); een raadslid de eigen raad (zonder concepten). Het publiek ziet geen losse verzoeken, alleen timelinessFigures.',
  })
  adviceRequests(
    @Args() args: AdviceRequestsArgs,
    @Context() ctx: GqlContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.list(ctx.request, args, ctx.loaders, selectedFields(info, ['items']));
  }

  @RoleScopes(REGISTER_READ_SCOPES)
  @Query(() => AdviceRequestType, { description: 'Eén registratie; buiten uw bereik: FORBIDDEN.' })
  adviceRequest(@Args() args: IdArgs, @Context() ctx: GqlContext) {
    return this.service.one(ctx.request, args.id);
  }

  @RoleScopes({ ADMIN: 'ANY', PROVIDER_BOARD: 'OWN_PROVIDER' })
  @Mutation(() => AdviceRequestType, { description: 'Bestuur (eigen aanbieder): nieuw concept.' })
  createAdviceRequest(@Args() args: CreateAdviceRequestArgs, @Context() ctx: GqlContext) {
    return this.service.create(ctx.request, args.input);
  }

  @RoleScopes({ ADMIN: 'ANY', PROVIDER_BOARD: 'OWN_PROVIDER' })
  @Mutation(() => AdviceRequestType, {
    description: 'Bestuur (eigen aanbieder): concept aanpassen; een verstuurd verzoek geeft NOT_A_DRAFT.',
  })
  updateAdviceRequestDraft(@Args() args: UpdateAdviceRequestDraftArgs, @Context() ctx: GqlContext) {
    return this.service.updateDraft(ctx.request, args.id, args.input);
  }

  @RoleScopes({ ADMIN: 'ANY', PROVIDER_BOARD: 'OWN_PROVIDER' })
  @Mutation(() => AdviceRequestType, {
    description: 'Bestuur: concept → voorgelegd. Legt de adviestermijn vast die op de aanvraagdatum gold.',
  })
  sendAdviceRequest(@Args() args: SendAdviceRequestArgs, @Context() ctx: GqlContext) {
    return this.service.send(ctx.request, args.id, args.input);
  }

  @RoleScopes({ ADMIN: 'ANY', COUNCIL_MEMBER: 'OWN_COUNCIL' })
  @Mutation(() => AdviceRequestType, {
    description:
      'Raad (eigen raad): legt zijn standpunt eenmaal vast; een tweede keer geeft POSITION_ALREADY_RECORDED.',
  })
  recordCouncilPosition(@Args() args: RecordCouncilPositionArgs, @Context() ctx: GqlContext) {
    return this.service.recordPosition(ctx.request, args.id, args.input);
  }

  @RoleScopes({ ADMIN: 'ANY', PROVIDER_BOARD: 'OWN_PROVIDER' })
  @Mutation(() => AdviceRequestType, {
    description: 'Bestuur: legt het besluit (of het antwoord op ongevraagd advies) vast.',
  })
  recordDecision(@Args() args: RecordDecisionArgs, @Context() ctx: GqlContext) {
    return this.service.recordDecision(ctx.request, args.id, args.input);
  }

  @RoleScopes({ ADMIN: 'ANY', PROVIDER_BOARD: 'OWN_PROVIDER' })
  @Mutation(() => AdviceRequestType, { description: 'Bestuur: het besluit is aan de raad meegedeeld.' })
  recordDecisionCommunicated(@Args() args: RecordDecisionCommunicatedArgs, @Context() ctx: GqlContext) {
    return this.service.recordDecisionCommunicated(ctx.request, args.id, args.input);
  }

  @RoleScopes({ ADMIN: 'ANY', PROVIDER_BOARD: 'OWN_PROVIDER', COUNCIL_MEMBER: 'OWN_COUNCIL' })
  @Mutation(() => AdviceRequestType, {
    description: 'Intrekken: het bestuur zijn aanvragen, de raad zijn eigen ongevraagd advies.',
  })
  withdrawAdviceRequest(@Args() args: WithdrawAdviceRequestArgs, @Context() ctx: GqlContext) {
    return this.service.withdraw(ctx.request, args.id, args.input);
  }

  @RoleScopes({ ADMIN: 'ANY', COUNCIL_MEMBER: 'OWN_COUNCIL' })
  @Mutation(() => AdviceRequestType, { description: 'Raad (eigen raad): ongevraagd advies vastleggen.' })
  fileUnsolicitedAdvice(@Args() args: FileUnsolicitedAdviceArgs, @Context() ctx: GqlContext) {
    return this.service.fileUnsolicitedAdvice(ctx.request, args.input);
  }

  @RoleScopes({ ADMIN: 'ANY', COUNCIL_MEMBER: 'OWN_COUNCIL' })
  @Mutation(() => AdviceRequestType, {
    description:
      'Raad (eigen raad): meldt een besluit waarover hij nooit is gevraagd; oordeel NOT_REQUESTED.',
  })
  reportNotRequested(@Args() args: ReportNotRequestedArgs, @Context() ctx: GqlContext) {
    return this.service.reportNotRequested(ctx.request, args.input);
  }

  @RoleScopes({ ADMIN: 'ANY', PROVIDER_BOARD: 'OWN_PROVIDER', COUNCIL_MEMBER: 'OWN_COUNCIL' })
  @Mutation(() => AdviceRequestType, {
    description:
      'Betrokken bestuur of raad (of de beheerder): legt het geschil voor aan de commissie van vertrouwenslieden.',
  })
  escalateAdviceRequest(@Args() args: EscalateAdviceRequestArgs, @Context() ctx: GqlContext) {
    return this.service.escalate(ctx.request, args.id, args.input);
  }

  @RoleScopes({ ADMIN: 'ANY', PROVIDER_BOARD: 'OWN_PROVIDER', COUNCIL_MEMBER: 'OWN_COUNCIL' })
  @Mutation(() => AdviceRequestType, {
    description:
      'Betrokken bestuur of raad (of de beheerder): legt de uitspraak van de commissie vast. Was er al een besluit, dan keert het verzoek terug als besloten.',
  })
  recordEscalationRuling(@Args() args: RecordEscalationRulingArgs, @Context() ctx: GqlContext) {
    return this.service.recordEscalationRuling(ctx.request, args.id, args.input);
  }

  @ResolveField(() => TimelinessType, {
    nullable: true,
    description: 'Tijdigheid met de datum van vandaag; leeg voor een concept dat de raad nog niet bereikte.',
  })
  timeliness(@Parent() entry: AdviceRequestType) {
    return this.service.timelinessOf(entry);
  }

  @ResolveField(() => [FindingCodeEnum], {
    description: 'Procesbevindingen (assessFindings), los van de tijdigheid.',
  })
  findings(@Parent() entry: AdviceRequestType) {
    return this.service.findingsOf(entry);
  }

  @ResolveField(() => ProviderType)
  async provider(@Parent() entry: AdviceRequestType, @Context() ctx: GqlContext) {
    const row = await ctx.loaders.byId(ProviderEntity).load(entry.providerId);
    return row && ProviderType.from(row);
  }

  @ResolveField(() => ClientCouncilType)
  async council(@Parent() entry: AdviceRequestType, @Context() ctx: GqlContext) {
    const row = await ctx.loaders.byId(ClientCouncilEntity).load(entry.councilId);
    return row && ClientCouncilType.from(row);
  }

  @ResolveField(() => WmczSubjectType)
  async subject(@Parent() entry: AdviceRequestType, @Context() ctx: GqlContext) {
    const row = await ctx.loaders.byId(WmczSubjectEntity).load(entry.subjectId);
    return row && WmczSubjectType.from(row);
  }
}
