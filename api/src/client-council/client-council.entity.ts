import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { CouncilKind } from '@pm/domain';
import { ProviderEntity } from '../provider/provider.entity';

const SEATS = [
  'seats_youth_filled',
  'seats_youth_vacant',
  'seats_parent_filled',
  'seats_parent_vacant',
  'seats_other_filled',
  'seats_other_vacant',
];

@Entity('client_council')
@Check(
  'client_council_kind_check',
  `kind IN ('CLIENTENRAAD', 'JONGERENRAAD', 'OUDERRAAD', 'PLEEGOUDERRAAD', 'CENTRALE_CLIENTENRAAD')`,
)
@Check('client_council_seats_check', SEATS.map((seat) => `${seat} >= 0`).join(' AND '))
@Check('client_council_meetings_per_year_check', 'meetings_per_year BETWEEN 0 AND 366')
@Check('client_council_name_check', `length(btrim(name)) BETWEEN 1 AND 200`)
export class ClientCouncilEntity {
  @PrimaryGeneratedColumn('identity', { primaryKeyConstraintName: 'client_council_pkey' })
  id: number;

  @Index('client_council_provider_id_idx')
  @Column('int')
  providerId: number;

  @ManyToOne(() => ProviderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'client_council_provider_id_fkey' })
  provider?: ProviderEntity;

  @Column('text')
  name: string;

  @Column('text')
  kind: CouncilKind;

  @Column('date', { nullable: true })
  establishedOn: string | null;

  /** The day the medezeggenschapsregeling was adopted; null while there is none. */
  @Column('date', { nullable: true })
  regulationAdoptedOn: string | null;

  @Column('int', { default: 0 })
  meetingsPerYear: number;

  // Seats are counted, never named (PRODUCT.md: no personal data about council members).
  @Column('int', { default: 0 })
  seatsYouthFilled: number;

  @Column('int', { default: 0 })
  seatsYouthVacant: number;

  @Column('int', { default: 0 })
  seatsParentFilled: number;

  @Column('int', { default: 0 })
  seatsParentVacant: number;

  @Column('int', { default: 0 })
  seatsOtherFilled: number;

  @Column('int', { default: 0 })
  seatsOtherVacant: number;

  @Column('boolean', { default: false })
  hasSupportOfficer: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * The advice term a council agreed in its regulation, with history: the row with the latest
 * valid_from on or before a date is the term in force on that date.
 */
@Entity('advice_term')
@Unique('advice_term_council_id_valid_from_key', ['councilId', 'validFrom'])
@Check('advice_term_term_days_check', 'term_days BETWEEN 1 AND 365')
export class AdviceTermEntity {
  @PrimaryGeneratedColumn('identity', { primaryKeyConstraintName: 'advice_term_pkey' })
  id: number;

  @Column('int')
  councilId: number;

  @ManyToOne(() => ClientCouncilEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'council_id', foreignKeyConstraintName: 'advice_term_council_id_fkey' })
  council?: ClientCouncilEntity;

  @Column('int')
  termDays: number;

  @Column('date')
  validFrom: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
