import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { councilRequired } from '@pm/domain';
import { IsEntityId } from '../common/id';
import { PageArgs, Paginated } from '../common/list';
import type { ProviderEntity } from './provider.entity';

@ObjectType('Provider', { description: 'Jeugdhulpaanbieder (fictief in de demodata).' })
export class ProviderType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'KvK-nummer, 8 cijfers.' })
  kvkNumber: string;

  @Field(() => Int, { description: 'Aantal personen dat zorg verleent.' })
  careWorkers: number;

  @Field({ description: 'Verblijfsvoorziening (art. 7 lid 1 h–i en instemmingsonderwerpen voor verblijf).' })
  residential: boolean;

  @Field({ description: 'Biedt pleegzorg (pleegouderraad).' })
  fosterCare: boolean;

  @Field({
    description: 'Verplicht tot een cliëntenraad: meer dan 10 personen verlenen zorg (art. 3 Wmcz 2018).',
  })
  councilRequired: boolean;

  @Field({
    description:
      'Stemde in met publicatie: alleen dan tellen de cijfers van deze aanbieder mee in wat het publiek ziet.',
  })
  publishAggregates: boolean;

  static from(e: ProviderEntity): ProviderType {
    return Object.assign(new ProviderType(), {
      id: String(e.id),
      name: e.name,
      kvkNumber: e.kvkNumber,
      careWorkers: e.careWorkers,
      residential: e.residential,
      fosterCare: e.fosterCare,
      councilRequired: councilRequired(e.careWorkers),
      publishAggregates: e.publishAggregates,
    });
  }
}

@ObjectType('ProviderList')
export class ProviderList extends Paginated(ProviderType, 'ProviderListBase') {}

@InputType('ProviderFilter')
export class ProviderFilter {
  @Field(() => ID, { nullable: true, description: 'Alleen aanbieders die deze gemeente contracteert.' })
  @IsOptional()
  @IsEntityId()
  municipalityId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  residential?: boolean;

  @Field({ nullable: true, description: 'true: met minstens één cliëntenraad; false: zonder.' })
  @IsOptional()
  @IsBoolean()
  councilPresent?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class ProvidersArgs extends PageArgs {
  @Field(() => ProviderFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProviderFilter)
  filter?: ProviderFilter;
}
