// Who sees and does what in the register (PRODUCT.md §4). The resolvers' @Roles decide which roles may
// call an operation at all; these functions decide which organisation's entries a role may touch.
import type { Role } from '@pm/domain';
import type { Scope } from '../auth/roles.decorator';
import { type Actor, forbidden } from '../common/app-error';
import { reachedCouncilSql } from './verdict.sql';

/** Roles that see every entry in full: the administrator, policy officers and the core group. */
export const READ_ALL_ROLES: readonly Role[] = ['ADMIN', 'POLICY_OFFICER', 'CORE_GROUP'];

/**
 * Reading the register as the resolvers declare it (and so as docs/access-matrix.md shows it): the
 * region's roles every entry; a board its own provider's, a council member its own council's
 * (filtered in lists, FORBIDDEN for a single entry). visibilitySql and mayRead enforce it.
 */
export const REGISTER_READ_SCOPES: Readonly<Partial<Record<Role, Scope>>> = {
  ADMIN: 'ANY',
  POLICY_OFFICER: 'ANY',
  CORE_GROUP: 'ANY',
  COUNCIL_MEMBER: 'OWN_COUNCIL',
  PROVIDER_BOARD: 'OWN_PROVIDER',
};

export interface EntryScope {
  providerId: number;
  councilId: number;
  requestedOn: string | null;
  kind: string;
  reportedNotRequested: boolean;
}

const reachedCouncil = (e: EntryScope) =>
  e.requestedOn !== null || e.kind === 'UNSOLICITED' || e.reportedNotRequested;

/**
 * An SQL condition (on alias `a`) limiting entries to what the actor may see, or null for everything.
 * A provider board sees its own provider's entries, drafts included; a council member sees its own
 * council's entries once they reached it (not the board's drafts); anyone else sees none.
 */
export function visibilitySql(
  actor: Actor | null,
  a = 'r',
): { sql: string; params: Record<string, unknown> } | null {
  if (actor && READ_ALL_ROLES.includes(actor.role)) return null;
  if (actor?.role === 'PROVIDER_BOARD' && actor.providerId !== null)
    return { sql: `${a}.provider_id = :scopeProviderId`, params: { scopeProviderId: actor.providerId } };
  if (actor?.role === 'COUNCIL_MEMBER' && actor.councilId !== null)
    return {
      sql: `${a}.council_id = :scopeCouncilId AND ${reachedCouncilSql(a)}`,
      params: { scopeCouncilId: actor.councilId },
    };
  return { sql: 'false', params: {} };
}

export function mayRead(actor: Actor | null, entry: EntryScope): boolean {
  if (!actor) return false;
  if (READ_ALL_ROLES.includes(actor.role)) return true;
  if (actor.role === 'PROVIDER_BOARD') return actor.providerId === entry.providerId;
  if (actor.role === 'COUNCIL_MEMBER') return actor.councilId === entry.councilId && reachedCouncil(entry);
  return false;
}

export function assertMayRead(actor: Actor | null, entry: EntryScope): void {
  if (!mayRead(actor, entry)) throw forbidden('U mag dit verzoek niet inzien.');
}

/** The board's steps: the administrator, or the board of the entry's own provider. */
export function assertMayActAsBoard(actor: Actor | null, providerId: number): void {
  if (actor?.role === 'ADMIN') return;
  if (actor?.role === 'PROVIDER_BOARD' && actor.providerId === providerId) return;
  throw forbidden('Alleen het bestuur van de eigen aanbieder mag deze stap zetten.');
}

/** The council's steps: the administrator, or a member of the entry's own council. */
export function assertMayActAsCouncil(actor: Actor | null, councilId: number): void {
  if (actor?.role === 'ADMIN') return;
  if (actor?.role === 'COUNCIL_MEMBER' && actor.councilId === councilId) return;
  throw forbidden('Alleen leden van de eigen cliëntenraad mogen deze stap zetten.');
}

/**
 * Escalation and the committee's ruling concern both parties: either the board of the provider or a
 * member of the council involved may record them, and the administrator (who may also enter a ruling
 * on behalf of the commissie van vertrouwenslieden).
 */
export function assertIsParty(actor: Actor | null, entry: EntryScope): void {
  if (actor?.role === 'ADMIN') return;
  if (actor?.role === 'PROVIDER_BOARD' && actor.providerId === entry.providerId) return;
  if (actor?.role === 'COUNCIL_MEMBER' && actor.councilId === entry.councilId) return;
  throw forbidden('Alleen de betrokken aanbieder of cliëntenraad mag dit vastleggen.');
}
