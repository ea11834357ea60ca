import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppError, badInput, notFound, type RequestContext } from '../common/app-error';
import { toId } from '../common/id';
import { MunicipalityEntity } from '../municipality/municipality.entity';
import { ProviderEntity } from '../provider/provider.entity';
import { CoreGroupMemberEntity } from './core-group.entity';
import type {
  CoreGroupMembersArgs,
  CreateCoreGroupMemberInput,
  UpdateCoreGroupMemberInput,
} from './core-group.type';
import { CoreGroupMemberType } from './core-group.type';

function snapshot(m: CoreGroupMemberEntity) {
  const { createdAt: _c, updatedAt: _u, municipality: _m, provider: _p, id: _id, ...values } = m;
  return values as Record<string, unknown>;
}

@Injectable()
export class CoreGroupService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(args: CoreGroupMembersArgs): Promise<CoreGroupMemberType[]> {
    const rows = await this.dataSource.getRepository(CoreGroupMemberEntity).find({
      where: args.includeInactive ? {} : { active: true },
      order: { seat: 'ASC', name: 'ASC', id: 'ASC' },
    });
    return rows.map(CoreGroupMemberType.from);
  }

  async one(id: string): Promise<CoreGroupMemberType> {
    const row = await this.dataSource
      .getRepository(CoreGroupMemberEntity)
      .findOne({ where: { id: toId(id) } });
    if (!row) throw notFound('Kerngroeplid');
    return CoreGroupMemberType.from(row);
  }

  private async checkEmailFree(
    manager: EntityManager,
    email: string,
    exceptId: number | null,
  ): Promise<void> {
    const other = await manager
      .getRepository(CoreGroupMemberEntity)
      .createQueryBuilder('m')
      .where('lower(m.email) = lower(:email)', { email })
      .getOne();
    if (other && other.id !== exceptId) {
      throw new AppError(
        'CONFLICT',
        'EMAIL_TAKEN',
        'Er is al een kerngroeplid met dit e-mailadres.',
        'input.email',
      );
    }
  }

  async create(ctx: RequestContext, input: CreateCoreGroupMemberInput): Promise<CoreGroupMemberType> {
    return this.dataSource.transaction(async (manager) => {
      const municipalityId = input.municipalityId ? toId(input.municipalityId) : null;
      const providerId = input.providerId ? toId(input.providerId) : null;
      if (
        municipalityId !== null &&
        !(await manager.exists(MunicipalityEntity, { where: { id: municipalityId } }))
      )
        throw badInput('UNKNOWN_MUNICIPALITY', 'input.municipalityId', 'Deze gemeente bestaat niet.');
      if (providerId !== null && !(await manager.exists(ProviderEntity, { where: { id: providerId } })))
        throw badInput('UNKNOWN_PROVIDER', 'input.providerId', 'Deze aanbieder bestaat niet.');
      await this.checkEmailFree(manager, input.email, null);
      const saved = await manager.save(
        manager.create(CoreGroupMemberEntity, {
          seat: input.seat,
          organisation: input.organisation.trim(),
          name: input.name.trim(),
          email: input.email.trim(),
          municipalityId,
          providerId,
          active: true,
        }),
      );
      await this.audit.record(manager, ctx, {
        entity: 'core_group_member',
        entityId: saved.id,
        after: snapshot(saved),
      });
      return CoreGroupMemberType.from(saved);
    });
  }

  async update(
    ctx: RequestContext,
    idRaw: string,
    input: UpdateCoreGroupMemberInput,
  ): Promise<CoreGroupMemberType> {
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(CoreGroupMemberEntity, {
        where: { id: toId(idRaw) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw notFound('Kerngroeplid');
      const before = snapshot(current);
      if (input.email != null) {
        await this.checkEmailFree(manager, input.email, current.id);
        current.email = input.email.trim();
      }
      if (input.seat != null) current.seat = input.seat;
      if (input.organisation != null) current.organisation = input.organisation.trim();
      if (input.name != null) current.name = input.name.trim();
      if (input.active != null) current.active = input.active;
      const saved = await manager.save(current);
      await this.audit.record(manager, ctx, {
        entity: 'core_group_member',
        entityId: saved.id,
        before,
        after: snapshot(saved),
      });
      return CoreGroupMemberType.from(saved);
    });
  }
}
