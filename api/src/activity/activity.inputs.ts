import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  ACTIVITY_FORMS,
  type ActivityForm,
  PARTICIPATION_LEVELS,
  type ParticipationLevel,
  REPORT_STATUSES,
  type ReportStatus,
} from '@pm/domain';
import { LocalDate } from '../common/date.scalar';
import { IsEntityId } from '../common/id';
import { reason } from '../common/validation';
import { ActivityFormEnum, ParticipationLevelEnum, ReportStatusEnum } from '../pillar/programme.enums';

const countMin = reason('NEGATIVE_PARTICIPANTS', 'Een aantal deelnemers kan niet negatief zijn.');
const countMax = reason('TOO_MANY_PARTICIPANTS', 'Een aantal deelnemers is hoogstens 100.000.');
const titleMin = reason('TITLE_REQUIRED', 'Vul een titel in.');
const titleMax = reason('TITLE_TOO_LONG', 'Een titel is hoogstens 300 tekens.');
const pillarMin = reason('PILLAR_REQUIRED', 'Kies minstens één pijler.');

@InputType('ParticipantCountsInput', { description: 'Aantallen per soort deelnemer; nooit namen.' })
export class ParticipantCountsInput {
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0, countMin) @Max(100_000, countMax) youth: number;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0, countMin) @Max(100_000, countMax) parents: number;
  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0, countMin)
  @Max(100_000, countMax)
  professionals: number;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0, countMin) @Max(100_000, countMax) other: number;
}

@InputType('CreateActivityInput')
export class CreateActivityInput {
  @Field()
  @IsString()
  @MinLength(1, titleMin)
  @MaxLength(300, titleMax)
  title: string;

  @Field(() => ActivityFormEnum)
  @IsIn([...ACTIVITY_FORMS])
  form: ActivityForm;

  @Field(() => LocalDate)
  @IsString()
  heldOn: string;

  @Field(() => ID, { nullable: true, description: 'Leeg voor een regiobrede bijeenkomst.' })
  @IsOptional()
  @IsEntityId()
  municipalityId?: string | null;

  @Field(() => [ID])
  @ArrayMinSize(1, pillarMin)
  @ArrayMaxSize(20)
  @IsEntityId({ each: true })
  pillarIds: string[];

  @Field(() => ParticipantCountsInput)
  @ValidateNested()
  @Type(() => ParticipantCountsInput)
  participants: ParticipantCountsInput;

  @Field(() => ParticipationLevelEnum)
  @IsIn([...PARTICIPATION_LEVELS])
  level: ParticipationLevel;

  @Field({ defaultValue: false })
  @IsBoolean()
  feedbackGiven: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  summary?: string | null;
}

@InputType('UpdateActivityInput')
export class UpdateActivityInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, titleMin)
  @MaxLength(300, titleMax)
  title?: string;

  @Field(() => ActivityFormEnum, { nullable: true })
  @IsOptional()
  @IsIn([...ACTIVITY_FORMS])
  form?: ActivityForm;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsString()
  heldOn?: string;

  @Field(() => ID, { nullable: true, description: 'null: regiobreed.' })
  @IsOptional()
  @IsEntityId()
  municipalityId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Vervangt de pijlers.' })
  @IsOptional()
  @ArrayMinSize(1, pillarMin)
  @ArrayMaxSize(20)
  @IsEntityId({ each: true })
  pillarIds?: string[];

  @Field(() => ParticipantCountsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ParticipantCountsInput)
  participants?: ParticipantCountsInput;

  @Field(() => ParticipationLevelEnum, { nullable: true })
  @IsOptional()
  @IsIn([...PARTICIPATION_LEVELS])
  level?: ParticipationLevel;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  feedbackGiven?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  summary?: string | null;
}

@InputType('CreateActivityReportInput')
export class CreateActivityReportInput {
  @Field(() => ID)
  @IsEntityId()
  activityId: string;

  @Field()
  @IsString()
  @MinLength(1, titleMin)
  @MaxLength(300, titleMax)
  title: string;

  @Field({ description: 'Het verslag, zonder namen van deelnemers.' })
  @IsString()
  @MaxLength(100_000)
  body: string;
}

@InputType('UpdateActivityReportInput')
export class UpdateActivityReportInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, titleMin)
  @MaxLength(300, titleMax)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100_000)
  body?: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Het wijzigingsnummer (revision) dat u zag; is het verslag intussen gewijzigd, dan wordt de wijziging geweigerd (STALE_VERSION).',
  })
  @IsOptional()
  @IsInt()
  revision?: number;
}

@InputType('SetActivityReportStatusInput')
export class SetActivityReportStatusInput {
  @Field(() => ReportStatusEnum)
  @IsIn([...REPORT_STATUSES])
  status: ReportStatus;

  @Field(() => LocalDate, { nullable: true, description: 'Datum van de stap; standaard vandaag.' })
  @IsOptional()
  @IsString()
  on?: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Het wijzigingsnummer (revision) dat u zag; is het verslag intussen gewijzigd, dan wordt de stap geweigerd (STALE_VERSION).',
  })
  @IsOptional()
  @IsInt()
  revision?: number;
}

@ArgsType()
export class CreateActivityArgs {
  @Field(() => CreateActivityInput)
  @ValidateNested()
  @Type(() => CreateActivityInput)
  input: CreateActivityInput;
}

@ArgsType()
export class UpdateActivityArgs {
  @Field(() => ID)
  @IsEntityId()
  id: string;

  @Field(() => UpdateActivityInput)
  @ValidateNested()
  @Type(() => UpdateActivityInput)
  input: UpdateActivityInput;
}

@ArgsType()
export class CreateActivityReportArgs {
  @Field(() => CreateActivityReportInput)
  @ValidateNested()
  @Type(() => CreateActivityReportInput)
  input: CreateActivityReportInput;
}

@ArgsType()
export class UpdateActivityReportArgs {
  @Field(() => ID)
  @IsEntityId()
  id: string;

  @Field(() => UpdateActivityReportInput)
  @ValidateNested()
  @Type(() => UpdateActivityReportInput)
  input: UpdateActivityReportInput;
}

@ArgsType()
export class SetActivityReportStatusArgs {
  @Field(() => ID)
  @IsEntityId()
  id: string;

  @Field(() => SetActivityReportStatusInput)
  @ValidateNested()
  @Type(() => SetActivityReportStatusInput)
  input: SetActivityReportStatusInput;
}

@ArgsType()
export class SupersedeActivityReportArgs {
  @Field(() => ID, { description: 'Het goedgekeurde verslag dat wordt vervangen.' })
  @IsEntityId()
  id: string;

  @Field(() => UpdateActivityReportInput, {
    nullable: true,
    description: 'Titel en tekst van de nieuwe versie; leeg = kopie van de vorige.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => UpdateActivityReportInput)
  input?: UpdateActivityReportInput;
}
