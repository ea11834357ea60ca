import { ArgsType, Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, ValidateNested } from 'class-validator';
import type { IndicatorDirection } from '@pm/domain';
import { LocalDate } from '../common/date.scalar';
import { IsEntityId } from '../common/id';
import { PageArgs, Paginated } from '../common/list';
import type { GoalEntity, IndicatorEntity, MeasurementEntity, PillarEntity } from './pillar.entity';
import { IndicatorDirectionEnum, IndicatorUnitEnum } from './programme.enums';
import type { IndicatorUnit } from './units';

@ObjectType('Pillar', { description: 'Pijler van het regionale programma (seed 004).' })
export class PillarType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'P1, P2 of P3.' })
  code: string;

  @Field(() => Int)
  number: number;

  @Field({ description: 'Titel zoals op de programmapagina.' })
  title: string;

  @Field({ description: 'Titel in het Engels.' })
  titleEn: string;

  static from(e: PillarEntity): PillarType {
    return Object.assign(new PillarType(), {
      id: String(e.id),
      code: e.code,
      number: e.number,
      title: e.titleNl,
      titleEn: e.titleEn,
    });
  }
}

@ObjectType('Goal', { description: 'Doel onder een pijler.' })
export class GoalType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Float, { description: 'Gewicht in de voortgang van de pijler (standaard 1).' })
  weight: number;

  pillarId: number;

  static from(e: GoalEntity): GoalType {
    return Object.assign(new GoalType(), {
      id: String(e.id),
      title: e.title,
      description: e.description,
      weight: e.weight,
      pillarId: e.pillarId,
    });
  }
}

@ObjectType('Indicator', {
  description: 'Indicator onder een doel: ingevoerd met metingen, of berekend uit de registers.',
})
export class IndicatorType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => IndicatorUnitEnum)
  unit: IndicatorUnit;

  @Field(() => IndicatorDirectionEnum)
  direction: IndicatorDirection;

  @Field(() => Float, { description: 'Nulmeting.' })
  baselineValue: number;

  @Field(() => LocalDate)
  baselineOn: string;

  @Field(() => Float, { description: 'Streefwaarde.' })
  targetValue: number;

  @Field(() => LocalDate)
  targetOn: string;

  @Field(() => Float, { description: 'Gewicht in de voortgang van het doel (standaard 1).' })
  weight: number;

  @Field({ description: 'Berekend uit de registers in plaats van ingevoerd.' })
  computed: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Sleutel van de berekening, voor berekende indicatoren.',
  })
  computedKey: string | null;

  @Field(() => Int, {
    description: 'Versie voor optimistische vergrendeling: geef hem mee bij wijzigen (STALE_VERSION).',
  })
  version: number;

  goalId: number;
  municipalityId: number | null;

  static from(e: IndicatorEntity): IndicatorType {
    return Object.assign(new IndicatorType(), {
      id: String(e.id),
      title: e.title,
      description: e.description,
      unit: e.unit,
      direction: e.direction,
      baselineValue: e.baselineValue,
      baselineOn: e.baselineOn,
      targetValue: e.targetValue,
      targetOn: e.targetOn,
      weight: e.weight,
      computed: e.computedKey !== null,
      computedKey: e.computedKey,
      version: e.version,
      goalId: e.goalId,
      municipalityId: e.municipalityId,
    });
  }
}

@ObjectType('Measurement', {
  description: 'Meting van een ingevoerde indicator. Een correctie bewaart de eerdere waarde in de historie.',
})
export class MeasurementType {
  @Field(() => ID)
  id: string;

  @Field(() => LocalDate)
  measuredOn: string;

  @Field(() => Float)
  value: number;

  @Field(() => IndicatorUnitEnum)
  unit: IndicatorUnit;

  @Field({ description: 'Bron van de meting.' })
  source: string;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field({ description: 'Voorlopig cijfer.' })
  provisional: boolean;

  @Field(() => GraphQLISODateTime, { description: 'Wanneer vastgelegd.' })
  recordedAt: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Wanneer vervangen door een correctie; null = geldend.',
  })
  correctedAt: Date | null;

  @Field({ description: 'Geldende waarde (niet gecorrigeerd).' })
  current: boolean;

  @Field(() => ID, { nullable: true, description: 'De eerdere meting die deze corrigeert.' })
  correctsId: string | null;

  static from(e: MeasurementEntity, unit: IndicatorUnit): MeasurementType {
    return Object.assign(new MeasurementType(), {
      id: String(e.id),
      measuredOn: e.measuredOn,
      value: e.value,
      unit,
      source: e.source,
      note: e.note,
      provisional: e.provisional,
      recordedAt: e.recordedAt,
      correctedAt: e.correctedAt,
      current: e.correctedAt === null,
      correctsId: e.correctsId === null ? null : String(e.correctsId),
    });
  }
}

@ObjectType('IndicatorPoint', {
  description:
    'Eén punt van de reeks van een indicator: een geldende meting, of voor een berekende indicator de waarde op het einde van een maand.',
})
export class IndicatorPointType {
  @Field(() => LocalDate)
  on: string;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field({ description: 'Voorlopig cijfer (alleen bij ingevoerde metingen).' })
  provisional: boolean;
}

@ObjectType('IndicatorList')
export class IndicatorList extends Paginated(IndicatorType, 'IndicatorListBase') {}

@InputType('IndicatorFilter')
export class IndicatorFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  pillarId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  goalId?: string;

  @Field(() => ID, { nullable: true, description: 'Alleen indicatoren van deze gemeente.' })
  @IsOptional()
  @IsEntityId()
  municipalityId?: string;

  @Field({ nullable: true, description: 'true: alleen regiobrede indicatoren.' })
  @IsOptional()
  @IsBoolean()
  regionWide?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  computed?: boolean;
}

@ArgsType()
export class IndicatorsArgs extends PageArgs {
  @Field(() => IndicatorFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => IndicatorFilter)
  filter?: IndicatorFilter;
}

@ArgsType()
export class MeasurementsArgs {
  @Field({ defaultValue: false, description: 'Ook gecorrigeerde (vervangen) metingen tonen.' })
  @IsBoolean()
  includeCorrected: boolean;
}

@ObjectType('StatusShare', { description: 'Voortgangsaandeel van een actiestatus.' })
export class StatusShareType {
  @Field()
  status: string;

  @Field(() => Float, { nullable: true, description: 'Procent; null = telt niet mee (vervallen).' })
  share: number | null;
}

@ObjectType('RuleExplanation', { description: 'Uitleg van één rekenregel.' })
export class RuleExplanationType {
  @Field()
  rule: string;

  @Field()
  nl: string;

  @Field()
  en: string;
}

@ObjectType('ProgrammeRules', { description: 'De rekenregels van het programma, voor "hoe berekend".' })
export class ProgrammeRulesType {
  @Field(() => [StatusShareType])
  statusShares: StatusShareType[];

  @Field(() => [RuleExplanationType])
  explanations: RuleExplanationType[];

  @Field(() => [RuleExplanationType], { description: 'Uitleg per berekende indicator (sleutel als rule).' })
  computedIndicators: RuleExplanationType[];
}
