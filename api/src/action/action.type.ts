import { ArgsType, Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ACTION_STATUSES, type ActionStatus } from '@pm/domain';
import { LocalDate } from '../common/date.scalar';
import { IsEntityId } from '../common/id';
import { PageArgs, Paginated } from '../common/list';
import { reason } from '../common/validation';
import { ActionStatusEnum } from '../pillar/programme.enums';
import type { ActionChangeEntity, ActionEntity, ActionMilestoneEntity } from './action.entity';

@ObjectType('Action', {
  description:
    'Kerngroepactie. "late" en "progress" worden berekend (nooit opgeslagen); wijzigen vraagt de actuele "version".',
})
export class ActionType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field({ description: 'Trekkende organisatie.' })
  leadOrganisation: string;

  @Field({ description: 'Regiobreed; anders de betrokken gemeenten (municipalities).' })
  regionWide: boolean;

  @Field(() => LocalDate, { nullable: true })
  startOn: string | null;

  @Field(() => LocalDate, { nullable: true })
  dueOn: string | null;

  @Field(() => ActionStatusEnum)
  status: ActionStatus;

  @Field(() => Float, { nullable: true, description: 'Handmatig percentage 0–100; gaat voor de status.' })
  manualProgress: number | null;

  @Field(() => Float, {
    description: 'Gewicht in de voortgang van hoofdactie, doel of pijler (standaard 1).',
  })
  weight: number;

  @Field(() => Int, { description: 'Versie voor optimistische vergrendeling: geef hem mee bij wijzigen.' })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  numericId: number;
  pillarId: number;
  goalId: number | null;
  parentId: number | null;
  responsibleMemberId: number | null;

  static from(e: ActionEntity): ActionType {
    return Object.assign(new ActionType(), {
      id: String(e.id),
      numericId: e.id,
      title: e.title,
      description: e.description,
      leadOrganisation: e.leadOrganisation,
      regionWide: e.regionWide,
      startOn: e.startOn,
      dueOn: e.dueOn,
      status: e.status,
      manualProgress: e.manualProgress,
      weight: e.weight,
      version: e.version,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
      pillarId: e.pillarId,
      goalId: e.goalId,
      parentId: e.parentId,
      responsibleMemberId: e.responsibleMemberId,
    });
  }
}

@ObjectType('ActionMilestone', { description: 'Mijlpaal van een actie; "late" wordt berekend.' })
export class ActionMilestoneType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => LocalDate)
  dueOn: string;

  @Field(() => LocalDate, { nullable: true, description: 'Behaald op; leeg zolang open.' })
  doneOn: string | null;

  actionId: number;

  static from(e: ActionMilestoneEntity): ActionMilestoneType {
    return Object.assign(new ActionMilestoneType(), {
      id: String(e.id),
      title: e.title,
      dueOn: e.dueOn,
      doneOn: e.doneOn,
      actionId: e.actionId,
    });
  }
}

@ObjectType('ActionChange', { description: 'Een status- of voortgangswijziging: wie, wanneer, van, naar.' })
export class ActionChangeType {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  changedAt: Date;

  @Field(() => ActionStatusEnum, { nullable: true, description: 'Leeg bij het aanmaken.' })
  statusFrom: ActionStatus | null;

  @Field(() => ActionStatusEnum)
  statusTo: ActionStatus;

  @Field(() => Float, { nullable: true })
  manualProgressFrom: number | null;

  @Field(() => Float, { nullable: true })
  manualProgressTo: number | null;

  changedById: number | null;

  static from(e: ActionChangeEntity): ActionChangeType {
    return Object.assign(new ActionChangeType(), {
      id: String(e.id),
      changedAt: e.changedAt,
      statusFrom: e.statusFrom,
      statusTo: e.statusTo,
      manualProgressFrom: e.progressFrom,
      manualProgressTo: e.progressTo,
      changedById: e.changedById,
    });
  }
}

@ObjectType('ActionDependency', { description: '"blocker" blokkeert "blocked".' })
export class ActionDependencyType {
  blockerId: number;
  blockedId: number;
}

@ObjectType('ActionList')
export class ActionList extends Paginated(ActionType, 'ActionListBase') {}

@ObjectType('ActionMilestoneList')
export class ActionMilestoneList extends Paginated(ActionMilestoneType, 'ActionMilestoneListBase') {}

@InputType('ActionFilter')
export class ActionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  pillarId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  goalId?: string;

  @Field(() => [ActionStatusEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(ACTION_STATUSES.length)
  @IsIn([...ACTION_STATUSES], { each: true })
  statuses?: ActionStatus[];

  @Field({ nullable: true, description: 'true: alleen te late acties; false: alleen niet te late.' })
  @IsOptional()
  @IsBoolean()
  late?: boolean;

  @Field(() => ID, { nullable: true, description: 'Acties waarbij deze gemeente betrokken is.' })
  @IsOptional()
  @IsEntityId()
  municipalityId?: string;

  @Field({ nullable: true, description: 'Met municipalityId: ook regiobrede acties tonen.' })
  @IsOptional()
  @IsBoolean()
  includeRegionWide?: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'Acties van dit kerngroeplid (verantwoordelijk of eigenaar).',
  })
  @IsOptional()
  @IsEntityId()
  memberId?: string;

  @Field(() => ID, { nullable: true, description: 'Deelacties van deze actie.' })
  @IsOptional()
  @IsEntityId()
  parentId?: string;

  @Field({ nullable: true, description: 'true: alleen hoofdacties (geen deelacties).' })
  @IsOptional()
  @IsBoolean()
  topLevelOnly?: boolean;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsString()
  dueFrom?: string;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsString()
  dueTo?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class ActionsArgs extends PageArgs {
  @Field(() => ActionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActionFilter)
  filter?: ActionFilter;
}

@ArgsType()
export class ActionsDueArgs extends PageArgs {
  @Field(() => Int, { description: 'Open acties met een einddatum vandaag tot en met vandaag + days.' })
  @IsInt()
  @Min(0, reason('INVALID_DAYS', 'Het aantal dagen is 0 tot 366.'))
  @Max(366, reason('INVALID_DAYS', 'Het aantal dagen is 0 tot 366.'))
  days: number;
}
