import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import {
  type Actor,
  AppError,
  badInput,
  forbidden,
  notFound,
  type RequestContext,
} from '../common/app-error';
import { toId } from '../common/id';
import type { ListResult } from '../common/list';
import { MunicipalityEntity } from '../municipality/municipality.entity';
import { applyProviderContractsToRollup } from '../advice-request/rollup.sql';
import { ProviderContractEntity, ProviderEntity } from './provider.entity';
import type { CreateProviderInput, UpdateProviderInput } from './provider.inputs';
import { type ProvidersArgs, ProviderType } from './provider.type';

/** Admin may change any provider; a provider board only its own (PRODUCT.md §4). */
export function assertMayChangeProvider(actor: Actor | null, providerId: number): void {
  if (actor?.role === 'ADMIN') return;
  if (actor?.role === 'PROVIDER_BOARD' && actor.providerId === providerId) return;
  throw forbidden('U mag alleen de gegevens van uw eigen organisatie wijzigen.');
}

function snapshot(p: ProviderEntity, municipalityIds: number[]) {
  return {
    name: p.name,
    kvkNumber: p.kvkNumber,
    careWorkers: p.careWorkers,
    residential: p.residential,
    fosterCare: p.fosterCare,
    municipalityIds: [...municipalityIds].sort((a, b) => a - b),
  };
}

@Injectable()
export class ProviderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(args: ProvidersArgs): Promise<ListResult<ProviderType>> {
    const query = this.dataSource
      .getRepository(ProviderEntity)
      .createQueryBuilder('p')
      .orderBy('p.name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .skip(args.skip)
      .take(args.take);
    const filter = args.filter ?? {};
    if (filter.municipalityId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM provider_contract pc WHERE pc.provider_id = p.id AND pc.municipality_id = :municipalityId)',
        { municipalityId: toId(filter.municipalityId) },
      );
    }
    if (filter.residential !== undefined && filter.residential !== null) {
      query.andWhere('p.residential = :residential', { residential: filter.residential });
    }
    if (filter.councilPresent !== undefined && filter.councilPresent !== null) {
      query.andWhere(
        `${filter.councilPresent ? '' : 'NOT '}EXISTS (SELECT 1 FROM client_council c WHERE c.provider_id = p.id)`,
      );
    }
    if (filter.search) {
      query.andWhere("p.name ILIKE :search ESCAPE '\\'", {
        search: `%${filter.search.replace(/[\\%_]/g, '\\$&')}%`,
      });
    }
    const [rows, totalItems] = await query.getManyAndCount();
    return { items: rows.map(ProviderType.from), totalItems };
  }

  async one(id: string): Promise<ProviderType> {
    const row = await this.dataSource.getRepository(ProviderEntity).findOne({ where: { id: toId(id) } });
    if (!row) throw notFound('Aanbieder');
    return ProviderType.from(row);
  }

  private async checkMunicipalities(manager: EntityManager, ids: number[], field: string): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const found = await manager.getRepository(MunicipalityEntity).count({ where: { id: In(unique) } });
    if (found !== unique.length) {
      throw badInput('UNKNOWN_MUNICIPALITY', field, 'Een of meer gemeenten bestaan niet.');
    }
  }

  private async checkKvkFree(
    manager: EntityManager,
    kvkNumber: string,
    exceptId: number | null,
  ): Promise<void> {
    const other = await manager.getRepository(ProviderEntity).findOne({ where: { kvkNumber } });
    if (other && other.id !== exceptId) {
      throw new AppError(
        'CONFLICT',
        'KVK_NUMBER_TAKEN',
        'Er is al een aanbieder met dit KvK-nummer.',
        'input.kvkNumber',
      );
    }
  }

  async create(ctx: RequestContext, input: CreateProviderInput): Promise<ProviderType> {
    return this.dataSource.transaction(async (manager) => {
      const municipalityIds = [...new Set(input.municipalityIds.map(toId))];
      await this.checkMunicipalities(manager, municipalityIds, 'input.municipalityIds');
      await this.checkKvkFree(manager, input.kvkNumber, null);
      const saved = await manager.getRepository(ProviderEntity).save(
        manager.getRepository(ProviderEntity).create({
          name: input.name.trim(),
          kvkNumber: input.kvkNumber,
          careWorkers: input.careWorkers,
          residential: input.residential,
          fosterCare: input.fosterCare,
        }),
      );
      if (municipalityIds.length > 0) {
        await manager.insert(
          ProviderContractEntity,
          municipalityIds.map((municipalityId) => ({ providerId: saved.id, municipalityId })),
        );
      }
      await this.audit.record(manager, ctx, {
        entity: 'provider',
        entityId: saved.id,
        after: snapshot(saved, municipalityIds),
      });
      return ProviderType.from(saved);
    });
  }

  async update(ctx: RequestContext, idRaw: string, input: UpdateProviderInput): Promise<ProviderType> {
    const id = toId(idRaw);
    assertMayChangeProvider(ctx.actor, id);
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(ProviderEntity);
      const current = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw notFound('Aanbieder');
      const contracts = await manager
        .getRepository(ProviderContractEntity)
        .find({ where: { providerId: id } });
      const before = snapshot(
        current,
        contracts.map((c) => c.municipalityId),
      );
      if (input.kvkNumber !== undefined && input.kvkNumber !== null)
        await this.checkKvkFree(manager, input.kvkNumber, id);
      const next = repo.merge(repo.create({ ...current }), {
        ...(input.name != null && { name: input.name.trim() }),
        ...(input.kvkNumber != null && { kvkNumber: input.kvkNumber }),
        ...(input.careWorkers != null && { careWorkers: input.careWorkers }),
        ...(input.residential != null && { residential: input.residential }),
        ...(input.fosterCare != null && { fosterCare: input.fosterCare }),
      });
      let municipalityIds = before.municipalityIds;
      if (input.municipalityIds != null) {
        municipalityIds = [...new Set(input.municipalityIds.map(toId))];
        await this.checkMunicipalities(manager, municipalityIds, 'input.municipalityIds');
        // The register rollup counts a provider's requests for every municipality that contracts it.
        await applyProviderContractsToRollup(manager, id, -1);
        await manager.delete(ProviderContractEntity, { providerId: id });
        if (municipalityIds.length > 0) {
          await manager.insert(
            ProviderContractEntity,
            municipalityIds.map((municipalityId) => ({ providerId: id, municipalityId })),
          );
        }
        await applyProviderContractsToRollup(manager, id, 1);
      }
      const saved = await repo.save(next);
      await this.audit.record(manager, ctx, {
        entity: 'provider',
        entityId: id,
        before,
        after: snapshot(saved, municipalityIds),
      });
      return ProviderType.from(saved);
    });
  }
}
