import { AppError } from './app-error';

/**
 * Optimistic locking: a client that sends the version it saw is refused when the record changed since,
 * so two people editing the same record cannot silently overwrite each other. No version: no check.
 */
export function assertVersion(
  current: number,
  expected: number | null | undefined,
  field = 'input.version',
): void {
  if (expected !== undefined && expected !== null && expected !== current) {
    throw new AppError(
      'CONFLICT',
      'VERSION_CONFLICT',
      'Dit gegeven is intussen door iemand anders gewijzigd. Laad het opnieuw en probeer het nog eens.',
      field,
      { currentVersion: current },
    );
  }
}
