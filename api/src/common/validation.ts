import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { badInput } from './app-error';

/** Validation options that carry our error code and a Dutch message for one constraint. */
export const reason = (code: string, message: string) => ({ message, context: { reason: code } });

function firstProblem(
  errors: ValidationError[],
  parent = '',
): { field: string; reason: string; message: string } | null {
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    if (error.constraints) {
      const [constraint, message] = Object.entries(error.constraints)[0] ?? ['invalid', 'Ongeldige waarde.'];
      const context = error.contexts?.[constraint] as { reason?: string } | undefined;
      return { field, reason: context?.reason ?? `INVALID_${constraint.toUpperCase()}`, message };
    }
    const nested = firstProblem(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/**
 * The global pipe: validates every @Args() class; the first problem becomes a BAD_USER_INPUT error
 * naming the field (e.g. input.kvkNumber), so nothing reaches a service unvalidated.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const problem = firstProblem(errors) ?? {
        field: 'input',
        reason: 'INVALID_INPUT',
        message: 'Ongeldige invoer.',
      };
      return badInput(problem.reason, problem.field, `${problem.field}: ${problem.message}`);
    },
  });
}
