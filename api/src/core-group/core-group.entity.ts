import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { CoreGroupSeat } from '@pm/domain';
import { MunicipalityEntity } from '../municipality/municipality.entity';
import { ProviderEntity } from '../provider/provider.entity';

/**
 * A member of the core group (kerngroep). Name and email are personal data: the API shows them to
 * signed-in users only and no aggregate ever includes them.
 */
@Entity('core_group_member')
@Index('core_group_member_email_key', { synchronize: false })
@Check('core_group_member_seat_check', `seat IN ('CLIENT', 'MUNICIPALITY', 'PROVIDER')`)
@Check('core_group_member_name_check', `length(btrim(name)) BETWEEN 1 AND 200`)
@Check('core_group_member_organisation_check', `length(btrim(organisation)) BETWEEN 1 AND 200`)
@Check('core_group_member_email_check', `email ~ '^[^@[:space:]]+@[^@[:space:]]+$'`)
export class CoreGroupMemberEntity {
  @PrimaryGeneratedColumn('identity', { primaryKeyConstraintName: 'core_group_member_pkey' })
  id: number;

  @Column('text')
  seat: CoreGroupSeat;

  /** The organisation the member represents, as it is called in the programme. */
  @Column('text')
  organisation: string;

  @Column('text')
  name: string;

  @Column('text')
  email: string;

  /** For a municipality seat: the municipality represented (optional). */
  @Index('core_group_member_municipality_id_idx')
  @Column('int', { nullable: true })
  municipalityId: number | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'core_group_member_municipality_id_fkey' })
  municipality?: MunicipalityEntity | null;

  /** For a provider seat: the provider represented (optional). */
  @Index('core_group_member_provider_id_idx')
  @Column('int', { nullable: true })
  providerId: number | null;

  @ManyToOne(() => ProviderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'core_group_member_provider_id_fkey' })
  provider?: ProviderEntity | null;

  /** False once the member has left the core group; kept because actions still name them. */
  @Column('boolean', { default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
