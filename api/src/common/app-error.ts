import type { Role } from '@pm/domain';

/** The GraphQL `extensions.code` families clients branch on. */
export type ErrorKind =
  | 'BAD_USER_INPUT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'UNAVAILABLE';

/**
 * A refusal the client can act on. `reason` is the module's error code (e.g. INVALID_KVK_NUMBER),
 * `field` the input path it is about. Mapped to GraphQL in one place (graphql/format-error.ts).
 */
export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly reason: string,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const badInput = (reason: string, field: string, message: string, details?: Record<string, unknown>) =>
  new AppError('BAD_USER_INPUT', reason, message, field, details);

export const notFound = (entity: string, field = 'id') =>
  new AppError('NOT_FOUND', `${entity.toUpperCase()}_NOT_FOUND`, `${entity} niet gevonden.`, field);

export const forbidden = (message = 'U heeft geen toegang tot deze handeling.') =>
  new AppError('FORBIDDEN', 'FORBIDDEN', message);

export const unauthenticated = () =>
  new AppError('UNAUTHENTICATED', 'UNAUTHENTICATED', 'Log eerst in om dit te doen.');

/** The signed-in user as services see it. */
export interface Actor {
  userId: number;
  role: Role;
  municipalityId: number | null;
  providerId: number | null;
  councilId: number | null;
}

/** What every service call receives: who asks, from where, under which request id. */
export interface RequestContext {
  actor: Actor | null;
  requestId: string;
  origin: string;
  operation: string;
}
