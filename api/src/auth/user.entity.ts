import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Role } from '@pm/domain';
import { ClientCouncilEntity } from '../client-council/client-council.entity';
import { MunicipalityEntity } from '../municipality/municipality.entity';
import { ProviderEntity } from '../provider/provider.entity';

@Entity('app_user')
@Index('app_user_email_key', { synchronize: false })
@Check(
  'app_user_role_check',
  `role IN ('ADMIN', 'POLICY_OFFICER', 'CORE_GROUP', 'COUNCIL_MEMBER', 'PROVIDER_BOARD')`,
)
@Check(
  'app_user_organisation_check',
  `(role <> 'POLICY_OFFICER' OR municipality_id IS NOT NULL) AND ` +
    `(role <> 'PROVIDER_BOARD' OR provider_id IS NOT NULL) AND ` +
    `(role <> 'COUNCIL_MEMBER' OR council_id IS NOT NULL)`,
)
export class UserEntity {
  @PrimaryGeneratedColumn('identity', { primaryKeyConstraintName: 'app_user_pkey' })
  id: number;

  /** Stored as typed; unique case-insensitively through the expression index app_user_email_key. */
  @Column('text')
  email: string;

  @Column('text')
  displayName: string;

  /** argon2id hash (PHC string); never leaves the service layer. */
  @Column('text')
  passwordHash: string;

  @Column('text')
  role: Role;

  @Index('app_user_municipality_id_idx')
  @Column('int', { nullable: true })
  municipalityId: number | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'app_user_municipality_id_fkey' })
  municipality?: MunicipalityEntity | null;

  @Index('app_user_provider_id_idx')
  @Column('int', { nullable: true })
  providerId: number | null;

  @ManyToOne(() => ProviderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'app_user_provider_id_fkey' })
  provider?: ProviderEntity | null;

  @Index('app_user_council_id_idx')
  @Column('int', { nullable: true })
  councilId: number | null;

  @ManyToOne(() => ClientCouncilEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id', foreignKeyConstraintName: 'app_user_council_id_fkey' })
  council?: ClientCouncilEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  disabledAt: Date | null;
}

/** Server-side session; the cookie holds a random token, the table only its keyed hash. */
@Entity('user_session')
export class SessionEntity {
  @PrimaryGeneratedColumn('identity', { primaryKeyConstraintName: 'user_session_pkey' })
  id: number;

  @Index('user_session_token_hash_key', { unique: true })
  @Column('text')
  tokenHash: string;

  @Index('user_session_user_id_idx')
  @Column('int')
  userId: number;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'user_session_user_id_fkey' })
  user?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz')
  expiresAt: Date;
}

/** One row per sign-in attempt, for throttling per account and per address. */
@Entity('sign_in_attempt')
@Index('sign_in_attempt_email_attempted_at_idx', ['email', 'attemptedAt'])
@Index('sign_in_attempt_address_attempted_at_idx', ['address', 'attemptedAt'])
export class SignInAttemptEntity {
  @PrimaryGeneratedColumn('identity', { primaryKeyConstraintName: 'sign_in_attempt_pkey' })
  id: number;

  /** Lower-cased as entered, whether or not an account exists. */
  @Column('text')
  email: string;

  @Column('text')
  address: string;

  @Column('boolean')
  succeeded: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  attemptedAt: Date;
}
