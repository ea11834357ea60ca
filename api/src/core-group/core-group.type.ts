import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { CORE_GROUP_SEATS, type CoreGroupSeat } from '@pm/domain';
import { IsEntityId } from '../common/id';
import { reason } from '../common/validation';
import { CoreGroupSeatEnum } from '../pillar/programme.enums';
import type { CoreGroupMemberEntity } from './core-group.entity';

@ObjectType('CoreGroupMember', {
  description:
    'Lid van de kerngroep. Naam en e-mail zijn persoonsgegevens: alleen zichtbaar voor ingelogde gebruikers.',
})
export class CoreGroupMemberType {
  @Field(() => ID)
  id: string;

  @Field(() => CoreGroupSeatEnum)
  seat: CoreGroupSeat;

  @Field({ description: 'De vertegenwoordigde organisatie.' })
  organisation: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field({ description: 'false als het lid de kerngroep heeft verlaten.' })
  active: boolean;

  municipalityId: number | null;
  providerId: number | null;

  static from(e: CoreGroupMemberEntity): CoreGroupMemberType {
    return Object.assign(new CoreGroupMemberType(), {
      id: String(e.id),
      seat: e.seat,
      organisation: e.organisation,
      name: e.name,
      email: e.email,
      active: e.active,
      municipalityId: e.municipalityId,
      providerId: e.providerId,
    });
  }
}

const nameMin = reason('NAME_REQUIRED', 'Vul een naam in.');
const nameMax = reason('NAME_TOO_LONG', 'Een naam is hoogstens 200 tekens.');
const orgMin = reason('ORGANISATION_REQUIRED', 'Vul de organisatie in.');
const orgMax = reason('ORGANISATION_TOO_LONG', 'Een organisatienaam is hoogstens 200 tekens.');
const email = reason('INVALID_EMAIL', 'Vul een geldig e-mailadres in.');

@InputType('CreateCoreGroupMemberInput')
export class CreateCoreGroupMemberInput {
  @Field(() => CoreGroupSeatEnum)
  @IsIn([...CORE_GROUP_SEATS])
  seat: CoreGroupSeat;

  @Field()
  @IsString()
  @MinLength(1, orgMin)
  @MaxLength(200, orgMax)
  organisation: string;

  @Field()
  @IsString()
  @MinLength(1, nameMin)
  @MaxLength(200, nameMax)
  name: string;

  @Field()
  @IsString()
  @IsEmail({}, email)
  @MaxLength(254, email)
  email: string;

  @Field(() => ID, { nullable: true, description: 'Bij een gemeentezetel: de gemeente.' })
  @IsOptional()
  @IsEntityId()
  municipalityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Bij een aanbiederszetel: de aanbieder.' })
  @IsOptional()
  @IsEntityId()
  providerId?: string | null;
}

@InputType('UpdateCoreGroupMemberInput')
export class UpdateCoreGroupMemberInput {
  @Field(() => CoreGroupSeatEnum, { nullable: true })
  @IsOptional()
  @IsIn([...CORE_GROUP_SEATS])
  seat?: CoreGroupSeat;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, orgMin)
  @MaxLength(200, orgMax)
  organisation?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, nameMin)
  @MaxLength(200, nameMax)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsEmail({}, email)
  @MaxLength(254, email)
  email?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@ArgsType()
export class CoreGroupMembersArgs {
  @Field({ defaultValue: false, description: 'Ook oud-leden tonen.' })
  @IsBoolean()
  includeInactive: boolean;
}

@ArgsType()
export class CreateCoreGroupMemberArgs {
  @Field(() => CreateCoreGroupMemberInput)
  @ValidateNested()
  @Type(() => CreateCoreGroupMemberInput)
  input: CreateCoreGroupMemberInput;
}

@ArgsType()
export class UpdateCoreGroupMemberArgs {
  @Field(() => ID)
  @IsEntityId()
  id: string;

  @Field(() => UpdateCoreGroupMemberInput)
  @ValidateNested()
  @Type(() => UpdateCoreGroupMemberInput)
  input: UpdateCoreGroupMemberInput;
}
