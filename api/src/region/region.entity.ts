import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

@Entity('region')
@Unique('region_code_key', ['code'])
export class RegionEntity {
  @PrimaryGeneratedColumn('identity', { primaryKeyConstraintName: 'region_pkey' })
  id: number;

  @Column('text')
  code: string;

  @Column('text')
  name: string;
}

@Entity('subregion')
@Unique('subregion_region_id_name_key', ['regionId', 'name'])
export class SubregionEntity {
  @PrimaryGeneratedColumn('identity', { primaryKeyConstraintName: 'subregion_pkey' })
  id: number;

  @Index('subregion_region_id_idx')
  @Column('int')
  regionId: number;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'subregion_region_id_fkey' })
  region?: RegionEntity;

  @Column('text')
  name: string;
}
