import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsEntityId } from '../common/id';

@ArgsType()
export class GetMunicipalityArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  id?: string;

  @Field({ nullable: true, description: 'CBS-code, bv. GM0935.' })
  @IsOptional()
  @IsString()
  @MaxLength(6)
  cbsCode?: string;
}
