import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsEntityId } from '../common/id';
import { reason } from '../common/validation';

@InputType('CreateProviderInput')
export class CreateProviderInput {
  @Field()
  @IsString()
  @MinLength(1, reason('NAME_REQUIRED', 'Vul een naam in.'))
  @MaxLength(200, reason('NAME_TOO_LONG', 'Een naam is hoogstens 200 tekens.'))
  name: string;

  @Field({ description: 'KvK-nummer: precies 8 cijfers.' })
  @IsString()
  @Matches(/^[0-9]{8}$/, reason('INVALID_KVK_NUMBER', 'Een KvK-nummer bestaat uit precies 8 cijfers.'))
  kvkNumber: string;

  @Field(() => Int)
  @IsInt()
  @Min(0, reason('NEGATIVE_CARE_WORKERS', 'Het aantal zorgverleners kan niet negatief zijn.'))
  @Max(1_000_000, reason('TOO_MANY_CARE_WORKERS', 'Het aantal zorgverleners is onwaarschijnlijk groot.'))
  careWorkers: number;

  @Field({ defaultValue: false })
  @IsBoolean()
  residential: boolean;

  @Field({ defaultValue: false })
  @IsBoolean()
  fosterCare: boolean;

  @Field(() => [ID], { defaultValue: [], description: 'Gemeenten die deze aanbieder contracteren.' })
  @ArrayMaxSize(400)
  @IsEntityId({ each: true })
  municipalityIds: string[];
}

@InputType('UpdateProviderInput')
export class UpdateProviderInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, reason('NAME_REQUIRED', 'Vul een naam in.'))
  @MaxLength(200, reason('NAME_TOO_LONG', 'Een naam is hoogstens 200 tekens.'))
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9]{8}$/, reason('INVALID_KVK_NUMBER', 'Een KvK-nummer bestaat uit precies 8 cijfers.'))
  kvkNumber?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, reason('NEGATIVE_CARE_WORKERS', 'Het aantal zorgverleners kan niet negatief zijn.'))
  @Max(1_000_000, reason('TOO_MANY_CARE_WORKERS', 'Het aantal zorgverleners is onwaarschijnlijk groot.'))
  careWorkers?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  residential?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  fosterCare?: boolean;

  @Field(() => [ID], { nullable: true, description: 'Vervangt de lijst contracterende gemeenten.' })
  @IsOptional()
  @ArrayMaxSize(400)
  @IsEntityId({ each: true })
  municipalityIds?: string[];
}

@ArgsType()
export class CreateProviderArgs {
  @Field(() => CreateProviderInput)
  @ValidateNested()
  @Type(() => CreateProviderInput)
  input: CreateProviderInput;
}

@ArgsType()
export class UpdateProviderArgs {
  @Field(() => ID)
  @IsEntityId()
  id: string;

  @Field(() => UpdateProviderInput)
  @ValidateNested()
  @Type(() => UpdateProviderInput)
  input: UpdateProviderInput;
}
