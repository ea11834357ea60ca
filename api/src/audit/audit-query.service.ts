import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { forbidden, type RequestContext, unauthenticated } from '../common/app-error';
import { toId } from '../common/id';
import { HISTORY_VISIBILITY } from './audit-visibility';
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

  /** The history of one record, for anyone who may see that record. */
  async history(ctx: RequestContext, entity: string, entityId: string): Promise<AuditEntryType[]> {
    const actor = ctx.actor;
    if (!actor) throw unauthenticated();
    if (actor.role !== 'ADMIN') {
      const check = HISTORY_VISIBILITY[entity];
      if (!check || !(await check(this.dataSource.manager, actor, entityId))) throw forbidden();
    }
    const rows = await this.dataSource.getRepository(AuditLogEntity).find({
      where: { entity, entityId },
      order: { occurredAt: 'ASC', id: 'ASC' },
      take: 500,
    });
    // Who did it is shown to the admin only; others see role and organisation.
    return rows.map((row) =>
      AuditEntryType.from(actor.role === 'ADMIN' ? row : { ...row, userId: null, origin: null }),
    );
  }
}
