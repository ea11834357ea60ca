import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  NotEquals,
  ValidateNested,
} from 'class-validator';
import { ROLES, type Role } from '@pm/domain';
import { RoleEnum } from '../auth/me.type';
import { DEMO_PASSWORD, MIN_PASSWORD_LENGTH } from '../auth/password';
import { IsEntityId } from '../common/id';
import { reason } from '../common/validation';

const passwordRules = [
  MinLength(
    MIN_PASSWORD_LENGTH,
    reason('PASSWORD_TOO_SHORT', `Een wachtwoord heeft minstens ${MIN_PASSWORD_LENGTH} tekens.`),
  ),
  MaxLength(200, reason('PASSWORD_TOO_LONG', 'Een wachtwoord heeft hoogstens 200 tekens.')),
  NotEquals(
    DEMO_PASSWORD,
    reason('PASSWORD_IS_DEMO', 'Dit is het openbare demowachtwoord; kies een eigen wachtwoord.'),
  ),
];
const PasswordRules = () => (target: object, key: string) =>
  passwordRules.forEach((rule) => rule(target, key));

@InputType('CreateUserInput')
export class CreateUserInput {
  @Field()
  @IsEmail({}, reason('INVALID_EMAIL', 'Vul een geldig e-mailadres in.'))
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MinLength(1, reason('NAME_REQUIRED', 'Vul een naam in.'))
  @MaxLength(200)
  displayName: string;

  @Field(() => RoleEnum)
  @IsIn([...ROLES])
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Verplicht voor een beleidsmedewerker.' })
  @IsOptional()
  @IsEntityId()
  municipalityId?: string;

  @Field(() => ID, { nullable: true, description: 'Verplicht voor een bestuurder.' })
  @IsOptional()
  @IsEntityId()
  providerId?: string;

  @Field(() => ID, { nullable: true, description: 'Verplicht voor een lid van een cliëntenraad.' })
  @IsOptional()
  @IsEntityId()
  councilId?: string;

  @Field({ description: `Eerste wachtwoord, minstens ${MIN_PASSWORD_LENGTH} tekens.` })
  @IsString()
  @PasswordRules()
  password: string;
}

@ArgsType()
export class CreateUserArgs {
  @Field(() => CreateUserInput)
  @ValidateNested()
  @Type(() => CreateUserInput)
  input: CreateUserInput;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  currentPassword: string;

  @Field()
  @IsString()
  @PasswordRules()
  newPassword: string;
}
