import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../common/app-error';
import { AuditLogEntity } from './audit.entity';

type Values = Record<string, unknown>;

function normalise(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/** Only the fields that differ, as {old, new} value maps; both null for an unchanged record. */
export function changedFields(
  before: Values | null,
  after: Values | null,
): { oldValues: Values | null; newValues: Values | null } {
  if (!before) return { oldValues: null, newValues: after ? mapValues(after) : null };
  if (!after) return { oldValues: mapValues(before), newValues: null };
  const oldValues: Values = {};
  const newValues: Values = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = normalise(before[key]);
    const b = normalise(after[key]);
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      oldValues[key] = a ?? null;
      newValues[key] = b ?? null;
    }
  }
  return { oldValues, newValues };
}

function mapValues(values: Values): Values {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, normalise(v) ?? null]));
}

// Never written to the trail, whatever an entity holds.
const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash']);

/**
 * Personal data per entity. The trail is append-only, so personal data must never enter it: the trail
 * records that such a field changed, not its value. Removing a person then leaves no copy behind.
 */
export const PERSONAL_FIELDS: Record<string, readonly string[]> = {
  app_user: ['email', 'displayName'],
  core_group_member: ['name', 'email'],
};
export const REDACTED = '[persoonsgegeven]';

function withoutSecrets(values: Values | null): Values | null {
  if (!values) return null;
  return Object.fromEntries(Object.entries(values).filter(([key]) => !SECRET_FIELDS.has(key)));
}

function redact(entity: string, values: Values | null): Values | null {
  const personal = new Set(PERSONAL_FIELDS[entity] ?? []);
  if (!values || personal.size === 0) return values;
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      personal.has(key) && value !== null ? REDACTED : value,
    ]),
  );
}

export interface AuditEntry {
  entity: string;
  entityId: string | number | null;
  before?: Values | null;
  after?: Values | null;
  result?: string;
  operation?: string;
}

@Injectable()
export class AuditService {
  /** Writes one audit row in the caller's transaction, so the change and its trace commit together. */
  async record(manager: EntityManager, ctx: RequestContext, entry: AuditEntry): Promise<void> {
    // Diff first (so a changed email still shows as changed), then redact personal values.
    const diff = changedFields(withoutSecrets(entry.before ?? null), withoutSecrets(entry.after ?? null));
    const oldValues = redact(entry.entity, diff.oldValues);
    const newValues = redact(entry.entity, diff.newValues);
    const actor = ctx.actor;
    // The organisation the actor acts for, by role: a council member's user row also holds its
    // council's provider, which must not make the trail say the provider acted.
    const organisation = !actor
      ? null
      : actor.role === 'COUNCIL_MEMBER' && actor.councilId
        ? `council:${actor.councilId}`
        : actor.role === 'PROVIDER_BOARD' && actor.providerId
          ? `provider:${actor.providerId}`
          : actor.role === 'POLICY_OFFICER' && actor.municipalityId
            ? `municipality:${actor.municipalityId}`
            : null;
    await manager.insert(AuditLogEntity, {
      userId: actor?.userId ?? null,
      role: actor?.role ?? null,
      organisation,
      operation: entry.operation ?? ctx.operation,
      entity: entry.entity,
      entityId: entry.entityId === null ? null : String(entry.entityId),
      result: entry.result ?? 'SUCCESS',
      origin: ctx.origin,
      requestId: ctx.requestId,
      // jsonb columns: TypeORM's deep-partial type cannot express an open record.
      oldValues: oldValues as never,
      newValues: newValues as never,
    });
  }
}
