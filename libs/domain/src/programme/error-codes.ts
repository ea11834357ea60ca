// Error codes the programme rules raise, as `DomainValidationError.code`. The API maps them to
// GraphQL `extensions.code`; the dashboard may translate them.

export const PROGRAMME_ERROR_CODES = [
  'INVALID_NUMBER',
  'TARGET_EQUALS_BASELINE',
  'TARGET_WRONG_SIDE_OF_BASELINE',
  'PROGRESS_OUT_OF_RANGE',
  'NEGATIVE_WEIGHT',
  'INVALID_DATE',
  'INVALID_TRANSITION',
  'DEPENDENCY_CYCLE',
] as const;
export type ProgrammeErrorCode = (typeof PROGRAMME_ERROR_CODES)[number];
