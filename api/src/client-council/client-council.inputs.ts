import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
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
import { ADVICE_TERM_MAX_DAYS, ADVICE_TERM_MIN_DAYS, COUNCIL_KINDS, type CouncilKind } from '@pm/domain';
import { LocalDate } from '../common/date.scalar';
import { IsEntityId } from '../common/id';
import { reason } from '../common/validation';
import { CouncilKindEnum } from './client-council.type';

const termMin = reason('INVALID_ADVICE_TERM', `De adviestermijn is minstens ${ADVICE_TERM_MIN_DAYS} dag.`);
const termMax = reason('INVALID_ADVICE_TERM', `De adviestermijn is hoogstens ${ADVICE_TERM_MAX_DAYS} dagen.`);
const seatMin = reason('NEGATIVE_SEATS', 'Een aantal zetels kan niet negatief zijn.');

@InputType('SeatCountsInput')
export class SeatCountsInput {
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0, seatMin) @Max(1000) youthFilled: number;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0, seatMin) @Max(1000) youthVacant: number;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0, seatMin) @Max(1000) parentFilled: number;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0, seatMin) @Max(1000) parentVacant: number;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0, seatMin) @Max(1000) otherFilled: number;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0, seatMin) @Max(1000) otherVacant: number;
}

@InputType('CreateClientCouncilInput')
export class CreateClientCouncilInput {
  @Field(() => ID)
  @IsEntityId()
  providerId: string;

  @Field()
  @IsString()
  @MinLength(1, reason('NAME_REQUIRED', 'Vul een naam in.'))
  @MaxLength(200, reason('NAME_TOO_LONG', 'Een naam is hoogstens 200 tekens.'))
  name: string;

  @Field(() => CouncilKindEnum)
  @IsIn([...COUNCIL_KINDS])
  kind: CouncilKind;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsString()
  establishedOn?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsString()
  regulationAdoptedOn?: string | null;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0, reason('INVALID_MEETINGS_PER_YEAR', 'Het aantal vergaderingen kan niet negatief zijn.'))
  @Max(366, reason('INVALID_MEETINGS_PER_YEAR', 'Hoogstens 366 vergaderingen per jaar.'))
  meetingsPerYear: number;

  @Field(() => SeatCountsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SeatCountsInput)
  seats?: SeatCountsInput;

  @Field({ defaultValue: false })
  @IsBoolean()
  hasSupportOfficer: boolean;

  @Field(() => Int, { description: 'Adviestermijn in dagen volgens de medezeggenschapsregeling.' })
  @IsInt()
  @Min(ADVICE_TERM_MIN_DAYS, termMin)
  @Max(ADVICE_TERM_MAX_DAYS, termMax)
  adviceTermDays: number;

  @Field(() => LocalDate, { description: 'Vanaf wanneer die termijn geldt.' })
  @IsString()
  adviceTermValidFrom: string;
}

@InputType('UpdateClientCouncilInput')
export class UpdateClientCouncilInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, reason('NAME_REQUIRED', 'Vul een naam in.'))
  @MaxLength(200, reason('NAME_TOO_LONG', 'Een naam is hoogstens 200 tekens.'))
  name?: string;

  @Field(() => CouncilKindEnum, { nullable: true })
  @IsOptional()
  @IsIn([...COUNCIL_KINDS])
  kind?: CouncilKind;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsString()
  establishedOn?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsString()
  regulationAdoptedOn?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, reason('INVALID_MEETINGS_PER_YEAR', 'Het aantal vergaderingen kan niet negatief zijn.'))
  @Max(366, reason('INVALID_MEETINGS_PER_YEAR', 'Hoogstens 366 vergaderingen per jaar.'))
  meetingsPerYear?: number;

  @Field(() => SeatCountsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SeatCountsInput)
  seats?: SeatCountsInput;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  hasSupportOfficer?: boolean;
}

@InputType('SetAdviceTermInput')
export class SetAdviceTermInput {
  @Field(() => ID)
  @IsEntityId()
  councilId: string;

  @Field(() => Int)
  @IsInt()
  @Min(ADVICE_TERM_MIN_DAYS, termMin)
  @Max(ADVICE_TERM_MAX_DAYS, termMax)
  termDays: number;

  @Field(() => LocalDate)
  @IsString()
  validFrom: string;
}

@ArgsType()
export class CreateClientCouncilArgs {
  @Field(() => CreateClientCouncilInput)
  @ValidateNested()
  @Type(() => CreateClientCouncilInput)
  input: CreateClientCouncilInput;
}

@ArgsType()
export class UpdateClientCouncilArgs {
  @Field(() => ID)
  @IsEntityId()
  id: string;

  @Field(() => UpdateClientCouncilInput)
  @ValidateNested()
  @Type(() => UpdateClientCouncilInput)
  input: UpdateClientCouncilInput;
}

@ArgsType()
export class SetAdviceTermArgs {
  @Field(() => SetAdviceTermInput)
  @ValidateNested()
  @Type(() => SetAdviceTermInput)
  input: SetAdviceTermInput;
}

@ArgsType()
export class AdviceTermOnArgs {
  @Field(() => LocalDate)
  @IsString()
  date: string;
}
