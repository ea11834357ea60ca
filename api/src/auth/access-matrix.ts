import type { INestApplicationContext } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { ROLES, type Role } from '@pm/domain';
import { ACCESS_KEY, type Access, type Scope } from './roles.decorator';

export interface AccessRow {
  operation: string;
  kind: 'Query' | 'Mutation';
  public: boolean;
  /** Per role: the scope it may act in, or null when the role is refused. */
  scopes: Record<Role, Scope | null>;
}

/**
 * The authorization matrix, derived from the @Public / @Roles / @RoleScopes decorators of every
 * query and mutation in the running app, sorted by kind and name. An operation without a
 * declaration shows as refused for everyone (the AccessGuard refuses it too).
 */
export function accessMatrix(app: INestApplicationContext): AccessRow[] {
  const rows: AccessRow[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        // Read descriptors, not properties: framework classes have getters that throw on a prototype.
        const method: unknown = Object.getOwnPropertyDescriptor(prototype, name)?.value;
        if (typeof method !== 'function') continue;
        const kind = Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) as string | undefined;
        if (kind !== 'Query' && kind !== 'Mutation') continue;
        const access = Reflect.getMetadata(ACCESS_KEY, method) as Access | undefined;
        const scopes = Object.fromEntries(
          ROLES.map((role) => [role, access?.public ? 'ANY' : (access?.scopes[role] ?? null)]),
        ) as Record<Role, Scope | null>;
        rows.push({
          operation: (Reflect.getMetadata(RESOLVER_NAME_METADATA, method) as string | undefined) ?? name,
          kind,
          public: access?.public ?? false,
          scopes,
        });
      }
    }
  }
  return rows.sort((a, b) => a.kind.localeCompare(b.kind) || a.operation.localeCompare(b.operation));
}

/** The matrix as a Markdown table (docs/access-matrix.md). */
export function accessMatrixMarkdown(rows: AccessRow[]): string {
  const head = `| operation | kind | public | ${ROLES.join(' | ')} |\n| --- | --- | --- |${ROLES.map(() => ' --- |').join('')}`;
  const body = rows
    .map(
      (r) =>
        `| ${r.operation} | ${r.kind} | ${r.public ? 'yes' : '—'} | ${ROLES.map((role) => r.scopes[role] ?? '—').join(' | ')} |`,
    )
    .join('\n');
  return (
    "# Authorization matrix\n\nGenerated from the resolvers' `@Public` / `@Roles` / `@RoleScopes` declarations by " +
    '`npm run schema`; a test fails when this file is stale. ANY = any organisation; OWN_* = only the ' +
    "actor's own municipality, provider or council (checked in the service: refused for another's " +
    "record, a list shows only the actor's own); — = refused. " +
    'tests/e2e/trust/authorization-matrix.test.ts calls every cell over HTTP.\n\n' +
    `${head}\n${body}\n`
  );
}
