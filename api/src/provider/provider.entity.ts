import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { MunicipalityEntity } from '../municipality/municipality.entity';

@Entity('provider')
@Unique('provider_kvk_number_key', ['kvkNumber'])
@Check('provider_kvk_number_check', `kvk_number ~ '^[0-9]{8}$'`)
@Check('provider_care_workers_check', 'care_workers >= 0')
@Check('provider_name_check', `length(btrim(name)) BETWEEN 1 AND 200`)
export class ProviderEntity {
  @PrimaryGeneratedColumn('identity', { primaryKeyConstraintName: 'provider_pkey' })
  id: number;

  @Column('text')
  name: string;

  @Column('text')
  kvkNumber: string;

  /** Number of people providing care; more than 10 obliges a client council (art. 3 Wmcz 2018). */
  @Column('int')
  careWorkers: number;

  @Column('boolean', { default: false })
  residential: boolean;

  @Column('boolean', { default: false })
  fosterCare: boolean;

  /** Consented to its figures appearing in the public aggregates (PRODUCT.md §4); set by setPublication. */
  @Column('boolean', { default: false })
  publishAggregates: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** Which municipalities contract a provider (many-to-many, explicit so both keys are indexed). */
@Entity('provider_contract')
export class ProviderContractEntity {
  @PrimaryColumn('int', { primaryKeyConstraintName: 'provider_contract_pkey' })
  providerId: number;

  @Index('provider_contract_municipality_id_idx')
  @PrimaryColumn('int', { primaryKeyConstraintName: 'provider_contract_pkey' })
  municipalityId: number;

  @ManyToOne(() => ProviderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'provider_contract_provider_id_fkey' })
  provider?: ProviderEntity;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'provider_contract_municipality_id_fkey' })
  municipality?: MunicipalityEntity;
}
