import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import {
  ACTIVITY_FORMS,
  type ActivityForm,
  isReportEditable,
  isReportVisibleToRegion,
  PARTICIPATION_LEVELS,
  type ParticipationLevel,
  type ReportStatus,
} from '@pm/domain';
import { LocalDate } from '../common/date.scalar';
import { IsEntityId } from '../common/id';
import { PageArgs, Paginated } from '../common/list';
import { ActivityFormEnum, ParticipationLevelEnum, ReportStatusEnum } from '../pillar/programme.enums';
import type { ActivityEntity, ActivityReportEntity } from './activity.entity';

@ObjectType('ParticipantCounts', { description: 'Deelnemers per soort, als aantallen (nooit namen).' })
export class ParticipantCountsType {
  @Field(() => Int)
  youth: number;

  @Field(() => Int)
  parents: number;

  @Field(() => Int)
  professionals: number;

  @Field(() => Int)
  other: number;

  @Field(() => Int)
  total: number;
}

@ObjectType('Activity', { description: 'Participatiebijeenkomst.' })
export class ActivityType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => ActivityFormEnum)
  form: ActivityForm;

  @Field(() => LocalDate)
  heldOn: string;

  @Field({ description: 'Regiobreed (geen gemeente).' })
  regionWide: boolean;

  @Field(() => ParticipantCountsType)
  participants: ParticipantCountsType;

  @Field(() => ParticipationLevelEnum)
  level: ParticipationLevel;

  @Field({ description: 'De deelnemers hoorden terug wat er met hun inbreng is gedaan.' })
  feedbackGiven: boolean;

  @Field(() => String, { nullable: true })
  summary: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  municipalityId: number | null;

  static from(e: ActivityEntity): ActivityType {
    return Object.assign(new ActivityType(), {
      id: String(e.id),
      title: e.title,
      form: e.form,
      heldOn: e.heldOn,
      regionWide: e.municipalityId === null,
      participants: {
        youth: e.participantsYouth,
        parents: e.participantsParents,
        professionals: e.participantsProfessionals,
        other: e.participantsOther,
        total:
          e.participantsYouth + e.participantsParents + e.participantsProfessionals + e.participantsOther,
      },
      level: e.level,
      feedbackGiven: e.feedbackGiven,
      summary: e.summary,
      createdAt: e.createdAt,
      municipalityId: e.municipalityId,
    });
  }
}

@ObjectType('ActivityReport', {
  description:
    'Verslag van een bijeenkomst. Buiten de kerngroep pas zichtbaar na goedkeuring door de deelnemers; daarna niet meer te wijzigen, alleen te vervangen door een nieuwe versie.',
})
export class ActivityReportType {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => ReportStatusEnum)
  status: ReportStatus;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field(() => LocalDate, { nullable: true })
  sentOn: string | null;

  @Field(() => LocalDate, { nullable: true })
  approvedOn: string | null;

  @Field(() => LocalDate, { nullable: true })
  sharedOn: string | null;

  @Field({ description: 'Nog te wijzigen (concept of voorgelegd).' })
  editable: boolean;

  @Field({ description: 'Zichtbaar voor de regio (goedgekeurd of gedeeld).' })
  visibleToRegion: boolean;

  @Field(() => ID, { nullable: true, description: 'De versie die deze vervangt.' })
  supersedesId: string | null;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  @Field(() => Int, {
    description:
      'Wijzigingsnummer voor optimistische vergrendeling: geef het mee bij wijzigen (STALE_VERSION als iemand anders het verslag intussen wijzigde).',
  })
  revision: number;

  activityId: number;

  static from(e: ActivityReportEntity): ActivityReportType {
    return Object.assign(new ActivityReportType(), {
      id: String(e.id),
      version: e.version,
      status: e.status,
      title: e.title,
      body: e.body,
      sentOn: e.sentOn,
      approvedOn: e.approvedOn,
      sharedOn: e.sharedOn,
      editable: isReportEditable(e.status),
      visibleToRegion: isReportVisibleToRegion(e.status),
      supersedesId: e.supersedesId === null ? null : String(e.supersedesId),
      revision: e.revision,
      updatedAt: e.updatedAt,
      activityId: e.activityId,
    });
  }
}

@ObjectType('ActivityList')
export class ActivityList extends Paginated(ActivityType, 'ActivityListBase') {}

@InputType('ActivityFilter')
export class ActivityFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  pillarId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  municipalityId?: string;

  @Field({ nullable: true, description: 'true: alleen regiobrede; false: alleen in een gemeente.' })
  @IsOptional()
  @IsBoolean()
  regionWide?: boolean;

  @Field(() => ActivityFormEnum, { nullable: true })
  @IsOptional()
  @IsIn([...ACTIVITY_FORMS])
  form?: ActivityForm;

  @Field(() => ParticipationLevelEnum, { nullable: true })
  @IsOptional()
  @IsIn([...PARTICIPATION_LEVELS])
  level?: ParticipationLevel;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  feedbackGiven?: boolean;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsString()
  heldFrom?: string;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsString()
  heldTo?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class ActivitiesArgs extends PageArgs {
  @Field(() => ActivityFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActivityFilter)
  filter?: ActivityFilter;
}
