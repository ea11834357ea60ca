import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/app-error';

/** Decides whether an actor may see a record (and so its history). */
export type VisibilityCheck = (manager: EntityManager, actor: Actor, entityId: string) => Promise<boolean>;

const signedIn: VisibilityCheck = async () => true;

/**
 * Which records' history a non-admin may read, per audited entity. A module that audits a new entity
 * adds its rule here; an entity without a rule has history for the admin only.
 */
export const HISTORY_VISIBILITY: Record<string, VisibilityCheck> = {
  provider: signedIn,
  client_council: signedIn,
  advice_term: signedIn,
  municipality: signedIn,
};
