import type { EntityManager } from 'typeorm';
import { mayRead } from '../advice-request/advice-request.access';
import type { Actor } from '../common/app-error';

/** Decides whether an actor may see a record (and so its history). */
export type VisibilityCheck = (manager: EntityManager, actor: Actor, entityId: string) => Promise<boolean>;

const signedIn: VisibilityCheck = async () => true;

// Reports stay within the core group until participants approved them (seed 001).
const reportVisible: VisibilityCheck = async (manager, actor, entityId) => {
  if (actor.role === 'CORE_GROUP') return true;
  if (!/^\d{1,10}$/.test(entityId)) return false;
  const rows: Array<{ status: string }> = await manager.query(
    'SELECT status FROM activity_report WHERE id = $1',
    [Number(entityId)],
  );
  return rows[0] !== undefined && ['APPROVED_BY_PARTICIPANTS', 'SHARED_WITH_REGION'].includes(rows[0].status);
};

// A register entry's history follows the entry itself: read-all roles, its own board, its own council.
const registerEntryVisible: VisibilityCheck = async (manager, actor, entityId) => {
  if (!/^\d{1,10}$/.test(entityId)) return false;
  const rows: Array<{
    providerId: number;
    councilId: number;
    requestedOn: string | null;
    kind: string;
    reportedNotRequested: boolean;
  }> = await manager.query(
    `SELECT provider_id AS "providerId", council_id AS "councilId", requested_on::text AS "requestedOn", kind,
              reported_not_requested AS "reportedNotRequested" FROM advice_request WHERE id = $1`,
    [Number(entityId)],
  );
  return rows[0] !== undefined && mayRead(actor, rows[0]);
};

const meetingVisible: VisibilityCheck = async (manager, actor, entityId) => {
  if (['ADMIN', 'POLICY_OFFICER', 'CORE_GROUP'].includes(actor.role)) return true;
  if (!/^\d{1,10}$/.test(entityId)) return false;
  const rows: Array<{ providerId: number; councilId: number }> = await manager.query(
    'SELECT provider_id AS "providerId", council_id AS "councilId" FROM consultation_meeting WHERE id = $1',
    [Number(entityId)],
  );
  const row = rows[0];
  return row !== undefined && (actor.providerId === row.providerId || actor.councilId === row.councilId);
};

/**
 * Which records' history a non-admin may read, per audited entity. A module that audits a new entity
 * adds its rule here; an entity without a rule has history for the admin only.
 */
export const HISTORY_VISIBILITY: Record<string, VisibilityCheck> = {
  provider: signedIn,
  client_council: signedIn,
  advice_term: signedIn,
  municipality: signedIn,
  goal: signedIn,
  indicator: signedIn,
  indicator_measurement: signedIn,
  action: signedIn,
  action_activity: signedIn,
  action_dependency: signedIn,
  action_milestone: signedIn,
  participation_activity: signedIn,
  core_group_member: signedIn,
  activity_report: reportVisible,
  wmcz_subject: signedIn,
  advice_request: registerEntryVisible,
  consultation_meeting: meetingVisible,
};
