import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEntityId } from './id';

@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsEntityId()
  id: string;
}
