import { SetMetadata } from '@nestjs/common';
import type { Role } from '@pm/domain';

export const ACCESS_KEY = 'pm:access';

/** Who may call an operation: the public (anyone, signed in or not) or the listed roles. */
export type Access = { public: true } | { public: false; roles: readonly Role[] };

/** Anyone may call this operation, signed in or not. */
export const Public = () => SetMetadata(ACCESS_KEY, { public: true } satisfies Access);

/** Only signed-in users with one of these roles; organisation scope is checked in the service. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_KEY, { public: false, roles } satisfies Access);
