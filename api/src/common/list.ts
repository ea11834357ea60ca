import { type Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 200;

/** One list convention for every list query: skip/take with a hard maximum. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 0, description: 'Aantal items om over te slaan.' })
  @IsInt()
  @Min(0)
  skip = 0;

  @Field(() => Int, { defaultValue: 50, description: `Aantal items (hoogstens ${MAX_PAGE_SIZE}).` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  take = 50;
}

export interface ListResult<T> {
  items: T[];
  totalItems: number;
}

export function Paginated<T>(itemType: Type<T>, name: string) {
  @ObjectType(name, { isAbstract: true })
  abstract class PaginatedList {
    @Field(() => [itemType])
    items: T[];

    @Field(() => Int)
    totalItems: number;
  }
  return PaginatedList;
}
