import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { RegionEntity, SubregionEntity } from './region.entity';

@ObjectType('Region', { description: 'Jeugdregio, bijvoorbeeld Zuid-Limburg.' })
export class RegionType {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  name: string;

  static from(entity: RegionEntity): RegionType {
    return Object.assign(new RegionType(), { id: String(entity.id), code: entity.code, name: entity.name });
  }
}

@ObjectType('Subregion', { description: 'Subregio binnen een jeugdregio, bijvoorbeeld Parkstad.' })
export class SubregionType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  regionId: number;

  static from(entity: SubregionEntity): SubregionType {
    return Object.assign(new SubregionType(), {
      id: String(entity.id),
      name: entity.name,
      regionId: entity.regionId,
    });
  }
}
