import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import type { ActionStatus } from '@pm/domain';
import { LocalDate } from '../common/date.scalar';
import { reason } from '../common/validation';
import { ProgressType } from '../pillar/progress.type';
import { ActionStatusEnum } from '../pillar/programme.enums';

export const StatsScopeEnum = { ALL: 'ALL', PUBLISHED: 'PUBLISHED' } as const;
export type StatsScope = keyof typeof StatsScopeEnum;
registerEnumType(StatsScopeEnum, {
  name: 'StatsScope',
  description:
    'ALL: alles (ingelogd). PUBLISHED (publiek): alleen bijeenkomsten met een door de deelnemers goedgekeurd verslag, en alleen de regio en gemeenten die instemden met publicatie: regiobrede bijeenkomsten en indicatoren of die van zulke gemeenten, acties die regiobreed zijn of alleen zulke gemeenten betreffen, berekende indicatoren over aanbieders die instemden.',
});

@ArgsType()
export class ProgrammeStatsArgs {
  @Field(() => Int, {
    defaultValue: 24,
    description:
      'Venster voor bijeenkomsten en de voortgang door de tijd: de laatste N maanden, deze inbegrepen.',
  })
  @IsInt()
  @Min(1, reason('INVALID_MONTHS', 'Kies 1 tot 120 maanden.'))
  @Max(120, reason('INVALID_MONTHS', 'Kies 1 tot 120 maanden.'))
  months: number;
}

/** The parent of every figure field: who asks (scope), for which window. */
@ObjectType('ProgrammeStats', {
  description:
    'Cijfers van het regionale programma, alle uit SQL-aggregaties. Bevat nooit namen; het publiek ziet bijeenkomsten alleen met een goedgekeurd verslag, en alleen cijfers van organisaties die instemden met publicatie (zie StatsScope).',
})
export class ProgrammeStatsType {
  @Field(() => LocalDate, { description: 'De dag waarop de cijfers gelden.' })
  today: string;

  @Field(() => StatsScopeEnum)
  scope: StatsScope;

  @Field(() => LocalDate, { description: 'Begin van het venster (eerste dag van de eerste maand).' })
  from: string;

  @Field(() => Int)
  months: number;
}

@ObjectType('PillarProgressFigure')
export class PillarProgressFigureType {
  @Field(() => ID)
  pillarId: string;

  @Field()
  code: string;

  @Field(() => Int)
  number: number;

  @Field()
  title: string;

  @Field()
  titleEn: string;

  @Field(() => ProgressType)
  progress: ProgressType;
}

@ObjectType('PillarProgressPoint', {
  description: 'Voortgang van een pijler aan het eind van een maand (vandaag voor de lopende).',
})
export class PillarProgressPointType {
  @Field(() => LocalDate)
  on: string;

  @Field()
  pillarCode: string;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => Int)
  basedOn: number;
}

@ObjectType('ActionSummary')
export class ActionSummaryType {
  @Field(() => Int) total: number;
  @Field(() => Int, { description: 'Niet afgerond en niet vervallen.' }) open: number;
  @Field(() => Int, { description: 'Te laat: einddatum verstreken, niet afgerond of vervallen.' })
  late: number;
  @Field(() => Int, { description: 'Open en met een einddatum in deze kalendermaand.' }) dueThisMonth: number;
  @Field(() => Int, { description: 'Open en met een einddatum vandaag t/m over 7 dagen.' })
  dueWithin7Days: number;
  @Field(() => Int, { description: 'Status geblokkeerd.' }) blocked: number;
  @Field(() => Int, { description: 'Open en wachtend op een nog open andere actie.' })
  waitingOnOthers: number;
  @Field(() => Int) regionWide: number;
  @Field(() => Int) lateMilestones: number;
}

@ObjectType('ActionStatusCount')
export class ActionStatusCountType {
  @Field()
  pillarCode: string;

  @Field(() => ActionStatusEnum)
  status: ActionStatus;

  @Field(() => Int)
  count: number;

  @Field(() => Int, { description: 'Waarvan te laat.' })
  late: number;
}

@ObjectType('MunicipalityInvolvement', {
  description:
    'Per gemeente: betrokkenheid bij acties en bijeenkomsten in de gemeente, ook per 10.000 inwoners.',
})
export class MunicipalityInvolvementType {
  @Field(() => ID)
  municipalityId: string;

  @Field()
  cbsCode: string;

  @Field()
  name: string;

  @Field(() => Int)
  inhabitants: number;

  @Field(() => Int, { description: 'Acties waarbij de gemeente betrokken is (zonder regiobrede).' })
  actions: number;

  @Field(() => Int)
  openActions: number;

  @Field(() => Int)
  lateActions: number;

  @Field(() => Int, { description: 'Bijeenkomsten in de gemeente binnen het venster.' })
  activities: number;

  @Field(() => Int)
  participants: number;

  @Field(() => Float, { nullable: true })
  activitiesPer10000: number | null;

  @Field(() => Float, { nullable: true })
  participantsPer10000: number | null;
}

@ObjectType('ParticipationCount', {
  description: 'Bijeenkomsten en deelnemers voor één groep (pijler, vorm, trede of maand).',
})
export class ParticipationCountType {
  @Field({ description: 'Pijlercode, vorm, trede of maand (JJJJ-MM).' })
  key: string;

  @Field(() => Int)
  activities: number;

  @Field(() => Int)
  participants: number;

  @Field(() => Int)
  youth: number;

  @Field(() => Int)
  parents: number;

  @Field(() => Int)
  professionals: number;

  @Field(() => Int)
  other: number;
}

@ObjectType('ActivitySummary')
export class ActivitySummaryType {
  @Field(() => Int)
  activities: number;

  @Field(() => Int)
  participants: number;

  @Field(() => Int, { description: 'Bijeenkomsten waarvan de deelnemers terugkoppeling kregen.' })
  withFeedback: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Aandeel met terugkoppeling in procent; null zonder bijeenkomsten.',
  })
  feedbackShare: number | null;

  @Field(() => Int)
  regionWide: number;

  @Field(() => Int, { description: 'Bijeenkomsten met een goedgekeurd of gedeeld verslag.' })
  withApprovedReport: number;
}
