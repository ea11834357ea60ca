import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsEntityId } from '../common/id';
import { reason } from '../common/validation';

const required = (what: string) => reason('TEXT_REQUIRED', `Vul ${what} in.`);
const tooLong = (max: number) => reason('TEXT_TOO_LONG', `Hoogstens ${max} tekens.`);

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
