import { Matches, type ValidationOptions } from 'class-validator';

/** Database ids travel as GraphQL IDs (strings of digits); they are checked at the edge. */
export const IsEntityId = (options: ValidationOptions = {}) =>
  Matches(/^[1-9][0-9]{0,9}$/, {
    message: '$property moet een geldig id zijn',
    context: { reason: 'INVALID_ID' },
    ...options,
  });

export const toId = (value: string): number => Number(value);
