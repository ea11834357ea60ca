import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppError, notFound, type RequestContext } from '../common/app-error';
import { toId } from '../common/id';
import { assertVersion } from '../common/version';
import { WmczSubjectEntity } from './wmcz-subject.entity';
import type { CreateWmczSubjectInput, UpdateWmczSubjectInput } from './wmcz-subject.inputs';
import { type WmczSubjectsArgs, WmczSubjectType } from './wmcz-subject.type';

function snapshot(s: WmczSubjectEntity) {
  return {
    code: s.code,
    articleRef: s.articleRef,
    right: s.right,
    titleNl: s.titleNl,
    titleEn: s.titleEn,
    explanationNl: s.explanationNl,
    explanationEn: s.explanationEn,
    residentialOnly: s.residentialOnly,
    active: s.active,
  };
}

@Injectable()
export class WmczSubjectService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(args: WmczSubjectsArgs): Promise<WmczSubjectType[]> {
    const query = this.dataSource
      .getRepository(WmczSubjectEntity)
      .createQueryBuilder('s')
      .orderBy('s.position', 'ASC')
      .addOrderBy('s.id', 'ASC');
    if (!args.includeInactive) query.andWhere('s.active');
    if (args.residentialOnly != null)
      query.andWhere('s.residential_only = :residentialOnly', { residentialOnly: args.residentialOnly });
    if (args.right != null) query.andWhere('s.wmcz_right = :right', { right: args.right });
    return (await query.getMany()).map(WmczSubjectType.from);
  }

  async one(id: string): Promise<WmczSubjectType> {
    const row = await this.dataSource.getRepository(WmczSubjectEntity).findOne({ where: { id: toId(id) } });
    if (!row) throw notFound('Onderwerp');
    return WmczSubjectType.from(row);
  }

  /** Admin only (enforced by the resolver's role): a new subject, last in the catalogue's order. */
  async create(ctx: RequestContext, input: CreateWmczSubjectInput): Promise<WmczSubjectType> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(WmczSubjectEntity);
      // Serialises concurrent creations, so the code check and the position stay exact.
      await manager.query('LOCK TABLE wmcz_subject IN SHARE ROW EXCLUSIVE MODE');
      if (await repo.existsBy({ code: input.code })) {
        throw new AppError('CONFLICT', 'CODE_TAKEN', 'Er is al een onderwerp met deze code.', 'input.code');
      }
      const [{ last }] = await manager.query(
        'SELECT coalesce(max(position), 0)::int AS last FROM wmcz_subject',
      );
      const saved = await repo.save(
        repo.create({
          code: input.code,
          right: input.right,
          position: last + 1,
          articleRef: input.articleRef.trim(),
          titleNl: input.titleNl.trim(),
          titleEn: input.titleEn.trim(),
          explanationNl: input.explanationNl.trim(),
          explanationEn: input.explanationEn.trim(),
          residentialOnly: input.residentialOnly,
          active: true,
        }),
      );
      await this.audit.record(manager, ctx, {
        entity: 'wmcz_subject',
        entityId: saved.id,
        after: snapshot(saved),
      });
      return WmczSubjectType.from(saved);
    });
  }

  /** Admin only (enforced by the resolver's role): texts and flags; the code and the right stay fixed. */
  async update(ctx: RequestContext, idRaw: string, input: UpdateWmczSubjectInput): Promise<WmczSubjectType> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(WmczSubjectEntity);
      const current = await repo.findOne({ where: { id: toId(idRaw) }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw notFound('Onderwerp');
      assertVersion(current.version, input.version, () => WmczSubjectType.from(current));
      const before = snapshot(current);
      const next = repo.merge(repo.create({ ...current }), {
        ...(input.articleRef != null && { articleRef: input.articleRef.trim() }),
        ...(input.titleNl != null && { titleNl: input.titleNl.trim() }),
        ...(input.titleEn != null && { titleEn: input.titleEn.trim() }),
        ...(input.explanationNl != null && { explanationNl: input.explanationNl.trim() }),
        ...(input.explanationEn != null && { explanationEn: input.explanationEn.trim() }),
        ...(input.residentialOnly != null && { residentialOnly: input.residentialOnly }),
        ...(input.active != null && { active: input.active }),
      });
      const saved = await repo.save(next);
      await this.audit.record(manager, ctx, {
        entity: 'wmcz_subject',
        entityId: saved.id,
        before,
        after: snapshot(saved),
      });
      return WmczSubjectType.from(saved);
    });
  }
}
