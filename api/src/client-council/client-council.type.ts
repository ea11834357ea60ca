import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { COUNCIL_KINDS, type CouncilKind } from '@pm/domain';
import { LocalDate } from '../common/date.scalar';
import { IsEntityId } from '../common/id';
import { PageArgs, Paginated } from '../common/list';
import type { AdviceTermEntity, ClientCouncilEntity } from './client-council.entity';

export const CouncilKindEnum = Object.fromEntries(COUNCIL_KINDS.map((k) => [k, k])) as {
  [K in CouncilKind]: K;
};
registerEnumType(CouncilKindEnum, { name: 'CouncilKind', description: 'Soort raad.' });

@ObjectType('SeatCounts', {
  description: 'Zetels per soort lid, als aantallen (leden worden nooit bij naam vastgelegd).',
})
export class SeatCountsType {
  @Field(() => Int)
  youthFilled: number;

  @Field(() => Int)
  youthVacant: number;

  @Field(() => Int)
  parentFilled: number;

  @Field(() => Int)
  parentVacant: number;

  @Field(() => Int)
  otherFilled: number;

  @Field(() => Int)
  otherVacant: number;
}

@ObjectType('AdviceTerm', {
  description: 'Adviestermijn uit de medezeggenschapsregeling, geldig vanaf een datum.',
})
export class AdviceTermType {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Termijn in kalenderdagen (1–365).' })
  termDays: number;

  @Field(() => LocalDate)
  validFrom: string;

  static from(e: AdviceTermEntity): AdviceTermType {
    return Object.assign(new AdviceTermType(), {
      id: String(e.id),
      termDays: e.termDays,
      validFrom: e.validFrom,
    });
  }
}

@ObjectType('ClientCouncil', {
  description: 'Cliëntenraad (of jongeren-, ouder-, pleegouder- of centrale raad).',
})
export class ClientCouncilType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => CouncilKindEnum)
  kind: CouncilKind;

  @Field(() => LocalDate, { nullable: true })
  establishedOn: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Datum waarop de medezeggenschapsregeling is vastgesteld.',
  })
  regulationAdoptedOn: string | null;

  @Field(() => Int)
  meetingsPerYear: number;

  @Field(() => SeatCountsType)
  seats: SeatCountsType;

  @Field({ description: 'Heeft een onafhankelijke ondersteuner.' })
  hasSupportOfficer: boolean;

  providerId: number;

  static from(e: ClientCouncilEntity): ClientCouncilType {
    return Object.assign(new ClientCouncilType(), {
      id: String(e.id),
      name: e.name,
      kind: e.kind,
      establishedOn: e.establishedOn,
      regulationAdoptedOn: e.regulationAdoptedOn,
      meetingsPerYear: e.meetingsPerYear,
      hasSupportOfficer: e.hasSupportOfficer,
      providerId: e.providerId,
      seats: {
        youthFilled: e.seatsYouthFilled,
        youthVacant: e.seatsYouthVacant,
        parentFilled: e.seatsParentFilled,
        parentVacant: e.seatsParentVacant,
        otherFilled: e.seatsOtherFilled,
        otherVacant: e.seatsOtherVacant,
      },
    });
  }
}

@ObjectType('ClientCouncilList')
export class ClientCouncilList extends Paginated(ClientCouncilType, 'ClientCouncilListBase') {}

@InputType('ClientCouncilFilter')
export class ClientCouncilFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  providerId?: string;
}

@ArgsType()
export class ClientCouncilsArgs extends PageArgs {
  @Field(() => ClientCouncilFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ClientCouncilFilter)
  filter?: ClientCouncilFilter;
}
