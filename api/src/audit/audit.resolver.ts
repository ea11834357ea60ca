import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/roles.decorator';
import { AuditQueryService } from './audit-query.service';
import { AuditEntryList, AuditEntryType, AuditLogArgs } from './audit.type';

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
}
