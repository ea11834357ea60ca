import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { WMCZ_RIGHTS, type WmczRight } from '@pm/domain';
import type { WmczSubjectEntity } from './wmcz-subject.entity';

export const WmczRightEnum = Object.fromEntries(WMCZ_RIGHTS.map((r) => [r, r])) as { [K in WmczRight]: K };
registerEnumType(WmczRightEnum, {
  name: 'WmczRight',
  description:
    'Recht van de cliëntenraad op een onderwerp: adviesrecht (art. 7), instemmingsrecht (art. 8), bindende voordracht (art. 10) of ongevraagd advies (art. 7 lid 2).',
});

@ObjectType('WmczSubject', {
  description:
    'Onderwerp uit de Wmcz 2018-catalogus, met het artikel waarop het rust. Beheerd door de regiobeheerder.',
})
export class WmczSubjectType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Vaste code, bijvoorbeeld ART7_1_A.' })
  code: string;

  @Field(() => Int, { description: 'Volgorde in de catalogus.' })
  position: number;

  @Field({ description: 'Artikelverwijzing, bijvoorbeeld "art. 7 lid 1 onder a Wmcz 2018".' })
  articleRef: string;

  @Field(() => WmczRightEnum)
  right: WmczRight;

  @Field()
  titleNl: string;

  @Field()
  titleEn: string;

  @Field({ description: 'Uitleg in gewone taal (Nederlands).' })
  explanationNl: string;

  @Field({ description: 'Uitleg in gewone taal (Engels).' })
  explanationEn: string;

  @Field({ description: 'Geldt alleen bij aanbieders met verblijf.' })
  residentialOnly: boolean;

  @Field({ description: 'Kan voor nieuwe verzoeken worden gekozen.' })
  active: boolean;

  @Field(() => Int, { description: 'Versie, voor optimistische vergrendeling bij wijzigen.' })
  version: number;

  static from(e: WmczSubjectEntity): WmczSubjectType {
    return Object.assign(new WmczSubjectType(), {
      id: String(e.id),
      code: e.code,
      position: e.position,
      articleRef: e.articleRef,
      right: e.right,
      titleNl: e.titleNl,
      titleEn: e.titleEn,
      explanationNl: e.explanationNl,
      explanationEn: e.explanationEn,
      residentialOnly: e.residentialOnly,
      active: e.active,
      version: e.version,
    });
  }
}

@ArgsType()
export class WmczSubjectsArgs {
  @Field({
    nullable: true,
    description:
      'true: alleen onderwerpen voor verblijf; false: alleen onderwerpen die voor elke aanbieder gelden.',
  })
  @IsOptional()
  @IsBoolean()
  residentialOnly?: boolean;

  @Field(() => WmczRightEnum, { nullable: true })
  @IsOptional()
  @IsIn([...WMCZ_RIGHTS])
  right?: WmczRight;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Ook onderwerpen die niet meer gekozen kunnen worden.',
  })
  @IsBoolean()
  includeInactive: boolean = false;
}
