import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { WMCZ_RIGHTS, type WmczRight } from '@pm/domain';
import { IsEntityId } from '../common/id';
import { reason } from '../common/validation';
import { WmczRightEnum } from './wmcz-subject.type';

const required = (what: string) => reason('TEXT_REQUIRED', `Vul ${what} in.`);
const tooLong = (max: number) => reason('TEXT_TOO_LONG', `Hoogstens ${max} tekens.`);

@InputType('CreateWmczSubjectInput', {
  description:
    'Beheerder: een nieuw catalogusonderwerp, bijvoorbeeld na een wetswijziging. Code en recht liggen daarna vast.',
})
export class CreateWmczSubjectInput {
  @Field({ description: 'Vaste code: hoofdletters, cijfers en _, hoogstens 40 tekens (bijv. ART7_1_X).' })
  @IsString()
  @Matches(/^[A-Z0-9_]{1,40}$/, reason('INVALID_CODE', 'Gebruik hoofdletters, cijfers en _ (hoogstens 40).'))
  code: string;

  @Field(() => WmczRightEnum, { description: 'Het recht van de raad op dit onderwerp.' })
  @IsIn([...WMCZ_RIGHTS], reason('INVALID_RIGHT', 'Kies het recht van de raad.'))
  right: WmczRight;

  @Field()
  @IsString()
  @Matches(/\S/, required('een artikelverwijzing'))
  @MaxLength(200, tooLong(200))
  articleRef: string;

  @Field()
  @IsString()
  @Matches(/\S/, required('een titel'))
  @MaxLength(200, tooLong(200))
  titleNl: string;

  @Field()
  @IsString()
  @Matches(/\S/, required('een titel'))
  @MaxLength(200, tooLong(200))
  titleEn: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000, tooLong(2000))
  explanationNl: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000, tooLong(2000))
  explanationEn: string;

  @Field({ defaultValue: false, description: 'Alleen voor aanbieders met verblijf.' })
  @IsBoolean()
  residentialOnly: boolean;
}

@ArgsType()
export class CreateWmczSubjectArgs {
  @Field(() => CreateWmczSubjectInput)
  @ValidateNested()
  @Type(() => CreateWmczSubjectInput)
  input: CreateWmczSubjectInput;
}

@InputType('UpdateWmczSubjectInput', {
  description: 'Wijzigt teksten en vlaggen van een catalogusonderwerp. Code en recht liggen vast.',
})
export class UpdateWmczSubjectInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/\S/, required('een artikelverwijzing'))
  @MaxLength(200, tooLong(200))
  articleRef?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/\S/, required('een titel'))
  @MaxLength(200, tooLong(200))
  titleNl?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/\S/, required('een titel'))
  @MaxLength(200, tooLong(200))
  titleEn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, tooLong(2000))
  explanationNl?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, tooLong(2000))
  explanationEn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  residentialOnly?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'De versie die u zag; wijkt die af, dan wordt de wijziging geweigerd (STALE_VERSION).',
  })
  @IsOptional()
  @IsInt()
  version?: number;
}

@ArgsType()
export class UpdateWmczSubjectArgs {
  @Field(() => ID)
  @IsEntityId()
  id: string;

  @Field(() => UpdateWmczSubjectInput)
  @ValidateNested()
  @Type(() => UpdateWmczSubjectInput)
  input: UpdateWmczSubjectInput;
}
