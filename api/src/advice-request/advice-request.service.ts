import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  assertTransition,
  assessFindings,
  assessTimeliness,
  positionMatchesKind,
  subjectMatchesKind,
  type AdviceKind,
  type FindingCode,
  type FindingsInput,
  type RequestStatus,
} from '@pm/domain';
import { AuditService } from '../audit/audit.service';
import { ClientCouncilEntity } from '../client-council/client-council.entity';
import { ClientCouncilService } from '../client-council/client-council.service';
import { notFound, type RequestContext } from '../common/app-error';
import { Clock } from '../common/clock';
import { toId } from '../common/id';
import { type ListResult, pageWithTotal } from '../common/list';
import type { Loaders } from '../graphql/loaders';
import { assertVersion } from '../common/version';
import { ProviderEntity } from '../provider/provider.entity';
import { WmczSubjectEntity } from '../wmcz-subject/wmcz-subject.entity';
import {
  assertIsParty,
  assertMayActAsBoard,
  assertMayActAsCouncil,
  assertMayRead,
  visibilitySql,
} from './advice-request.access';
import { AdviceRequestEntity } from './advice-request.entity';
import { fromDomain, refuse } from './advice-request.errors';
import { applyEntryToRollup } from './rollup.sql';
import type {
  CreateAdviceRequestInput,
  EscalateAdviceRequestInput,
  FileUnsolicitedAdviceInput,
  RecordCouncilPositionInput,
  RecordDecisionCommunicatedInput,
  RecordDecisionInput,
  RecordEscalationRulingInput,
  ReportNotRequestedInput,
  SendAdviceRequestInput,
  UpdateAdviceRequestDraftInput,
  WithdrawAdviceRequestInput,
} from './advice-request.inputs';
import { type AdviceRequestsArgs, AdviceRequestType, type TimelinessType } from './advice-request.type';
import { periodOnSql, reachedCouncilSql, verdictSql } from './verdict.sql';

/** The Wmcz 2018 entered into force on 1 July 2020; no register date can lie before it. */
export const WMCZ_2018_IN_FORCE = '2020-07-01';

type Entry = Pick<
  AdviceRequestEntity,
  | 'kind'
  | 'requestedOn'
  | 'adviceTermDays'
  | 'plannedDecisionOn'
  | 'councilRespondedOn'
  | 'decidedOn'
  | 'withdrawnOn'
  | 'reportedNotRequested'
  | 'councilPosition'
  | 'outcome'
  | 'consultationHeldOn'
  | 'writtenReasonsGiven'
  | 'escalationRuling'
>;

/** The entry as the pure rules in libs/domain take it. */
export function toFindingsInput(e: Entry): FindingsInput {
  // A freshly created entity leaves unset columns undefined; the rules want null.
  return {
    kind: e.kind,
    requestedOn: e.requestedOn ?? null,
    adviceTermDays: e.adviceTermDays,
    plannedDecisionOn: e.plannedDecisionOn ?? null,
    councilRespondedOn: e.councilRespondedOn ?? null,
    decidedOn: e.decidedOn ?? null,
    withdrawnOn: e.withdrawnOn ?? null,
    reportedNotRequested: e.reportedNotRequested ?? false,
    position: e.councilPosition ?? null,
    outcome: e.outcome ?? null,
    consultationHeldOn: e.consultationHeldOn ?? null,
    writtenReasonsGiven: e.writtenReasonsGiven ?? false,
    escalationRuling: e.escalationRuling ?? 'NONE',
  };
}

/** Mirrors reachedCouncilSql: drafts have not reached the council and get no verdict. */
export function reachedCouncil(e: Pick<Entry, 'requestedOn' | 'kind' | 'reportedNotRequested'>): boolean {
  return e.requestedOn !== null || e.kind === 'UNSOLICITED' || e.reportedNotRequested;
}

/** The date the entry entered the register; mirrors periodOnSql. */
function entryDate(e: Entry): string | null {
  return e.requestedOn ?? e.councilRespondedOn ?? e.decidedOn;
}

function snapshot(e: AdviceRequestEntity): Record<string, unknown> {
  const {
    createdAt: _created,
    updatedAt: _updated,
    version: _version,
    provider: _provider,
    council: _council,
    subject: _subject,
    ...values
  } = e;
  return values;
}

function move(from: RequestStatus, to: RequestStatus): RequestStatus {
  assertTransition(from, to);
  return to;
}

@Injectable()
export class AdviceRequestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly councils: ClientCouncilService,
  ) {}

  // ---------------------------------------------------------------------------------------------
  // Reading

  async list(
    ctx: RequestContext,
    args: AdviceRequestsArgs,
    loaders?: Loaders,
    fields?: ReadonlySet<string>,
  ): Promise<ListResult<AdviceRequestType>> {
    const f = args.filter ?? {};
    if (f.from && f.to && f.to < f.from) throw refuse('PERIOD_REVERSED', 'filter.to');
    const query = this.dataSource.getRepository(AdviceRequestEntity).createQueryBuilder('r');
    const scope = visibilitySql(ctx.actor, 'r');
    if (scope) query.andWhere(scope.sql, scope.params);
    if (f.providerId) query.andWhere('r.provider_id = :providerId', { providerId: toId(f.providerId) });
    if (f.councilId) query.andWhere('r.council_id = :councilId', { councilId: toId(f.councilId) });
    if (f.subjectId) query.andWhere('r.subject_id = :subjectId', { subjectId: toId(f.subjectId) });
    if (f.kind) query.andWhere('r.kind = :kind', { kind: f.kind });
    if (f.status) query.andWhere('r.status = :status', { status: f.status });
    if (f.municipalityId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM provider_contract pc WHERE pc.provider_id = r.provider_id AND pc.municipality_id = :municipalityId)',
        { municipalityId: toId(f.municipalityId) },
      );
    }
    if (f.subregionId) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM provider_contract pc JOIN municipality m ON m.id = pc.municipality_id
                  WHERE pc.provider_id = r.provider_id AND m.subregion_id = :subregionId)`,
        { subregionId: toId(f.subregionId) },
      );
    }
    if (f.verdict)
      query.andWhere(`${reachedCouncilSql('r')} AND ${verdictSql('r')} = :verdict`, { verdict: f.verdict });
    if (f.from) query.andWhere(`${periodOnSql('r')} >= :from`, { from: f.from });
    if (f.to) query.andWhere(`${periodOnSql('r')} <= :to`, { to: f.to });
    if (f.openOnly) query.andWhere('r.decided_on IS NULL AND r.withdrawn_on IS NULL');
    if (args.sort === 'DEADLINE_FIRST') {
      query.orderBy('r.requested_on + r.advice_term_days', 'ASC', 'NULLS LAST').addOrderBy('r.id', 'ASC');
    } else {
      query.orderBy(periodOnSql('r'), 'DESC', 'NULLS FIRST').addOrderBy('r.id', 'DESC');
    }
    // One statement: the page, the provider, council and subject asked for (primed into this
    // request's DataLoaders, so the relation fields send no SQL) and the total (pageWithTotal).
    // A relation nobody asked for is not joined: its columns would travel 50 times for nothing.
    for (const relation of ['provider', 'council', 'subject'] as const) {
      if (!fields || fields.has(relation)) query.leftJoinAndSelect(`r.${relation}`, relation);
    }
    const { entities, totalItems } = await pageWithTotal(query, args);
    for (const row of entities) {
      if (row.provider) loaders?.byId(ProviderEntity).prime(row.providerId, row.provider);
      if (row.council) loaders?.byId(ClientCouncilEntity).prime(row.councilId, row.council);
      if (row.subject) loaders?.byId(WmczSubjectEntity).prime(row.subjectId, row.subject);
    }
    return { items: entities.map(AdviceRequestType.from), totalItems };
  }

  async one(ctx: RequestContext, idRaw: string): Promise<AdviceRequestType> {
    const row = await this.dataSource
      .getRepository(AdviceRequestEntity)
      .findOne({ where: { id: toId(idRaw) } });
    if (!row) throw notFound('Verzoek');
    assertMayRead(ctx.actor, row);
    return AdviceRequestType.from(row);
  }

  /** assessTimeliness with today's date; null for a draft, which has nothing to judge yet. */
  timelinessOf(entry: AdviceRequestType): TimelinessType | null {
    if (!reachedCouncil(entry)) return null;
    return assessTimeliness(toFindingsInput(entry), this.clock.today());
  }

  findingsOf(entry: AdviceRequestType): FindingCode[] {
    if (!reachedCouncil(entry)) return [];
    return assessFindings(toFindingsInput(entry), this.clock.today());
  }

  // ---------------------------------------------------------------------------------------------
  // Checks shared by the steps

  /** A register date that has happened: not after today, not before the Wmcz 2018. */
  private happened(value: string, field: string, today: string): void {
    if (value > today) throw refuse('DATE_IN_FUTURE', field);
    if (value < WMCZ_2018_IN_FORCE) throw refuse('DATE_BEFORE_WMCZ_2018', field);
  }

  private async subjectFor(
    manager: EntityManager,
    subjectIdRaw: string,
    kind: AdviceKind,
    provider: ProviderEntity,
  ): Promise<WmczSubjectEntity> {
    const field = 'input.subjectId';
    const subject = await manager.findOneBy(WmczSubjectEntity, { id: toId(subjectIdRaw) });
    if (!subject) throw refuse('UNKNOWN_SUBJECT', field);
    if (!subject.active) throw refuse('SUBJECT_INACTIVE', field);
    // A consent subject needs a consent request, an advisory one a request for advice (art. 7, 8, 10).
    if (!subjectMatchesKind(subject.right, kind)) throw refuse('SUBJECT_KIND_MISMATCH', field);
    // Art. 7 lid 1 h–i and the residential consent subjects apply only where clients live on site.
    if (subject.residentialOnly && !provider.residential) throw refuse('SUBJECT_NOT_FOR_PROVIDER', field);
    return subject;
  }

  /** A draft's own fields, checked alike when the board creates the draft and when it reworks it. */
  private async draftFields(
    manager: EntityManager,
    input: UpdateAdviceRequestDraftInput | CreateAdviceRequestInput,
    provider: ProviderEntity,
  ): Promise<Pick<AdviceRequestEntity, 'title' | 'summary' | 'subjectId' | 'kind' | 'plannedDecisionOn'>> {
    if (input.kind === 'UNSOLICITED') throw refuse('KIND_NOT_ALLOWED', 'input.kind');
    const subject = await this.subjectFor(manager, input.subjectId, input.kind, provider);
    if (input.plannedDecisionOn && input.plannedDecisionOn < WMCZ_2018_IN_FORCE)
      throw refuse('DATE_BEFORE_WMCZ_2018', 'input.plannedDecisionOn');
    return {
      title: input.title.trim(),
      summary: input.summary.trim(),
      subjectId: subject.id,
      kind: input.kind,
      plannedDecisionOn: input.plannedDecisionOn ?? null,
    };
  }

  private async termOn(manager: EntityManager, councilId: number, date: string): Promise<number> {
    const term = await this.councils.termInForce(manager, councilId, date);
    if (term === null) throw refuse('NO_ADVICE_TERM', 'input.councilId');
    return term;
  }

  private async councilWithProvider(
    manager: EntityManager,
    councilIdRaw: string,
  ): Promise<{ council: ClientCouncilEntity; provider: ProviderEntity }> {
    const council = await manager.findOneBy(ClientCouncilEntity, { id: toId(councilIdRaw) });
    if (!council) throw refuse('UNKNOWN_COUNCIL', 'input.councilId');
    const provider = await manager.findOneByOrFail(ProviderEntity, { id: council.providerId });
    return { council, provider };
  }

  /** Rules the whole entry must satisfy after every step (dates, term), via libs/domain. */
  private checkEntry(entry: Entry): void {
    assessFindings(toFindingsInput(entry), this.clock.today());
  }

  private async insert(ctx: RequestContext, manager: EntityManager, values: Partial<AdviceRequestEntity>) {
    const repo = manager.getRepository(AdviceRequestEntity);
    const entry = repo.create(values);
    this.checkEntry(entry as AdviceRequestEntity);
    const { id } = await repo.save(entry);
    await applyEntryToRollup(manager, id, 1);
    // Read back, so the columns the database filled in (defaults, timestamps, version) are in the answer.
    const saved = await repo.findOneByOrFail({ id });
    await this.audit.record(manager, ctx, { entity: 'advice_request', entityId: id, after: snapshot(saved) });
    return AdviceRequestType.from(saved);
  }

  /**
   * One step on an existing entry, in one transaction: lock the row, check who acts and the version
   * they saw, let `apply` check the step and return the changes, check the whole entry, save, audit.
   */
  private async step(
    ctx: RequestContext,
    idRaw: string,
    version: number | null | undefined,
    authorise: (entry: AdviceRequestEntity) => void,
    apply: (
      entry: AdviceRequestEntity,
      today: string,
      manager: EntityManager,
    ) => Promise<Partial<AdviceRequestEntity>> | Partial<AdviceRequestEntity>,
  ): Promise<AdviceRequestType> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const repo = manager.getRepository(AdviceRequestEntity);
        const current = await repo.findOne({
          where: { id: toId(idRaw) },
          lock: { mode: 'pessimistic_write' },
        });
        if (!current) throw notFound('Verzoek');
        authorise(current);
        assertVersion(current.version, version, () => AdviceRequestType.from(current));
        const changes = await apply(current, this.clock.today(), manager);
        const next = repo.merge(repo.create({ ...current }), changes);
        this.checkEntry(next);
        // The figures rollup: take the entry out as it was, put it back as it is (same transaction).
        await applyEntryToRollup(manager, current.id, -1);
        const saved = await repo.save(next);
        await applyEntryToRollup(manager, saved.id, 1);
        await this.audit.record(manager, ctx, {
          entity: 'advice_request',
          entityId: saved.id,
          before: snapshot(current),
          after: snapshot(saved),
        });
        return AdviceRequestType.from(saved);
      });
    } catch (error) {
      throw fromDomain(error);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The board's steps

  async create(ctx: RequestContext, input: CreateAdviceRequestInput): Promise<AdviceRequestType> {
    const providerId = toId(input.providerId);
    assertMayActAsBoard(ctx.actor, providerId);
    const today = this.clock.today();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const provider = await manager.findOneBy(ProviderEntity, { id: providerId });
        if (!provider) throw refuse('UNKNOWN_PROVIDER', 'input.providerId');
        const councils = await manager.countBy(ClientCouncilEntity, { providerId });
        if (councils === 0) throw refuse('PROVIDER_HAS_NO_COUNCIL', 'input.providerId');
        const { council } = await this.councilWithProvider(manager, input.councilId);
        if (council.providerId !== provider.id) throw refuse('COUNCIL_NOT_OF_PROVIDER', 'input.councilId');
        return this.insert(ctx, manager, {
          ...(await this.draftFields(manager, input, provider)),
          providerId: provider.id,
          councilId: council.id,
          status: 'DRAFT',
          // Replaced by the term in force on the request date when the draft is sent.
          adviceTermDays: await this.termOn(manager, council.id, today),
        });
      });
    } catch (error) {
      throw fromDomain(error);
    }
  }

  /** The board reworks its draft; once sent, the text is what the council received and stays. */
  updateDraft(
    ctx: RequestContext,
    id: string,
    input: UpdateAdviceRequestDraftInput,
  ): Promise<AdviceRequestType> {
    return this.step(
      ctx,
      id,
      input.version,
      (e) => assertMayActAsBoard(ctx.actor, e.providerId),
      async (e, _today, manager) => {
        if (e.status !== 'DRAFT') throw refuse('NOT_A_DRAFT', 'id');
        const provider = await manager.findOneByOrFail(ProviderEntity, { id: e.providerId });
        return this.draftFields(manager, input, provider);
      },
    );
  }

  send(ctx: RequestContext, id: string, input: SendAdviceRequestInput): Promise<AdviceRequestType> {
    return this.step(
      ctx,
      id,
      input.version,
      (e) => assertMayActAsBoard(ctx.actor, e.providerId),
      async (e, today, manager) => {
        const status = move(e.status, 'SENT');
        this.happened(input.requestedOn, 'input.requestedOn', today);
        const planned = input.plannedDecisionOn ?? e.plannedDecisionOn;
        if (planned !== null && planned < input.requestedOn) {
          throw refuse('PLANNED_DECISION_BEFORE_REQUEST', 'input.plannedDecisionOn');
        }
        return {
          status,
          requestedOn: input.requestedOn,
          plannedDecisionOn: planned,
          // The term in force on the day the council received the request (advice_term history).
          adviceTermDays: await this.termOn(manager, e.councilId, input.requestedOn),
        };
      },
    );
  }

  recordDecision(ctx: RequestContext, id: string, input: RecordDecisionInput): Promise<AdviceRequestType> {
    return this.step(
      ctx,
      id,
      input.version,
      (e) => assertMayActAsBoard(ctx.actor, e.providerId),
      (e, today) => {
        if (e.status === 'ESCALATED' && e.escalationRuling === 'PENDING')
          throw refuse('RULING_PENDING', 'id');
        const status = move(e.status, 'DECIDED');
        // A decision dated before the request is not refused: it is recorded and judged AFTER_THE_FACT.
        this.happened(input.decidedOn, 'input.decidedOn', today);
        if (input.consultationHeldOn)
          this.happened(input.consultationHeldOn, 'input.consultationHeldOn', today);
        if (input.outcome && e.councilPosition === null)
          throw refuse('OUTCOME_WITHOUT_POSITION', 'input.outcome');
        return {
          status,
          decidedOn: input.decidedOn,
          outcome: input.outcome ?? null,
          consultationHeldOn: input.consultationHeldOn ?? null,
          writtenReasonsGiven: input.writtenReasonsGiven,
        };
      },
    );
  }

  recordDecisionCommunicated(
    ctx: RequestContext,
    id: string,
    input: RecordDecisionCommunicatedInput,
  ): Promise<AdviceRequestType> {
    return this.step(
      ctx,
      id,
      input.version,
      (e) => assertMayActAsBoard(ctx.actor, e.providerId),
      (e, today) => {
        const status = move(e.status, 'COMMUNICATED');
        const field = 'input.decisionCommunicatedOn';
        this.happened(input.decisionCommunicatedOn, field, today);
        if (e.decidedOn !== null && input.decisionCommunicatedOn < e.decidedOn)
          throw refuse('COMMUNICATION_BEFORE_DECISION', field);
        return { status, decisionCommunicatedOn: input.decisionCommunicatedOn };
      },
    );
  }

  /** The board withdraws its requests; a council withdraws its own unsolicited advice. */
  withdraw(ctx: RequestContext, id: string, input: WithdrawAdviceRequestInput): Promise<AdviceRequestType> {
    return this.step(
      ctx,
      id,
      input.version,
      (e) => {
        if (e.kind !== 'UNSOLICITED') return assertMayActAsBoard(ctx.actor, e.providerId);
        assertMayRead(ctx.actor, e);
        assertMayActAsCouncil(ctx.actor, e.councilId);
      },
      (e, today) => {
        const status = move(e.status, 'WITHDRAWN');
        this.happened(input.withdrawnOn, 'input.withdrawnOn', today);
        const since = entryDate(e);
        if (since !== null && input.withdrawnOn < since)
          throw refuse('WITHDRAWAL_BEFORE_ENTRY', 'input.withdrawnOn');
        return { status, withdrawnOn: input.withdrawnOn };
      },
    );
  }

  // ---------------------------------------------------------------------------------------------
  // The council's steps

  recordPosition(
    ctx: RequestContext,
    id: string,
    input: RecordCouncilPositionInput,
  ): Promise<AdviceRequestType> {
    return this.step(
      ctx,
      id,
      input.version,
      (e) => {
        assertMayRead(ctx.actor, e);
        assertMayActAsCouncil(ctx.actor, e.councilId);
      },
      (e, today) => {
        if (e.councilPosition !== null) throw refuse('POSITION_ALREADY_RECORDED', 'input.position');
        if (e.reportedNotRequested) throw refuse('INVALID_TRANSITION', 'id');
        // The council may still answer after the board decided without waiting; the entry stays decided.
        const status =
          e.status === 'DECIDED' || e.status === 'COMMUNICATED' ? e.status : move(e.status, 'RESPONDED');
        if (!positionMatchesKind(input.position, e.kind))
          throw refuse('POSITION_NOT_FOR_KIND', 'input.position');
        this.happened(input.councilRespondedOn, 'input.councilRespondedOn', today);
        if (e.requestedOn !== null && input.councilRespondedOn < e.requestedOn)
          throw refuse('RESPONSE_BEFORE_REQUEST', 'input.councilRespondedOn');
        return { status, councilPosition: input.position, councilRespondedOn: input.councilRespondedOn };
      },
    );
  }

  async fileUnsolicitedAdvice(
    ctx: RequestContext,
    input: FileUnsolicitedAdviceInput,
  ): Promise<AdviceRequestType> {
    assertMayActAsCouncil(ctx.actor, toId(input.councilId));
    const today = this.clock.today();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const { council, provider } = await this.councilWithProvider(manager, input.councilId);
        const subject = await this.subjectFor(manager, input.subjectId, 'UNSOLICITED', provider);
        if (!positionMatchesKind(input.position, 'UNSOLICITED'))
          throw refuse('POSITION_NOT_FOR_KIND', 'input.position');
        this.happened(input.councilRespondedOn, 'input.councilRespondedOn', today);
        return this.insert(ctx, manager, {
          providerId: provider.id,
          councilId: council.id,
          subjectId: subject.id,
          kind: 'UNSOLICITED',
          title: input.title.trim(),
          summary: input.summary.trim(),
          status: 'RESPONDED',
          councilPosition: input.position,
          councilRespondedOn: input.councilRespondedOn,
          adviceTermDays: await this.termOn(manager, council.id, input.councilRespondedOn),
        });
      });
    } catch (error) {
      throw fromDomain(error);
    }
  }

  async reportNotRequested(ctx: RequestContext, input: ReportNotRequestedInput): Promise<AdviceRequestType> {
    assertMayActAsCouncil(ctx.actor, toId(input.councilId));
    // Unsolicited advice needs no request, so it cannot have been "not requested".
    if (input.kind === 'UNSOLICITED') throw refuse('KIND_NOT_ALLOWED', 'input.kind');
    const today = this.clock.today();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const { council, provider } = await this.councilWithProvider(manager, input.councilId);
        const subject = await this.subjectFor(manager, input.subjectId, input.kind, provider);
        this.happened(input.decidedOn, 'input.decidedOn', today);
        return this.insert(ctx, manager, {
          providerId: provider.id,
          councilId: council.id,
          subjectId: subject.id,
          kind: input.kind,
          title: input.title.trim(),
          summary: input.summary.trim(),
          status: 'DECIDED',
          decidedOn: input.decidedOn,
          reportedNotRequested: true,
          adviceTermDays: await this.termOn(manager, council.id, input.decidedOn),
        });
      });
    } catch (error) {
      throw fromDomain(error);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The commissie van vertrouwenslieden: either party takes a dispute there; either records the ruling.

  escalate(ctx: RequestContext, id: string, input: EscalateAdviceRequestInput): Promise<AdviceRequestType> {
    return this.step(
      ctx,
      id,
      input.version,
      (e) => {
        // A council member must not learn of the board's drafts, even through a refused step.
        assertMayRead(ctx.actor, e);
        assertIsParty(ctx.actor, e);
      },
      (e, today) => {
        if (e.escalatedOn !== null) throw refuse('ALREADY_ESCALATED', 'id');
        const status = move(e.status, 'ESCALATED');
        this.happened(input.escalatedOn, 'input.escalatedOn', today);
        const since = entryDate(e);
        if (since !== null && input.escalatedOn < since)
          throw refuse('ESCALATION_BEFORE_ENTRY', 'input.escalatedOn');
        return { status, escalatedOn: input.escalatedOn, escalationRuling: 'PENDING' };
      },
    );
  }

  recordEscalationRuling(
    ctx: RequestContext,
    id: string,
    input: RecordEscalationRulingInput,
  ): Promise<AdviceRequestType> {
    return this.step(
      ctx,
      id,
      input.version,
      (e) => {
        // A council member must not learn of the board's drafts, even through a refused step.
        assertMayRead(ctx.actor, e);
        assertIsParty(ctx.actor, e);
      },
      (e, today) => {
        if (e.escalationRuling !== 'NONE' && e.escalationRuling !== 'PENDING')
          throw refuse('RULING_ALREADY_RECORDED', 'input.ruling');
        if (e.status !== 'ESCALATED') throw refuse('INVALID_TRANSITION', 'id');
        const substitute =
          input.ruling === 'SUBSTITUTE_CONSENT_GRANTED' || input.ruling === 'SUBSTITUTE_CONSENT_REFUSED';
        if (substitute && e.kind !== 'CONSENT') throw refuse('RULING_NOT_FOR_KIND', 'input.ruling');
        this.happened(input.rulingOn, 'input.rulingOn', today);
        if (e.escalatedOn !== null && input.rulingOn < e.escalatedOn)
          throw refuse('RULING_BEFORE_ESCALATION', 'input.rulingOn');
        // The ruling settles the dispute: an entry decided before it went to the committee returns as
        // decided; one without a decision stays with the committee's ruling until the board decides.
        const status = e.decidedOn !== null ? move(e.status, 'DECIDED') : e.status;
        return { status, escalationRuling: input.ruling, rulingOn: input.rulingOn };
      },
    );
  }
}
