import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import {
  assertReportTransition,
  isReportEditable,
  isReportVisibleToRegion,
  type ReportStatus,
} from '@pm/domain';
import { AuditService } from '../audit/audit.service';
import { type Actor, AppError, badInput, notFound, type RequestContext } from '../common/app-error';
import { Clock } from '../common/clock';
import { toId } from '../common/id';
import type { ListResult } from '../common/list';
import { assertVersion } from '../common/version';
import { MunicipalityEntity } from '../municipality/municipality.entity';
import { PillarEntity } from '../pillar/pillar.entity';
import { domainRule } from '../pillar/programme-errors';
import { ActivityEntity, ActivityPillarEntity, ActivityReportEntity } from './activity.entity';
import type {
  CreateActivityInput,
  CreateActivityReportInput,
  ParticipantCountsInput,
  SetActivityReportStatusInput,
  UpdateActivityInput,
  UpdateActivityReportInput,
} from './activity.inputs';
import { type ActivitiesArgs, ActivityReportType, ActivityType } from './activity.type';

/** The core group and the administrator see every report; everyone else only approved ones (seed 001). */
export function seesAllReports(actor: Actor | null): boolean {
  return actor?.role === 'ADMIN' || actor?.role === 'CORE_GROUP';
}

export function mayRead(actor: Actor | null, report: { status: ReportStatus }): boolean {
  return seesAllReports(actor) || isReportVisibleToRegion(report.status);
}

function participantColumns(p: ParticipantCountsInput) {
  return {
    participantsYouth: p.youth,
    participantsParents: p.parents,
    participantsProfessionals: p.professionals,
    participantsOther: p.other,
  };
}

function activitySnapshot(a: ActivityEntity, pillarIds: number[]) {
  const { createdAt: _c, updatedAt: _u, municipality: _m, id: _id, ...values } = a;
  return { ...values, pillarIds: [...pillarIds].sort((x, y) => x - y) } as Record<string, unknown>;
}

function reportSnapshot(r: ActivityReportEntity) {
  const { createdAt: _c, updatedAt: _u, activity: _a, supersedes: _s, id: _id, ...values } = r;
  return values as Record<string, unknown>;
}

const DATE_FIELD: Record<ReportStatus, 'sentOn' | 'approvedOn' | 'sharedOn' | null> = {
  DRAFT: null,
  SENT_TO_PARTICIPANTS: 'sentOn',
  APPROVED_BY_PARTICIPANTS: 'approvedOn',
  SHARED_WITH_REGION: 'sharedOn',
};

@Injectable()
export class ActivityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(args: ActivitiesArgs): Promise<ListResult<ActivityType>> {
    const query = this.dataSource
      .getRepository(ActivityEntity)
      .createQueryBuilder('x')
      .orderBy('x.held_on', 'DESC')
      .addOrderBy('x.id', 'DESC')
      .skip(args.skip)
      .take(args.take);
    const f = args.filter ?? {};
    if (f.pillarId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM activity_pillar ap WHERE ap.activity_id = x.id AND ap.pillar_id = :pillarId)',
        { pillarId: toId(f.pillarId) },
      );
    }
    if (f.municipalityId) query.andWhere('x.municipality_id = :m', { m: toId(f.municipalityId) });
    if (f.regionWide === true) query.andWhere('x.municipality_id IS NULL');
    if (f.regionWide === false) query.andWhere('x.municipality_id IS NOT NULL');
    if (f.form) query.andWhere('x.form = :form', { form: f.form });
    if (f.level) query.andWhere('x.level = :level', { level: f.level });
    if (f.feedbackGiven != null) query.andWhere('x.feedback_given = :fb', { fb: f.feedbackGiven });
    if (f.heldFrom) query.andWhere('x.held_on >= :from', { from: f.heldFrom });
    if (f.heldTo) query.andWhere('x.held_on <= :to', { to: f.heldTo });
    if (f.search) {
      query.andWhere("x.title ILIKE :search ESCAPE '\\'", {
        search: `%${f.search.replace(/[\\%_]/g, '\\$&')}%`,
      });
    }
    const [rows, totalItems] = await query.getManyAndCount();
    return { items: rows.map(ActivityType.from), totalItems };
  }

  async one(id: string): Promise<ActivityType> {
    const row = await this.dataSource.getRepository(ActivityEntity).findOne({ where: { id: toId(id) } });
    if (!row) throw notFound('Bijeenkomst');
    return ActivityType.from(row);
  }

  /** A report by id; outside the core group an unapproved report does not exist. */
  async report(actor: Actor | null, id: string): Promise<ActivityReportType> {
    const row = await this.dataSource
      .getRepository(ActivityReportEntity)
      .findOne({ where: { id: toId(id) } });
    if (!row || !mayRead(actor, row)) throw notFound('Verslag');
    return ActivityReportType.from(row);
  }

  visibleReports(actor: Actor | null, rows: ActivityReportEntity[]): ActivityReportType[] {
    return rows.filter((row) => mayRead(actor, row)).map(ActivityReportType.from);
  }

  private async checkReferences(
    manager: EntityManager,
    municipalityId: number | null,
    pillarIds: number[] | null,
  ): Promise<void> {
    if (
      municipalityId !== null &&
      !(await manager.exists(MunicipalityEntity, { where: { id: municipalityId } }))
    )
      throw badInput('UNKNOWN_MUNICIPALITY', 'input.municipalityId', 'Deze gemeente bestaat niet.');
    if (pillarIds !== null) {
      const found = await manager.count(PillarEntity, { where: { id: In(pillarIds) } });
      if (found !== pillarIds.length)
        throw badInput('UNKNOWN_PILLAR', 'input.pillarIds', 'Een of meer pijlers bestaan niet.');
    }
  }

  async create(ctx: RequestContext, input: CreateActivityInput): Promise<ActivityType> {
    return this.dataSource.transaction(async (manager) => {
      const municipalityId = input.municipalityId ? toId(input.municipalityId) : null;
      const pillarIds = [...new Set(input.pillarIds.map(toId))];
      await this.checkReferences(manager, municipalityId, pillarIds);
      const saved = await manager.save(
        manager.create(ActivityEntity, {
          title: input.title.trim(),
          form: input.form,
          heldOn: input.heldOn,
          municipalityId,
          ...participantColumns(input.participants),
          level: input.level,
          feedbackGiven: input.feedbackGiven,
          summary: input.summary ?? null,
        }),
      );
      await manager.insert(
        ActivityPillarEntity,
        pillarIds.map((pillarId) => ({ activityId: saved.id, pillarId })),
      );
      await this.audit.record(manager, ctx, {
        entity: 'participation_activity',
        entityId: saved.id,
        after: activitySnapshot(saved, pillarIds),
      });
      return ActivityType.from(saved);
    });
  }

  async update(ctx: RequestContext, idRaw: string, input: UpdateActivityInput): Promise<ActivityType> {
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(ActivityEntity, {
        where: { id: toId(idRaw) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw notFound('Bijeenkomst');
      const pillars = await manager.find(ActivityPillarEntity, { where: { activityId: current.id } });
      const before = activitySnapshot(
        current,
        pillars.map((p) => p.pillarId),
      );
      const municipalityId =
        input.municipalityId === undefined
          ? current.municipalityId
          : input.municipalityId === null
            ? null
            : toId(input.municipalityId);
      const pillarIds = input.pillarIds ? [...new Set(input.pillarIds.map(toId))] : null;
      await this.checkReferences(manager, municipalityId, pillarIds);
      current.municipalityId = municipalityId;
      if (input.title != null) current.title = input.title.trim();
      if (input.form != null) current.form = input.form;
      if (input.heldOn != null) current.heldOn = input.heldOn;
      if (input.participants) Object.assign(current, participantColumns(input.participants));
      if (input.level != null) current.level = input.level;
      if (input.feedbackGiven != null) current.feedbackGiven = input.feedbackGiven;
      if (input.summary !== undefined) current.summary = input.summary;
      const saved = await manager.save(current);
      if (pillarIds) {
        await manager.delete(ActivityPillarEntity, { activityId: current.id });
        await manager.insert(
          ActivityPillarEntity,
          pillarIds.map((pillarId) => ({ activityId: current.id, pillarId })),
        );
      }
      await this.audit.record(manager, ctx, {
        entity: 'participation_activity',
        entityId: saved.id,
        before,
        after: activitySnapshot(saved, pillarIds ?? pillars.map((p) => p.pillarId)),
      });
      return ActivityType.from(saved);
    });
  }

  async createReport(ctx: RequestContext, input: CreateActivityReportInput): Promise<ActivityReportType> {
    return this.dataSource.transaction(async (manager) => {
      const activity = await manager.findOne(ActivityEntity, {
        where: { id: toId(input.activityId) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!activity) throw notFound('Bijeenkomst', 'input.activityId');
      if (await manager.exists(ActivityReportEntity, { where: { activityId: activity.id } })) {
        throw new AppError(
          'CONFLICT',
          'REPORT_EXISTS',
          'Deze bijeenkomst heeft al een verslag: wijzig het concept, of vervang een goedgekeurd verslag door een nieuwe versie.',
          'input.activityId',
        );
      }
      const saved = await manager.save(
        manager.create(ActivityReportEntity, {
          activityId: activity.id,
          version: 1,
          status: 'DRAFT',
          title: input.title.trim(),
          body: input.body,
          supersedesId: null,
          sentOn: null,
          approvedOn: null,
          sharedOn: null,
        }),
      );
      await this.audit.record(manager, ctx, {
        entity: 'activity_report',
        entityId: saved.id,
        after: reportSnapshot(saved),
      });
      return ActivityReportType.from(saved);
    });
  }

  private async lockReport(manager: EntityManager, id: number): Promise<ActivityReportEntity> {
    const report = await manager.findOne(ActivityReportEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!report) throw notFound('Verslag');
    return report;
  }

  async updateReport(
    ctx: RequestContext,
    idRaw: string,
    input: UpdateActivityReportInput,
  ): Promise<ActivityReportType> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockReport(manager, toId(idRaw));
      assertVersion(
        current.revision,
        input.revision,
        () => ActivityReportType.from(current),
        'input.revision',
      );
      if (!isReportEditable(current.status)) {
        throw badInput(
          'REPORT_NOT_EDITABLE',
          'id',
          'Dit verslag is goedgekeurd door de deelnemers en kan niet meer worden gewijzigd; maak een nieuwe versie.',
        );
      }
      const before = reportSnapshot(current);
      if (input.title != null) current.title = input.title.trim();
      if (input.body != null) current.body = input.body;
      const saved = await manager.save(current);
      await this.audit.record(manager, ctx, {
        entity: 'activity_report',
        entityId: saved.id,
        before,
        after: reportSnapshot(saved),
      });
      return ActivityReportType.from(saved);
    });
  }

  async setReportStatus(
    ctx: RequestContext,
    idRaw: string,
    input: SetActivityReportStatusInput,
  ): Promise<ActivityReportType> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockReport(manager, toId(idRaw));
      assertVersion(
        current.revision,
        input.revision,
        () => ActivityReportType.from(current),
        'input.revision',
      );
      domainRule(() => assertReportTransition(current.status, input.status));
      const on = input.on ?? this.clock.today();
      if (on > this.clock.today())
        throw badInput('DATE_IN_FUTURE', 'input.on', 'Deze stap kan niet in de toekomst liggen.');
      const before = reportSnapshot(current);
      current.status = input.status;
      const field = DATE_FIELD[input.status];
      if (field) current[field] = on;
      // Back to draft for changes: the earlier sending is in the audit trail, not on the report.
      if (input.status === 'DRAFT') current.sentOn = null;
      const saved = await manager.save(current);
      await this.audit.record(manager, ctx, {
        entity: 'activity_report',
        entityId: saved.id,
        before,
        after: reportSnapshot(saved),
      });
      return ActivityReportType.from(saved);
    });
  }

  /** A new draft version of an approved report; the approved one stays visible until its successor is approved. */
  async supersedeReport(
    ctx: RequestContext,
    idRaw: string,
    input: UpdateActivityReportInput | undefined,
  ): Promise<ActivityReportType> {
    return this.dataSource.transaction(async (manager) => {
      const previous = await this.lockReport(manager, toId(idRaw));
      assertVersion(
        previous.revision,
        input?.revision,
        () => ActivityReportType.from(previous),
        'input.revision',
      );
      if (isReportEditable(previous.status)) {
        throw badInput(
          'REPORT_NOT_APPROVED',
          'id',
          'Alleen een goedgekeurd verslag wordt vervangen; een concept kunt u gewoon wijzigen.',
        );
      }
      if (await manager.exists(ActivityReportEntity, { where: { supersedesId: previous.id } })) {
        throw new AppError(
          'CONFLICT',
          'ALREADY_SUPERSEDED',
          'Er is al een nieuwere versie van dit verslag.',
          'id',
        );
      }
      const [{ max }] = await manager.query(
        'SELECT max(version)::int AS max FROM activity_report WHERE activity_id = $1',
        [previous.activityId],
      );
      const saved = await manager.save(
        manager.create(ActivityReportEntity, {
          activityId: previous.activityId,
          version: (max as number) + 1,
          status: 'DRAFT',
          title: input?.title?.trim() ?? previous.title,
          body: input?.body ?? previous.body,
          supersedesId: previous.id,
          sentOn: null,
          approvedOn: null,
          sharedOn: null,
        }),
      );
      await this.audit.record(manager, ctx, {
        entity: 'activity_report',
        entityId: saved.id,
        after: reportSnapshot(saved),
      });
      return ActivityReportType.from(saved);
    });
  }
}
