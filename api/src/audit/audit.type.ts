import { ArgsType, Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import GraphQLJSON from '../common/json.scalar';
import { LocalDate } from '../common/date.scalar';
import { IsEntityId } from '../common/id';
import { PageArgs, Paginated } from '../common/list';
import type { AuditLogEntity } from './audit.entity';

@ObjectType('AuditEntry', { description: 'Eén regel uit de audittrail (alleen toevoegen, nooit wijzigen).' })
export class AuditEntryType {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime, { description: 'Tijdstip.' })
  occurredAt: Date;

  @Field(() => ID, { nullable: true, description: 'Actor (gebruiker); leeg voor het systeem.' })
  userId: string | null;

  @Field(() => String, { nullable: true })
  role: string | null;

  @Field(() => String, { nullable: true })
  organisation: string | null;

  @Field({ description: 'Actie: de handeling, bv. updateProvider.' })
  operation: string;

  @Field({ description: 'Object: soort record.' })
  entity: string;

  @Field(() => String, { nullable: true })
  entityId: string | null;

  @Field({ description: 'Resultaat.' })
  result: string;

  @Field(() => String, { nullable: true, description: 'Herkomst: adres van de aanvrager.' })
  origin: string | null;

  @Field(() => String, { nullable: true })
  requestId: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Oude waarden van de gewijzigde velden.' })
  oldValues: Record<string, unknown> | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Nieuwe waarden van de gewijzigde velden.' })
  newValues: Record<string, unknown> | null;

  static from(e: AuditLogEntity): AuditEntryType {
    return Object.assign(new AuditEntryType(), {
      ...e,
      id: String(e.id),
      userId: e.userId === null ? null : String(e.userId),
    });
  }
}

@ObjectType('AuditEntryList')
export class AuditEntryList extends Paginated(AuditEntryType, 'AuditEntryListBase') {}

@InputType('AuditFilter')
export class AuditFilter {
  @Field({ nullable: true, description: 'Soort record, bv. provider.' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z_]{1,60}$/)
  entity?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  entityId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  userId?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Vanaf deze dag (Europe/Amsterdam).' })
  @IsOptional()
  @IsString()
  from?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Tot en met deze dag.' })
  @IsOptional()
  @IsString()
  to?: string;
}

@ArgsType()
export class RecordHistoryArgs {
  @Field({ description: 'Soort record, bv. provider.' })
  @IsString()
  @Matches(/^[a-z_]{1,60}$/)
  entity: string;

  @Field()
  @IsString()
  @MaxLength(40)
  entityId: string;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => AuditFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditFilter)
  filter?: AuditFilter;
}
