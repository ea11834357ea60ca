import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ROLES, type Role } from '@pm/domain';
import type { UserEntity } from '../auth/user.entity';
import { RoleEnum } from '../auth/me.type';
import { PageArgs, Paginated } from '../common/list';

@ObjectType('User', { description: 'Gebruiker (alleen zichtbaar voor de beheerder).' })
export class UserType {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => ID, { nullable: true })
  municipalityId: string | null;

  @Field(() => ID, { nullable: true })
  providerId: string | null;

  @Field(() => ID, { nullable: true })
  councilId: string | null;

  @Field({ description: 'Uitgeschakeld: kan niet meer inloggen.' })
  disabled: boolean;

  static from(e: UserEntity): UserType {
    return Object.assign(new UserType(), {
      id: String(e.id),
      email: e.email,
      displayName: e.displayName,
      role: e.role,
      municipalityId: e.municipalityId === null ? null : String(e.municipalityId),
      providerId: e.providerId === null ? null : String(e.providerId),
      councilId: e.councilId === null ? null : String(e.councilId),
      disabled: e.disabledAt !== null,
    });
  }
}

@ObjectType('UserList')
export class UserList extends Paginated(UserType, 'UserListBase') {}

@InputType('UserFilter')
export class UserFilter {
  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  @IsIn([...ROLES])
  role?: Role;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => UserFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserFilter)
  filter?: UserFilter;
}
