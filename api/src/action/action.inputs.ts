import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ACTION_STATUSES, type ActionStatus } from '@pm/domain';
import { LocalDate } from '../common/date.scalar';
import { IsEntityId } from '../common/id';
import { reason } from '../common/validation';
import { ActionStatusEnum } from '../pillar/programme.enums';

const finite = { allowNaN: false, allowInfinity: false };
const titleMin = reason('TITLE_REQUIRED', 'Vul een titel in.');
const titleMax = reason('TITLE_TOO_LONG', 'Een titel is hoogstens 300 tekens.');
const leadMin = reason('LEAD_ORGANISATION_REQUIRED', 'Vul de trekkende organisatie in.');
const leadMax = reason('LEAD_ORGANISATION_TOO_LONG', 'Een organisatienaam is hoogstens 200 tekens.');
const progressMin = reason('PROGRESS_OUT_OF_RANGE', 'Voortgang is een percentage van 0 tot en met 100.');
const progressMax = progressMin;
const weightMin = reason('NEGATIVE_WEIGHT', 'Een gewicht kan niet negatief zijn.');
const weightMax = reason('WEIGHT_TOO_LARGE', 'Een gewicht is hoogstens 1000.');

@InputType('CreateActionInput')
export class CreateActionInput {
  @Field(() => ID)
  @IsEntityId()
  pillarId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  goalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Hoofdactie, voor een deelactie (één niveau diep).' })
  @IsOptional()
  @IsEntityId()
  parentId?: string | null;

  @Field()
  @IsString()
  @MinLength(1, titleMin)
  @MaxLength(300, titleMax)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  description?: string | null;

  @Field()
  @IsString()
  @MinLength(1, leadMin)
  @MaxLength(200, leadMax)
  leadOrganisation: string;

  @Field(() => ID, { nullable: true, description: 'Verantwoordelijk kerngroeplid.' })
  @IsOptional()
  @IsEntityId()
  responsibleMemberId?: string | null;

  @Field(() => [ID], {
    defaultValue: [],
    description: 'Verdere eigenaren (kerngroepleden van andere organisaties).',
  })
  @ArrayMaxSize(50)
  @IsEntityId({ each: true })
  ownerIds: string[];

  @Field({ defaultValue: false })
  @IsBoolean()
  regionWide: boolean;

  @Field(() => [ID], {
    defaultValue: [],
    description: 'Betrokken gemeenten; leeg als de actie regiobreed is.',
  })
  @ArrayMaxSize(400)
  @IsEntityId({ each: true })
  municipalityIds: string[];

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsString()
  startOn?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsString()
  dueOn?: string | null;

  @Field(() => ActionStatusEnum, { defaultValue: 'IDEA' })
  @IsIn([...ACTION_STATUSES])
  status: ActionStatus;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(finite)
  @Min(0, progressMin)
  @Max(100, progressMax)
  manualProgress?: number | null;

  @Field(() => Float, { defaultValue: 1 })
  @IsNumber(finite)
  @Min(0, weightMin)
  @Max(1000, weightMax)
  weight: number;

  @Field(() => [ID], {
    defaultValue: [],
    description: 'Bijeenkomsten waarvan de inbreng tot deze actie leidde.',
  })
  @ArrayMaxSize(200)
  @IsEntityId({ each: true })
  activityIds: string[];
}

@InputType('UpdateActionInput', {
  description: 'Alleen de meegegeven velden veranderen; null wist een veld.',
})
export class UpdateActionInput {
  @Field(() => Int, { description: 'De versie waarop deze wijziging is gebaseerd.' })
  @IsInt()
  version: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  goalId?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, titleMin)
  @MaxLength(300, titleMax)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  description?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, leadMin)
  @MaxLength(200, leadMax)
  leadOrganisation?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  responsibleMemberId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Vervangt de verdere eigenaren.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsEntityId({ each: true })
  ownerIds?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  regionWide?: boolean;

  @Field(() => [ID], { nullable: true, description: 'Vervangt de betrokken gemeenten.' })
  @IsOptional()
  @ArrayMaxSize(400)
  @IsEntityId({ each: true })
  municipalityIds?: string[];

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsString()
  startOn?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsString()
  dueOn?: string | null;

  @Field(() => ActionStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn([...ACTION_STATUSES])
  status?: ActionStatus;

  @Field(() => Float, { nullable: true, description: 'null wist het handmatige percentage.' })
  @IsOptional()
  @IsNumber(finite)
  @Min(0, progressMin)
  @Max(100, progressMax)
  manualProgress?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(finite)
  @Min(0, weightMin)
  @Max(1000, weightMax)
  weight?: number;
}

@InputType('ActionVersionInput')
export class ActionVersionInput {
  @Field(() => ID)
  @IsEntityId()
  id: string;

  @Field(() => Int, { description: 'De versie die de gebruiker zag.' })
  @IsInt()
  version: number;
}

@InputType('BulkSetActionStatusInput')
export class BulkSetActionStatusInput {
  @Field(() => [ActionVersionInput], { description: 'De selectie; alles of niets.' })
  @ArrayMinSize(1, reason('EMPTY_SELECTION', 'Kies minstens één actie.'))
  @ArrayMaxSize(200, reason('SELECTION_TOO_LARGE', 'Hoogstens 200 acties tegelijk.'))
  @ValidateNested({ each: true })
  @Type(() => ActionVersionInput)
  items: ActionVersionInput[];

  @Field(() => ActionStatusEnum)
  @IsIn([...ACTION_STATUSES])
  status: ActionStatus;
}

@InputType('ActionDependencyInput')
export class ActionDependencyInput {
  @Field(() => ID, { description: 'De actie die blokkeert.' })
  @IsEntityId()
  blockerId: string;

  @Field(() => ID, { description: 'De actie die wacht.' })
  @IsEntityId()
  blockedId: string;
}

@InputType('CreateActionMilestoneInput')
export class CreateActionMilestoneInput {
  @Field(() => ID)
  @IsEntityId()
  actionId: string;

  @Field()
  @IsString()
  @MinLength(1, titleMin)
  @MaxLength(300, titleMax)
  title: string;

  @Field(() => LocalDate)
  @IsString()
  dueOn: string;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsString()
  doneOn?: string | null;
}

@InputType('UpdateActionMilestoneInput')
export class UpdateActionMilestoneInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, titleMin)
  @MaxLength(300, titleMax)
  title?: string;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsString()
  dueOn?: string;

  @Field(() => LocalDate, { nullable: true, description: 'null: weer open.' })
  @IsOptional()
  @IsString()
  doneOn?: string | null;
}

@InputType('ActionActivityInput')
export class ActionActivityInput {
  @Field(() => ID)
  @IsEntityId()
  actionId: string;

  @Field(() => ID)
  @IsEntityId()
  activityId: string;
}

@ArgsType()
export class CreateActionArgs {
  @Field(() => CreateActionInput)
  @ValidateNested()
  @Type(() => CreateActionInput)
  input: CreateActionInput;
}

@ArgsType()
export class UpdateActionArgs {
  @Field(() => ID)
  @IsEntityId()
  id: string;

  @Field(() => UpdateActionInput)
  @ValidateNested()
  @Type(() => UpdateActionInput)
  input: UpdateActionInput;
}

@ArgsType()
export class BulkSetActionStatusArgs {
  @Field(() => BulkSetActionStatusInput)
  @ValidateNested()
  @Type(() => BulkSetActionStatusInput)
  input: BulkSetActionStatusInput;
}

@ArgsType()
export class ActionDependencyArgs {
  @Field(() => ActionDependencyInput)
  @ValidateNested()
  @Type(() => ActionDependencyInput)
  input: ActionDependencyInput;
}

@ArgsType()
export class CreateActionMilestoneArgs {
  @Field(() => CreateActionMilestoneInput)
  @ValidateNested()
  @Type(() => CreateActionMilestoneInput)
  input: CreateActionMilestoneInput;
}

@ArgsType()
export class UpdateActionMilestoneArgs {
  @Field(() => ID)
  @IsEntityId()
  id: string;

  @Field(() => UpdateActionMilestoneInput)
  @ValidateNested()
  @Type(() => UpdateActionMilestoneInput)
  input: UpdateActionMilestoneInput;
}

@ArgsType()
export class ActionActivityArgs {
  @Field(() => ActionActivityInput)
  @ValidateNested()
  @Type(() => ActionActivityInput)
  input: ActionActivityInput;
}
