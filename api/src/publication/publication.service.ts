import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { notFound, type RequestContext } from '../common/app-error';
import { toId } from '../common/id';
import { MunicipalityEntity } from '../municipality/municipality.entity';
import { ProviderEntity } from '../provider/provider.entity';
import type { PublicationType, SetPublicationInput } from './publication.type';

@Injectable()
export class PublicationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Records an organisation's consent (or its withdrawal) to publish its figures, with its own audit
   * row on the organisation, also when the setting stays the same: the decision itself is traced.
   */
  async set(ctx: RequestContext, input: SetPublicationInput): Promise<PublicationType> {
    const entity = input.organisation === 'PROVIDER' ? ProviderEntity : MunicipalityEntity;
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne<ProviderEntity | MunicipalityEntity>(entity, {
        where: { id: toId(input.id) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw notFound(input.organisation === 'PROVIDER' ? 'Aanbieder' : 'Gemeente');
      await manager.update(entity, { id: current.id }, { publishAggregates: input.publishAggregates });
      await this.audit.record(manager, ctx, {
        entity: input.organisation === 'PROVIDER' ? 'provider' : 'municipality',
        entityId: current.id,
        before: { publishAggregates: current.publishAggregates },
        after: { publishAggregates: input.publishAggregates },
      });
      return {
        organisation: input.organisation,
        id: String(current.id),
        name: current.name,
        publishAggregates: input.publishAggregates,
      };
    });
  }
}
