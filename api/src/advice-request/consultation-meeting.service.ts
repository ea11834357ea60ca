import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ClientCouncilEntity } from '../client-council/client-council.entity';
import { forbidden, type RequestContext } from '../common/app-error';
import { Clock } from '../common/clock';
import { toId } from '../common/id';
import type { ListResult } from '../common/list';
import { READ_ALL_ROLES } from './advice-request.access';
import { ConsultationMeetingEntity } from './advice-request.entity';
import { refuse } from './advice-request.errors';
import { WMCZ_2018_IN_FORCE } from './advice-request.service';
import {
  type ConsultationMeetingsArgs,
  ConsultationMeetingType,
  type RecordConsultationMeetingInput,
} from './consultation-meeting.type';

@Injectable()
export class ConsultationMeetingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Same visibility as the requests: all for the region's roles, own provider or own council otherwise. */
  async list(
    ctx: RequestContext,
    args: ConsultationMeetingsArgs,
  ): Promise<ListResult<ConsultationMeetingType>> {
    const actor = ctx.actor;
    const f = args.filter ?? {};
    const query = this.dataSource
      .getRepository(ConsultationMeetingEntity)
      .createQueryBuilder('cm')
      .orderBy('cm.held_on', 'DESC')
      .addOrderBy('cm.id', 'DESC')
      .offset(args.skip)
      .limit(args.take);
    if (!actor || !READ_ALL_ROLES.includes(actor.role)) {
      if (actor?.role === 'PROVIDER_BOARD')
        query.andWhere('cm.provider_id = :own', { own: actor.providerId });
      else if (actor?.role === 'COUNCIL_MEMBER')
        query.andWhere('cm.council_id = :own', { own: actor.councilId });
      else query.andWhere('false');
    }
    if (f.providerId) query.andWhere('cm.provider_id = :providerId', { providerId: toId(f.providerId) });
    if (f.councilId) query.andWhere('cm.council_id = :councilId', { councilId: toId(f.councilId) });
    if (f.from) query.andWhere('cm.held_on >= :from', { from: f.from });
    if (f.to) query.andWhere('cm.held_on <= :to', { to: f.to });
    const [rows, totalItems] = await query.getManyAndCount();
    return { items: rows.map(ConsultationMeetingType.from), totalItems };
  }

  /** The board of the council's provider, a member of the council, or the administrator records a meeting. */
  async record(ctx: RequestContext, input: RecordConsultationMeetingInput): Promise<ConsultationMeetingType> {
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      const council = await manager.findOneBy(ClientCouncilEntity, { id: toId(input.councilId) });
      const actor = ctx.actor;
      const allowed =
        actor?.role === 'ADMIN' ||
        (actor?.role === 'PROVIDER_BOARD' && council !== null && actor.providerId === council.providerId) ||
        (actor?.role === 'COUNCIL_MEMBER' && actor.councilId === toId(input.councilId));
      if (!allowed)
        throw forbidden('Alleen het eigen bestuur of de eigen cliëntenraad legt dit overleg vast.');
      if (!council) throw refuse('UNKNOWN_COUNCIL', 'input.councilId');
      if (input.heldOn > today) throw refuse('DATE_IN_FUTURE', 'input.heldOn');
      if (input.heldOn < WMCZ_2018_IN_FORCE) throw refuse('DATE_BEFORE_WMCZ_2018', 'input.heldOn');
      const saved = await manager.getRepository(ConsultationMeetingEntity).save({
        providerId: council.providerId,
        councilId: council.id,
        heldOn: input.heldOn,
        topics: input.topics.map((topic) => topic.trim()),
      });
      await this.audit.record(manager, ctx, {
        entity: 'consultation_meeting',
        entityId: saved.id,
        after: {
          providerId: saved.providerId,
          councilId: saved.councilId,
          heldOn: saved.heldOn,
          topics: saved.topics,
        },
      });
      return ConsultationMeetingType.from(saved as ConsultationMeetingEntity);
    });
  }
}
