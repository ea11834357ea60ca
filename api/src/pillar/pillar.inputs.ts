import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { INDICATOR_DIRECTIONS, type IndicatorDirection } from '@pm/domain';
import { LocalDate } from '../common/date.scalar';
import { IsEntityId } from '../common/id';
import { reason } from '../common/validation';
import { IndicatorDirectionEnum, IndicatorUnitEnum } from './programme.enums';
import { INDICATOR_UNITS, type IndicatorUnit } from './units';

const finite = { allowNaN: false, allowInfinity: false };
const titleMin = reason('TITLE_REQUIRED', 'Vul een titel in.');
const titleMax = reason('TITLE_TOO_LONG', 'Een titel is hoogstens 300 tekens.');
const weightMin = reason('NEGATIVE_WEIGHT', 'Een gewicht kan niet negatief zijn.');
const weightMax = reason('WEIGHT_TOO_LARGE', 'Een gewicht is hoogstens 1000.');

@InputType('CreateGoalInput')
export class CreateGoalInput {
  @Field(() => ID)
  @IsEntityId()
  pillarId: string;

  @Field()
  @IsString()
  @MinLength(1, titleMin)
  @MaxLength(300, titleMax)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => Float, { defaultValue: 1, description: 'Gewicht in de voortgang van de pijler.' })
  @IsNumber(finite)
  @Min(0, weightMin)
  @Max(1000, weightMax)
  weight: number;
}

@InputType('UpdateGoalInput')
export class UpdateGoalInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, titleMin)
  @MaxLength(300, titleMax)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(finite)
  @Min(0, weightMin)
  @Max(1000, weightMax)
  weight?: number;
}

@InputType('CreateIndicatorInput')
export class CreateIndicatorInput {
  @Field(() => ID)
  @IsEntityId()
  goalId: string;

  @Field()
  @IsString()
  @MinLength(1, titleMin)
  @MaxLength(300, titleMax)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => IndicatorUnitEnum)
  @IsIn([...INDICATOR_UNITS])
  unit: IndicatorUnit;

  @Field(() => IndicatorDirectionEnum)
  @IsIn([...INDICATOR_DIRECTIONS])
  direction: IndicatorDirection;

  @Field(() => Float)
  @IsNumber(finite)
  baselineValue: number;

  @Field(() => LocalDate)
  @IsString()
  baselineOn: string;

  @Field(() => Float)
  @IsNumber(finite)
  targetValue: number;

  @Field(() => LocalDate)
  @IsString()
  targetOn: string;

  @Field(() => ID, { nullable: true, description: 'Leeg voor een regiobrede indicator.' })
  @IsOptional()
  @IsEntityId()
  municipalityId?: string | null;

  @Field(() => Float, { defaultValue: 1, description: 'Gewicht in de voortgang van het doel.' })
  @IsNumber(finite)
  @Min(0, weightMin)
  @Max(1000, weightMax)
  weight: number;

  @Field(() => String, {
    nullable: true,
    description: 'Sleutel van een berekende indicator (zie programmeRules.computedIndicators).',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z][A-Z0-9_]{1,60}$/, reason('UNKNOWN_COMPUTED_INDICATOR', 'Onbekende berekening.'))
  computedKey?: string | null;
}

@InputType('UpdateIndicatorInput')
export class UpdateIndicatorInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, titleMin)
  @MaxLength(300, titleMax)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => IndicatorDirectionEnum, { nullable: true })
  @IsOptional()
  @IsIn([...INDICATOR_DIRECTIONS])
  direction?: IndicatorDirection;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(finite)
  baselineValue?: number;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsString()
  baselineOn?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(finite)
  targetValue?: number;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsString()
  targetOn?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(finite)
  @Min(0, weightMin)
  @Max(1000, weightMax)
  weight?: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'De versie die u zag; is de indicator intussen gewijzigd, dan wordt de wijziging geweigerd (STALE_VERSION).',
  })
  @IsOptional()
  @IsInt()
  version?: number;
}

@InputType('RecordMeasurementInput')
export class RecordMeasurementInput {
  @Field(() => ID)
  @IsEntityId()
  indicatorId: string;

  @Field(() => LocalDate)
  @IsString()
  measuredOn: string;

  @Field(() => Float)
  @IsNumber(finite)
  value: number;

  @Field(() => IndicatorUnitEnum, { description: 'Moet de eenheid van de indicator zijn.' })
  @IsIn([...INDICATOR_UNITS])
  unit: IndicatorUnit;

  @Field({ description: 'Bron, bv. "CBS Jeugdmonitor" of "Enquête cliëntenraden 2025".' })
  @IsString()
  @MinLength(1, reason('SOURCE_REQUIRED', 'Vul de bron van de meting in.'))
  @MaxLength(300, reason('SOURCE_TOO_LONG', 'Een bron is hoogstens 300 tekens.'))
  source: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  provisional: boolean;
}

@InputType('CorrectMeasurementInput')
export class CorrectMeasurementInput {
  @Field(() => Float)
  @IsNumber(finite)
  value: number;

  @Field(() => IndicatorUnitEnum, { description: 'Moet de eenheid van de indicator zijn.' })
  @IsIn([...INDICATOR_UNITS])
  unit: IndicatorUnit;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Leeg: dezelfde datum als de gecorrigeerde meting.',
  })
  @IsOptional()
  @IsString()
  measuredOn?: string;

  @Field({ nullable: true, description: 'Leeg: dezelfde bron.' })
  @IsOptional()
  @IsString()
  @MinLength(1, reason('SOURCE_REQUIRED', 'Vul de bron van de meting in.'))
  @MaxLength(300, reason('SOURCE_TOO_LONG', 'Een bron is hoogstens 300 tekens.'))
  source?: string;

  @Field(() => String, { nullable: true, description: 'Waarom gecorrigeerd.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  provisional: boolean;
}

@ArgsType()
export class CreateGoalArgs {
  @Field(() => CreateGoalInput)
  @ValidateNested()
  @Type(() => CreateGoalInput)
  input: CreateGoalInput;
}

@ArgsType()
export class UpdateGoalArgs {
  @Field(() => ID)
  @IsEntityId()
  id: string;

  @Field(() => UpdateGoalInput)
  @ValidateNested()
  @Type(() => UpdateGoalInput)
  input: UpdateGoalInput;
}

@ArgsType()
export class CreateIndicatorArgs {
  @Field(() => CreateIndicatorInput)
  @ValidateNested()
  @Type(() => CreateIndicatorInput)
  input: CreateIndicatorInput;
}

@ArgsType()
export class UpdateIndicatorArgs {
  @Field(() => ID)
  @IsEntityId()
  id: string;

  @Field(() => UpdateIndicatorInput)
  @ValidateNested()
  @Type(() => UpdateIndicatorInput)
  input: UpdateIndicatorInput;
}

@ArgsType()
export class RecordMeasurementArgs {
  @Field(() => RecordMeasurementInput)
  @ValidateNested()
  @Type(() => RecordMeasurementInput)
  input: RecordMeasurementInput;
}

@ArgsType()
export class CorrectMeasurementArgs {
  @Field(() => ID, { description: 'De meting die wordt gecorrigeerd.' })
  @IsEntityId()
  id: string;

  @Field(() => CorrectMeasurementInput)
  @ValidateNested()
  @Type(() => CorrectMeasurementInput)
  input: CorrectMeasurementInput;
}
