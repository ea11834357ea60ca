import { DomainValidationError } from '@pm/domain';
import { badInput } from '../common/app-error';

/**
 * Runs a libs/domain rule and turns its DomainValidationError into BAD_USER_INPUT naming the input
 * field: `fields` maps the rule's field names to input paths (default `input.<field>`).
 */
export function domainRule<T>(rule: () => T, fields: Record<string, string> = {}): T {
  try {
    return rule();
  } catch (error) {
    if (error instanceof DomainValidationError) {
      throw badInput(error.code, fields[error.field] ?? `input.${error.field}`, error.message);
    }
    throw error;
  }
}
