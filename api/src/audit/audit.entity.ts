import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only trail of every change (PRODUCT.md §4). A migration adds triggers that refuse UPDATE,
 * DELETE and TRUNCATE. Columns cover the BIO log fields: action, object, result, origin, actor, time.
 */
@Entity('audit_log')
@Index('audit_log_entity_idx', ['entity', 'entityId'])
@Index('audit_log_user_id_idx', ['userId'])
@Index('audit_log_occurred_at_idx', ['occurredAt'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'audit_log_pkey' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;

  /** Actor: user id, null for the system (seeding, migrations). */
  @Column('int', { nullable: true })
  userId: number | null;

  @Column('text', { nullable: true })
  role: string | null;

  /** The actor's organisation, e.g. "provider:12". */
  @Column('text', { nullable: true })
  organisation: string | null;

  /** Action: the GraphQL operation or system task, e.g. "updateProvider". */
  @Column('text')
  operation: string;

  /** Object: entity type and id. */
  @Column('text')
  entity: string;

  @Column('text', { nullable: true })
  entityId: string | null;

  /** Result: SUCCESS, or the refusal code for refused attempts worth keeping (e.g. sign-in). */
  @Column('text', { default: 'SUCCESS' })
  result: string;

  /** Origin: client address and request id. */
  @Column('text', { nullable: true })
  origin: string | null;

  @Column('text', { nullable: true })
  requestId: string | null;

  /** Changed fields only: old and new values. */
  @Column('jsonb', { nullable: true })
  oldValues: Record<string, unknown> | null;

  @Column('jsonb', { nullable: true })
  newValues: Record<string, unknown> | null;
}
