import { SetMetadata } from '@nestjs/common';
import type { Role } from '@pm/domain';

export const ACCESS_KEY = 'pm:access';

/**
 * Which organisation's records a role may act on; checked in the service, declared here so the
 * authorization matrix can be derived from the code: ANY, or only the actor's own organisation.
 */
export type Scope = 'ANY' | 'OWN_MUNICIPALITY' | 'OWN_PROVIDER' | 'OWN_COUNCIL';

/** Who may call an operation: the public (anyone, signed in or not) or the listed roles. */
export type Access =
  | { public: true }
  | { public: false; roles: readonly Role[]; scopes: Readonly<Partial<Record<Role, Scope>>> };

/** Anyone may call this operation, signed in or not. */
export const Public = () => SetMetadata(ACCESS_KEY, { public: true } satisfies Access);

/** Only signed-in users with one of these roles, on any organisation's records. */
export const Roles = (...roles: Role[]) =>
  SetMetadata(ACCESS_KEY, {
    public: false,
    roles,
    scopes: Object.fromEntries(roles.map((role) => [role, 'ANY'])),
  } satisfies Access);

/** Only these roles, each limited to a scope, e.g. { ADMIN: 'ANY', PROVIDER_BOARD: 'OWN_PROVIDER' }. */
export const RoleScopes = (scopes: Partial<Record<Role, Scope>>) =>
  SetMetadata(ACCESS_KEY, { public: false, roles: Object.keys(scopes) as Role[], scopes } satisfies Access);
