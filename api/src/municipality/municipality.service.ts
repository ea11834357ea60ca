import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, notFound } from '../common/app-error';
import type { ListResult } from '../common/list';
import { isCbsCode } from '@pm/domain';
import { toId } from '../common/id';
import { MunicipalityEntity } from './municipality.entity';
import { type MunicipalitiesArgs, MunicipalityType } from './municipality.type';

@Injectable()
export class MunicipalityService {
  constructor(private readonly dataSource: DataSource) {}

  async list(args: MunicipalitiesArgs): Promise<ListResult<MunicipalityType>> {
    const query = this.dataSource
      .getRepository(MunicipalityEntity)
      .createQueryBuilder('m')
      .orderBy('m.name', 'ASC')
      .skip(args.skip)
      .take(args.take);
    const filter = args.filter ?? {};
    if (filter.subregionId)
      query.andWhere('m.subregion_id = :subregionId', { subregionId: toId(filter.subregionId) });
    if (!filter.includeFormer) query.andWhere('m.valid_to IS NULL');
    if (filter.search) {
      query.andWhere("(m.name ILIKE :search ESCAPE '\\' OR m.cbs_code ILIKE :search ESCAPE '\\')", {
        search: `%${filter.search.replace(/[\\%_]/g, '\\$&')}%`,
      });
    }
    const [rows, totalItems] = await query.getManyAndCount();
    return { items: rows.map(MunicipalityType.from), totalItems };
  }

  async one(id: string | undefined, cbsCode: string | undefined): Promise<MunicipalityType> {
    if (id === undefined && cbsCode === undefined)
      throw badInput('ID_OR_CBS_CODE_REQUIRED', 'id', 'Geef een id of een CBS-code.');
    if (cbsCode !== undefined && !isCbsCode(cbsCode)) {
      throw badInput(
        'INVALID_CBS_CODE',
        'cbsCode',
        'Een CBS-code is GM gevolgd door vier cijfers, bv. GM0935.',
      );
    }
    const row = await this.dataSource
      .getRepository(MunicipalityEntity)
      .findOne({ where: id !== undefined ? { id: toId(id) } : { cbsCode } });
    if (!row) throw notFound('Gemeente', id !== undefined ? 'id' : 'cbsCode');
    return MunicipalityType.from(row);
  }
}
