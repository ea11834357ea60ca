import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role } from '@pm/domain';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [K in Role]: K };
registerEnumType(RoleEnum, { name: 'Role', description: 'Rol van een ingelogde gebruiker.' });

@ObjectType('OrganisationRef', { description: 'De organisatie waartoe een gebruiker hoort.' })
export class OrganisationRefType {
  @Field(() => String, { description: 'MUNICIPALITY, PROVIDER of CLIENT_COUNCIL' })
  kind: 'MUNICIPALITY' | 'PROVIDER' | 'CLIENT_COUNCIL';

  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('Me', { description: 'De ingelogde gebruiker.' })
export class MeType {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => OrganisationRefType, { nullable: true })
  organisation: OrganisationRefType | null;
}
