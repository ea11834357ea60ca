import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, ValidateNested } from 'class-validator';
import {
  ADVICE_KINDS,
  REQUEST_STATUSES,
  VERDICTS,
  type AdviceKind,
  type CouncilPosition,
  type EscalationRuling,
  type Outcome,
  type RequestStatus,
  type Verdict,
} from '@pm/domain';
import { LocalDate } from '../common/date.scalar';
import { IsEntityId } from '../common/id';
import { PageArgs, Paginated } from '../common/list';
import type { AdviceRequestEntity } from './advice-request.entity';
import {
  AdviceKindEnum,
  CouncilPositionEnum,
  EscalationRulingEnum,
  OutcomeEnum,
  RequestStatusEnum,
  VerdictEnum,
} from './advice-request.enums';

@ObjectType('Timeliness', {
  description:
    'Tijdigheid volgens assessTimeliness (libs/domain), berekend met de datum van vandaag. Regels, de eerste die past telt: ongevraagd advies → NOT_APPLICABLE; ingetrokken → WITHDRAWN; gemeld als niet gevraagd of zonder aanvraagdatum → NOT_REQUESTED; nog geen besluit → OPEN; besloten vóór de aanvraag, of vóór de deadline terwijl de raad nog niet had geantwoord → AFTER_THE_FACT; minder dagen gegeven dan de adviestermijn → SHORT_NOTICE; anders ON_TIME.',
})
export class TimelinessType {
  @Field(() => VerdictEnum)
  verdict: Verdict;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Aanvraagdatum + adviestermijn: de laatste dag waarop de raad kan antwoorden.',
  })
  deadline: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Dagen die de raad kreeg: (geplande besluitdatum, anders besluitdatum) − aanvraagdatum.',
  })
  grantedDays: number | null;

  @Field(() => Int, { nullable: true, description: 'Gegeven dagen − adviestermijn; negatief is te krap.' })
  marginDays: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Deadline − vandaag, alleen zolang het verzoek loopt en de raad nog niet antwoordde; kan negatief zijn.',
  })
  daysLeft: number | null;

  @Field({ description: 'De raad antwoordde na zijn eigen deadline.' })
  councilLate: boolean;
}

@ObjectType('AdviceRequest', {
  description:
    'Registratie in het Wmcz 2018-register: adviesaanvraag, instemmingsverzoek, ongevraagd advies of een melding "niet gevraagd".',
})
export class AdviceRequestType {
  @Field(() => ID)
  id: string;

  @Field(() => AdviceKindEnum)
  kind: AdviceKind;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field(() => RequestStatusEnum)
  status: RequestStatus;

  @Field(() => LocalDate, { nullable: true, description: 'Dag waarop de raad de aanvraag ontving.' })
  requestedOn: string | null;

  @Field(() => Int, {
    description:
      'Adviestermijn (dagen) die gold op de aanvraagdatum, vastgelegd bij het versturen; een latere wijziging verschuift een oude deadline niet.',
  })
  adviceTermDays: number;

  @Field(() => LocalDate, { nullable: true, description: 'Besluitdatum die in de aanvraag staat.' })
  plannedDecisionOn: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Dag waarop de raad zijn standpunt gaf (bij ongevraagd advies: de dag van het advies).',
  })
  councilRespondedOn: string | null;

  @Field(() => CouncilPositionEnum, { nullable: true })
  councilPosition: CouncilPosition | null;

  @Field(() => LocalDate, { nullable: true })
  decidedOn: string | null;

  @Field(() => OutcomeEnum, { nullable: true })
  outcome: Outcome | null;

  @Field(() => LocalDate, { nullable: true })
  decisionCommunicatedOn: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Overleg met de raad vóór het afwijken van zijn advies.',
  })
  consultationHeldOn: string | null;

  @Field({ description: 'De aanbieder gaf een schriftelijke motivering.' })
  writtenReasonsGiven: boolean;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Voorgelegd aan de commissie van vertrouwenslieden.',
  })
  escalatedOn: string | null;

  @Field(() => EscalationRulingEnum)
  escalationRuling: EscalationRuling;

  @Field(() => LocalDate, { nullable: true })
  rulingOn: string | null;

  @Field(() => LocalDate, { nullable: true })
  withdrawnOn: string | null;

  @Field({ description: 'De raad meldt een besluit op een Wmcz-onderwerp waarover hij nooit is gevraagd.' })
  reportedNotRequested: boolean;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Int, {
    description: 'Versie, voor optimistische vergrendeling: stuur mee bij een volgende stap.',
  })
  version: number;

  providerId: number;
  councilId: number;
  subjectId: number;

  static from(e: AdviceRequestEntity): AdviceRequestType {
    return Object.assign(new AdviceRequestType(), {
      id: String(e.id),
      kind: e.kind,
      title: e.title,
      summary: e.summary,
      status: e.status,
      requestedOn: e.requestedOn,
      adviceTermDays: e.adviceTermDays,
      plannedDecisionOn: e.plannedDecisionOn,
      councilRespondedOn: e.councilRespondedOn,
      councilPosition: e.councilPosition,
      decidedOn: e.decidedOn,
      outcome: e.outcome,
      decisionCommunicatedOn: e.decisionCommunicatedOn,
      consultationHeldOn: e.consultationHeldOn,
      writtenReasonsGiven: e.writtenReasonsGiven,
      escalatedOn: e.escalatedOn,
      escalationRuling: e.escalationRuling,
      rulingOn: e.rulingOn,
      withdrawnOn: e.withdrawnOn,
      reportedNotRequested: e.reportedNotRequested,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
      version: e.version,
      providerId: e.providerId,
      councilId: e.councilId,
      subjectId: e.subjectId,
    });
  }
}

@ObjectType('AdviceRequestList')
export class AdviceRequestList extends Paginated(AdviceRequestType, 'AdviceRequestListBase') {}

export const ADVICE_REQUEST_SORTS = ['NEWEST_FIRST', 'DEADLINE_FIRST'] as const;
export type AdviceRequestSort = (typeof ADVICE_REQUEST_SORTS)[number];
export const AdviceRequestSortEnum = {
  NEWEST_FIRST: 'NEWEST_FIRST',
  DEADLINE_FIRST: 'DEADLINE_FIRST',
} as const;
registerEnumType(AdviceRequestSortEnum, {
  name: 'AdviceRequestSort',
  description:
    'NEWEST_FIRST: nieuwste periodedatum eerst; DEADLINE_FIRST: vroegste deadline eerst (zonder deadline achteraan).',
});

@InputType('AdviceRequestFilter', {
  description:
    'Filters, gecombineerd met EN. Periode (from/to) gaat over de periodedatum: de aanvraagdatum; bij ongevraagd advies de datum van het advies; bij een melding "niet gevraagd" de besluitdatum.',
})
export class AdviceRequestFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  providerId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  councilId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Verzoeken van aanbieders die deze gemeente contracteert.',
  })
  @IsOptional()
  @IsEntityId()
  municipalityId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Verzoeken van aanbieders die een gemeente in deze subregio contracteert.',
  })
  @IsOptional()
  @IsEntityId()
  subregionId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  subjectId?: string;

  @Field(() => AdviceKindEnum, { nullable: true })
  @IsOptional()
  @IsIn([...ADVICE_KINDS])
  kind?: AdviceKind;

  @Field(() => VerdictEnum, {
    nullable: true,
    description: 'Concepten hebben geen oordeel en vallen dan weg.',
  })
  @IsOptional()
  @IsIn([...VERDICTS])
  verdict?: Verdict;

  @Field(() => RequestStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn([...REQUEST_STATUSES])
  status?: RequestStatus;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsString()
  from?: string;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsString()
  to?: string;

  @Field({
    nullable: true,
    description:
      'Alleen wat nog op een besluit (of antwoord op ongevraagd advies) wacht en niet is ingetrokken.',
  })
  @IsOptional()
  @IsBoolean()
  openOnly?: boolean;
}

@ArgsType()
export class AdviceRequestsArgs extends PageArgs {
  @Field(() => AdviceRequestFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AdviceRequestFilter)
  filter?: AdviceRequestFilter;

  @Field(() => AdviceRequestSortEnum, { defaultValue: 'NEWEST_FIRST' })
  @IsIn([...ADVICE_REQUEST_SORTS])
  sort: AdviceRequestSort = 'NEWEST_FIRST';
}
