import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, ValidateNested } from 'class-validator';
import { IsEntityId } from '../common/id';
import { reason } from '../common/validation';

export const PUBLISHING_ORGANISATIONS = ['PROVIDER', 'MUNICIPALITY'] as const;
export type PublishingOrganisation = (typeof PUBLISHING_ORGANISATIONS)[number];
export const PublishingOrganisationEnum = { PROVIDER: 'PROVIDER', MUNICIPALITY: 'MUNICIPALITY' } as const;
registerEnumType(PublishingOrganisationEnum, {
  name: 'PublishingOrganisation',
  description: 'Soort organisatie die toestemming geeft voor publicatie van haar cijfers.',
});

@InputType('SetPublicationInput', {
  description:
    'Legt vast of een aanbieder of gemeente heeft ingestemd met publicatie: alleen dan tellen haar cijfers mee in wat het publiek ziet.',
})
export class SetPublicationInput {
  @Field(() => PublishingOrganisationEnum)
  @IsIn([...PUBLISHING_ORGANISATIONS], reason('INVALID_ORGANISATION', 'Kies PROVIDER of MUNICIPALITY.'))
  organisation: PublishingOrganisation;

  @Field(() => ID, { description: 'Id van de aanbieder of gemeente.' })
  @IsEntityId()
  id: string;

  @Field({ description: 'true: cijfers publiek; false: alleen voor ingelogde gebruikers.' })
  @IsBoolean()
  publishAggregates: boolean;
}

@ArgsType()
export class SetPublicationArgs {
  @Field(() => SetPublicationInput)
  @ValidateNested()
  @Type(() => SetPublicationInput)
  input: SetPublicationInput;
}

@ObjectType('Publication', { description: 'De publicatie-instelling van één organisatie.' })
export class PublicationType {
  @Field(() => PublishingOrganisationEnum)
  organisation: PublishingOrganisation;

  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  publishAggregates: boolean;
}
