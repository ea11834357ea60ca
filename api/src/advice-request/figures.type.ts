import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, ValidateNested } from 'class-validator';
import { ADVICE_KINDS, type AdviceKind } from '@pm/domain';
import { LocalDate } from '../common/date.scalar';
import { IsEntityId } from '../common/id';
import { AdviceKindEnum } from './advice-request.enums';

export const FIGURES_GROUPINGS = ['PROVIDER', 'MUNICIPALITY', 'SUBREGION', 'REGION', 'MONTH'] as const;
export type FiguresGroupBy = (typeof FIGURES_GROUPINGS)[number];
export const FiguresGroupByEnum = Object.fromEntries(FIGURES_GROUPINGS.map((g) => [g, g])) as {
  [K in FiguresGroupBy]: K;
};
registerEnumType(FiguresGroupByEnum, {
  name: 'FiguresGroupBy',
  description:
    'PROVIDER: per aanbieder met een cliëntenraad. MUNICIPALITY: per gemeente, over de aanbieders die zij contracteert (een verzoek telt mee bij elke gemeente die de aanbieder contracteert). SUBREGION en REGION: over de aanbieders die een gemeente in dat gebied contracteert (elk verzoek één keer per gebied). MONTH: per kalendermaand van de periodedatum; lege maanden staan erbij.',
});

@ObjectType('VerdictCounts', { description: 'Aantal registraties per oordeel.' })
export class VerdictCountsType {
  @Field(() => Int) onTime: number;
  @Field(() => Int) shortNotice: number;
  @Field(() => Int) afterTheFact: number;
  @Field(() => Int) notRequested: number;
  @Field(() => Int) open: number;
  @Field(() => Int) withdrawn: number;
  @Field(() => Int, { description: 'Ongevraagd advies.' }) notApplicable: number;
}

@ObjectType('FindingCounts', {
  description: 'Aantal registraties per procesbevinding (een registratie kan er meer hebben).',
})
export class FindingCountsType {
  @Field(() => Int) deviationWithoutConsultation: number;
  @Field(() => Int) deviationWithoutReasons: number;
  @Field(() => Int) consentWithheldCarriedOut: number;
  @Field(() => Int) unsolicitedWithoutReasonedAnswer: number;
  @Field(() => Int) councilAnsweredLate: number;
  @Field(() => Int, { description: 'Registraties met minstens één bevinding.' }) entriesWithFindings: number;
}

@ObjectType('TimelinessFigures', {
  description:
    'Kerncijfers over tijdigheid voor één groep, uitgerekend in de database met dezelfde regels als assessTimeliness en assessFindings. Alleen registraties die de raad bereikten tellen mee (geen concepten).',
})
export class TimelinessFiguresType {
  @Field({
    description: 'Sleutel van de groep: id van aanbieder, gemeente, subregio of regio; JJJJ-MM bij MONTH.',
  })
  key: string;

  @Field({ description: 'Naam van de groep; JJJJ-MM bij MONTH.' })
  name: string;

  @Field(() => LocalDate, { nullable: true, description: 'Eerste dag van de maand (alleen bij MONTH).' })
  periodStart: string | null;

  @Field(() => Int, {
    description: 'Alle registraties in de groep, ook lopende, ingetrokken en ongevraagde.',
  })
  entryCount: number;

  @Field(() => VerdictCountsType)
  verdictCounts: VerdictCountsType;

  @Field(() => Int, {
    description:
      'Basis van het op-tijdpercentage: op tijd + te krap + voldongen feit + niet gevraagd. Lopende, ingetrokken en ongevraagde registraties tellen niet mee.',
  })
  ratedCount: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Op-tijdpercentage (0–1) = ON_TIME ÷ (ON_TIME + SHORT_NOTICE + AFTER_THE_FACT + NOT_REQUESTED). Een besluit zonder de raad te vragen telt tegen de aanbieder; lopende, ingetrokken en ongevraagde registraties blijven erbuiten. Leeg als ratedCount 0 is.',
  })
  onTimeRate: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Mediaan van de dagen die de raad kreeg (grantedDays), over de beoordeelde registraties met een aanvraagdatum.',
  })
  medianGrantedDays: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Mediaan van de marge (gegeven dagen − adviestermijn), over dezelfde registraties.',
  })
  medianMarginDays: number | null;

  @Field(() => Int, {
    description: 'Besluiten met een vastgelegde uitkomst: basis van het opvolgpercentage.',
  })
  outcomeCount: number;

  @Field(() => Int)
  followedCount: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Opvolgpercentage (0–1) = uitkomst FOLLOWED ÷ alle besluiten met een uitkomst.',
  })
  followRate: number | null;

  @Field(() => Int, {
    description:
      'Besluiten waarvoor een schriftelijke motivering verplicht was: advies (deels) niet opgevolgd (art. 9), of ongevraagd advies beantwoord (art. 7 lid 2).',
  })
  reasonsOwedCount: number;

  @Field(() => Int)
  reasonsGivenCount: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Motiveringspercentage (0–1) = met schriftelijke motivering ÷ motivering verplicht.',
  })
  reasonsGivenRate: number | null;

  @Field(() => FindingCountsType)
  findingCounts: FindingCountsType;
}

@InputType('TimelinessFiguresFilter', {
  description:
    'Beperkt de registraties die meetellen. Een cliëntenraadslid of bestuurder mag alleen op de eigen aanbieder (of een raad daarvan) filteren; het publiek alleen op aanbieders, raden en gemeenten die instemden met publicatie.',
})
export class TimelinessFiguresFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  providerId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  councilId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Registraties van aanbieders die deze gemeente contracteert.',
  })
  @IsOptional()
  @IsEntityId()
  municipalityId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Registraties van aanbieders die een gemeente in deze subregio contracteert.',
  })
  @IsOptional()
  @IsEntityId()
  subregionId?: string;

  @Field(() => AdviceKindEnum, { nullable: true })
  @IsOptional()
  @IsIn([...ADVICE_KINDS])
  kind?: AdviceKind;
}

@ArgsType()
export class TimelinessFiguresArgs {
  @Field(() => FiguresGroupByEnum)
  @IsIn([...FIGURES_GROUPINGS])
  groupBy: FiguresGroupBy;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Begin van de periode (periodedatum ≥ from). Bij MONTH standaard 23 maanden vóór de maand van to.',
  })
  @IsOptional()
  @IsString()
  from?: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Einde van de periode (periodedatum ≤ to). Bij MONTH standaard vandaag.',
  })
  @IsOptional()
  @IsString()
  to?: string;

  @Field(() => TimelinessFiguresFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TimelinessFiguresFilter)
  filter?: TimelinessFiguresFilter;
}
