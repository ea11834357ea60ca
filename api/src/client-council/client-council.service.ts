import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { badInput, notFound, type RequestContext } from '../common/app-error';
import { toId } from '../common/id';
import type { ListResult } from '../common/list';
import { ProviderEntity } from '../provider/provider.entity';
import { assertMayChangeProvider } from '../provider/provider.service';
import { AdviceTermEntity, ClientCouncilEntity } from './client-council.entity';
import type {
  CreateClientCouncilInput,
  SeatCountsInput,
  SetAdviceTermInput,
  UpdateClientCouncilInput,
} from './client-council.inputs';
import { AdviceTermType, type ClientCouncilsArgs, ClientCouncilType } from './client-council.type';

function seatColumns(seats: SeatCountsInput | undefined) {
  if (!seats) return {};
  return {
    seatsYouthFilled: seats.youthFilled,
    seatsYouthVacant: seats.youthVacant,
    seatsParentFilled: seats.parentFilled,
    seatsParentVacant: seats.parentVacant,
    seatsOtherFilled: seats.otherFilled,
    seatsOtherVacant: seats.otherVacant,
  };
}

function snapshot(c: ClientCouncilEntity) {
  const { createdAt: _created, updatedAt: _updated, provider: _provider, ...values } = c;
  return values as Record<string, unknown>;
}

@Injectable()
export class ClientCouncilService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(args: ClientCouncilsArgs): Promise<ListResult<ClientCouncilType>> {
    const query = this.dataSource
      .getRepository(ClientCouncilEntity)
      .createQueryBuilder('c')
      .orderBy('c.name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .skip(args.skip)
      .take(args.take);
    if (args.filter?.providerId)
      query.where('c.provider_id = :providerId', { providerId: toId(args.filter.providerId) });
    const [rows, totalItems] = await query.getManyAndCount();
    return { items: rows.map(ClientCouncilType.from), totalItems };
  }

  async one(id: string): Promise<ClientCouncilType> {
    const row = await this.dataSource.getRepository(ClientCouncilEntity).findOne({ where: { id: toId(id) } });
    if (!row) throw notFound('Cliëntenraad');
    return ClientCouncilType.from(row);
  }

  /**
   * The advice term (days) in force on `date`: the latest term that started on or before it; for a date
   * before the first recorded term, the first term (the regulation's original agreement).
   */
  async termInForce(manager: EntityManager, councilId: number, date: string): Promise<number | null> {
    const rows: Array<{ termDays: number }> = await manager.query(
      `SELECT term_days AS "termDays" FROM advice_term WHERE council_id = $1
        ORDER BY (valid_from <= $2) DESC, CASE WHEN valid_from <= $2 THEN valid_from END DESC NULLS LAST, valid_from ASC
        LIMIT 1`,
      [councilId, date],
    );
    return rows[0]?.termDays ?? null;
  }

  async create(ctx: RequestContext, input: CreateClientCouncilInput): Promise<ClientCouncilType> {
    const providerId = toId(input.providerId);
    assertMayChangeProvider(ctx.actor, providerId);
    return this.dataSource.transaction(async (manager) => {
      const provider = await manager.getRepository(ProviderEntity).findOne({ where: { id: providerId } });
      if (!provider) throw badInput('UNKNOWN_PROVIDER', 'input.providerId', 'Deze aanbieder bestaat niet.');
      const repo = manager.getRepository(ClientCouncilEntity);
      const saved = await repo.save(
        repo.create({
          providerId,
          name: input.name.trim(),
          kind: input.kind,
          establishedOn: input.establishedOn ?? null,
          regulationAdoptedOn: input.regulationAdoptedOn ?? null,
          meetingsPerYear: input.meetingsPerYear,
          hasSupportOfficer: input.hasSupportOfficer,
          ...seatColumns(input.seats),
        }),
      );
      const term = await manager.getRepository(AdviceTermEntity).save({
        councilId: saved.id,
        termDays: input.adviceTermDays,
        validFrom: input.adviceTermValidFrom,
      });
      await this.audit.record(manager, ctx, {
        entity: 'client_council',
        entityId: saved.id,
        after: snapshot(saved),
      });
      await this.audit.record(manager, ctx, {
        entity: 'advice_term',
        entityId: term.id,
        after: { councilId: saved.id, termDays: term.termDays, validFrom: term.validFrom },
      });
      return ClientCouncilType.from(saved);
    });
  }

  private async loadForChange(
    manager: EntityManager,
    ctx: RequestContext,
    councilId: number,
  ): Promise<ClientCouncilEntity> {
    const council = await manager
      .getRepository(ClientCouncilEntity)
      .findOne({ where: { id: councilId }, lock: { mode: 'pessimistic_write' } });
    if (!council) throw notFound('Cliëntenraad');
    assertMayChangeProvider(ctx.actor, council.providerId);
    return council;
  }

  async update(
    ctx: RequestContext,
    idRaw: string,
    input: UpdateClientCouncilInput,
  ): Promise<ClientCouncilType> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.loadForChange(manager, ctx, toId(idRaw));
      const before = snapshot(current);
      const repo = manager.getRepository(ClientCouncilEntity);
      const next = repo.merge(repo.create({ ...current }), {
        ...(input.name != null && { name: input.name.trim() }),
        ...(input.kind != null && { kind: input.kind }),
        ...(input.establishedOn !== undefined && { establishedOn: input.establishedOn }),
        ...(input.regulationAdoptedOn !== undefined && { regulationAdoptedOn: input.regulationAdoptedOn }),
        ...(input.meetingsPerYear != null && { meetingsPerYear: input.meetingsPerYear }),
        ...(input.hasSupportOfficer != null && { hasSupportOfficer: input.hasSupportOfficer }),
        ...seatColumns(input.seats),
      });
      const saved = await repo.save(next);
      await this.audit.record(manager, ctx, {
        entity: 'client_council',
        entityId: saved.id,
        before,
        after: snapshot(saved),
      });
      return ClientCouncilType.from(saved);
    });
  }

  /** Records a term from a date on; a second term on the same date replaces the first. */
  async setAdviceTerm(ctx: RequestContext, input: SetAdviceTermInput): Promise<AdviceTermType> {
    return this.dataSource.transaction(async (manager) => {
      const council = await this.loadForChange(manager, ctx, toId(input.councilId));
      const repo = manager.getRepository(AdviceTermEntity);
      const existing = await repo.findOne({ where: { councilId: council.id, validFrom: input.validFrom } });
      const saved = await repo.save({
        ...(existing ?? {}),
        councilId: council.id,
        termDays: input.termDays,
        validFrom: input.validFrom,
      });
      await this.audit.record(manager, ctx, {
        entity: 'advice_term',
        entityId: saved.id,
        before: existing ? { termDays: existing.termDays, validFrom: existing.validFrom } : null,
        after: { councilId: council.id, termDays: saved.termDays, validFrom: saved.validFrom },
      });
      return AdviceTermType.from(saved as AdviceTermEntity);
    });
  }
}
