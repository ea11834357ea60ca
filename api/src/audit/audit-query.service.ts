import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toId } from '../common/id';
import type { ListResult } from '../common/list';
import { AuditLogEntity } from './audit.entity';
import { type AuditLogArgs, AuditEntryType } from './audit.type';

@Injectable()
export class AuditQueryService {
  constructor(private readonly dataSource: DataSource) {}

  async list(args: AuditLogArgs): Promise<ListResult<AuditEntryType>> {
    const query = this.dataSource
      .getRepository(AuditLogEntity)
      .createQueryBuilder('a')
      .orderBy('a.occurred_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .skip(args.skip)
      .take(args.take);
    const f = args.filter ?? {};
    if (f.entity) query.andWhere('a.entity = :entity', { entity: f.entity });
    if (f.entityId) query.andWhere('a.entity_id = :entityId', { entityId: f.entityId });
    if (f.userId) query.andWhere('a.user_id = :userId', { userId: toId(f.userId) });
    // Calendar days in Europe/Amsterdam, inclusive on both ends.
    if (f.from)
      query.andWhere(`a.occurred_at >= (:from::date)::timestamp AT TIME ZONE 'Europe/Amsterdam'`, {
        from: f.from,
      });
    if (f.to)
      query.andWhere(`a.occurred_at < ((:to::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`, {
        to: f.to,
      });
    const [rows, totalItems] = await query.getManyAndCount();
    return { items: rows.map(AuditEntryType.from), totalItems };
  }
}
