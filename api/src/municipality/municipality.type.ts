import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { LocalDate } from '../common/date.scalar';
import { IsEntityId } from '../common/id';
import { PageArgs, Paginated } from '../common/list';
import type { MunicipalityEntity } from './municipality.entity';

@ObjectType('Municipality', { description: 'Gemeente, met CBS-code (GM + 4 cijfers).' })
export class MunicipalityType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'CBS-gemeentecode, bv. GM0935.' })
  cbsCode: string;

  @Field()
  name: string;

  @Field(() => Int, { description: 'Aantal inwoners (benadering, zie inhabitantsYear).' })
  inhabitants: number;

  @Field(() => Int, { description: 'Peiljaar van het aantal inwoners.' })
  inhabitantsYear: number;

  @Field(() => Int, { nullable: true, description: 'Inwoners van 0–17 jaar.' })
  youthPopulation: number | null;

  @Field(() => LocalDate)
  validFrom: string;

  @Field(() => LocalDate, { nullable: true, description: 'Laatste dag van bestaan (bij herindeling).' })
  validTo: string | null;

  @Field({
    description:
      'Stemde in met publicatie: alleen dan tellen de cijfers van deze gemeente mee in wat het publiek ziet.',
  })
  publishAggregates: boolean;

  subregionId: number;
  successorId: number | null;

  static from(e: MunicipalityEntity): MunicipalityType {
    return Object.assign(new MunicipalityType(), {
      id: String(e.id),
      cbsCode: e.cbsCode,
      name: e.name,
      inhabitants: e.inhabitants,
      inhabitantsYear: e.inhabitantsYear,
      youthPopulation: e.youthPopulation,
      validFrom: e.validFrom,
      validTo: e.validTo,
      subregionId: e.subregionId,
      successorId: e.successorId,
      publishAggregates: e.publishAggregates,
    });
  }
}

@ObjectType('MunicipalityList')
export class MunicipalityList extends Paginated(MunicipalityType, 'MunicipalityListBase') {}

@InputType('MunicipalityFilter')
export class MunicipalityFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  subregionId?: string;

  @Field({ nullable: true, description: 'Deel van de naam of CBS-code.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field({ nullable: true, defaultValue: false, description: 'Ook opgeheven gemeenten (herindeling).' })
  @IsOptional()
  @IsBoolean()
  includeFormer?: boolean;
}

@ArgsType()
export class MunicipalitiesArgs extends PageArgs {
  @Field(() => MunicipalityFilter, { nullable: true })
  @ValidateNested()
  @Type(() => MunicipalityFilter)
  filter?: MunicipalityFilter;
}
