// One error type for every rule in libs/domain. The API maps `code` to GraphQL `extensions.code` and
// `field` to the input field at fault, so both are part of the contract; the message is for logs.

/** Codes raised by the dates, timeliness, findings, lifecycle and catalogue rules. */
export const WMCZ_ERROR_CODES = [
  'INVALID_DATE',
  'INVALID_DAYS',
  'INVALID_TERM',
  'INVALID_KIND',
  'INVALID_COUNT',
  'RESPONSE_BEFORE_REQUEST',
  'INVALID_TRANSITION',
] as const;
export type WmczErrorCode = (typeof WMCZ_ERROR_CODES)[number];

/**
 * A rule refused its input. `code` is a stable, machine-readable reason (each module lists its own
 * codes, e.g. {@link WMCZ_ERROR_CODES}); `field` names the input field at fault, spelled as in the
 * rule's input type.
 */
export class DomainValidationError<C extends string = string> extends Error {
  readonly code: C;
  readonly field: string;

  constructor(code: C, field: string, message?: string) {
    super(message ?? `${field}: ${code}`);
    this.name = 'DomainValidationError';
    this.code = code;
    this.field = field;
  }
}
