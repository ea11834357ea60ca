import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { ROLES } from '@pm/domain';
import { Roles } from '../auth/roles.decorator';
import type { GqlContext } from '../graphql/context';
import { AuditQueryService } from './audit-query.service';
import { AuditEntryList, AuditEntryType, AuditLogArgs, RecordHistoryArgs } from './audit.type';

@Resolver(() => AuditEntryType)
export class AuditResolver {
  constructor(private readonly service: AuditQueryService) {}

  @Roles('ADMIN')
  @Query(() => AuditEntryList, {
    description: 'De audittrail, nieuwste eerst, te filteren op record, gebruiker en periode.',
  })
  auditLog(@Args() args: AuditLogArgs) {
    return this.service.list(args);
  }

  @Roles(...ROLES)
  @Query(() => [AuditEntryType], { description: 'Wijzigingsgeschiedenis van één record dat u mag zien.' })
  recordHistory(@Args() args: RecordHistoryArgs, @Context() ctx: GqlContext) {
    return this.service.history(ctx.request, args.entity, args.entityId);
  }
}
