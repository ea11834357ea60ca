import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { notFound } from '../common/app-error';
import { RegionEntity, SubregionEntity } from './region.entity';
import { RegionType, SubregionType } from './region.type';

@Injectable()
export class RegionService {
  constructor(private readonly dataSource: DataSource) {}

  async regions(): Promise<RegionType[]> {
    const rows = await this.dataSource.getRepository(RegionEntity).find({ order: { name: 'ASC' } });
    return rows.map(RegionType.from);
  }

  async subregions(regionCode: string | undefined): Promise<SubregionType[]> {
    const query = this.dataSource
      .getRepository(SubregionEntity)
      .createQueryBuilder('s')
      .innerJoin(RegionEntity, 'r', 'r.id = s.region_id')
      .orderBy('s.name', 'ASC');
    if (regionCode !== undefined) {
      const exists = await this.dataSource
        .getRepository(RegionEntity)
        .exists({ where: { code: regionCode } });
      if (!exists) throw notFound('Regio', 'regionCode');
      query.where('r.code = :regionCode', { regionCode });
    }
    return (await query.getMany()).map(SubregionType.from);
  }
}
