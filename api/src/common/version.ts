import { AppError } from './app-error';

/**
 * Optimistic locking: a client that sends the version it saw is refused when the record changed since,
 * so two people editing the same record cannot silently overwrite each other. The refusal is one error
 * for every record: CONFLICT with reason STALE_VERSION, and in `details` the current version and the
 * record's current values (as the API shows them), so the client can show what changed and retry.
 * Call it after the caller's right to see the record was checked. No version sent: no check (the
 * register, the catalogue, indicators and reports keep that for older clients; actions require one).
 */
export function assertVersion(
  currentVersion: number,
  expected: number | null | undefined,
  current: () => object,
  field = 'input.version',
): void {
  if (expected !== undefined && expected !== null && expected !== currentVersion) {
    throw new AppError(
      'CONFLICT',
      'STALE_VERSION',
      `Dit gegeven is intussen door iemand anders gewijzigd (nu versie ${currentVersion}, u had versie ${expected}). ` +
        'Bekijk de huidige waarden en probeer het opnieuw.',
      field,
      { currentVersion, current: JSON.parse(JSON.stringify(current())) as unknown },
    );
  }
}
