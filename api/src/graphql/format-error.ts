import type { GraphQLFormattedError } from 'graphql';
import { AppError } from '../common/app-error';
import { isDatabaseUnavailable } from '../database/db-errors';

const INPUT_PATH = /at "([\w.[\]]+)"/;

function unwrap(error: unknown): unknown {
  let current = error as { originalError?: unknown } | undefined;
  while (current && typeof current === 'object' && 'originalError' in current && current.originalError) {
    current = current.originalError as typeof current;
  }
  return current;
}

/**
 * The one place where errors become GraphQL errors: AppError keeps its kind, reason and field;
 * framework errors keep Apollo's code; anything unexpected becomes a generic message in production
 * (no stack trace, no SQL, no echo of large inputs).
 */
export function createFormatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrap(error);
    if (original instanceof AppError) {
      // A scalar refusing a variable: GraphQL's message names the input path, keep it.
      const field = original.field ?? INPUT_PATH.exec(formatted.message)?.[1];
      return {
        message: original.field ? original.message : formatted.message,
        path: formatted.path,
        extensions: {
          code: original.kind,
          reason: original.reason,
          ...(field && { field }),
          ...(original.details && { details: original.details }),
        },
      };
    }
    const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    if (isDatabaseUnavailable(original)) {
      return {
        message: 'De database is tijdelijk niet bereikbaar. Probeer het zo opnieuw; er is niets opgeslagen.',
        path: formatted.path,
        extensions: { code: 'UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE' },
      };
    }
    // graphql-js stops coercing variables after 50 problems and reports it without a code.
    if (code === 'INTERNAL_SERVER_ERROR' && /Too many errors processing variables/.test(formatted.message)) {
      return {
        message: 'Te veel ongeldige waarden in de invoer; controleer de invoer en probeer opnieuw.',
        extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_INPUT_ERRORS' },
      };
    }
    if (code === 'INTERNAL_SERVER_ERROR') {
      const status = (original as { status?: number } | undefined)?.status;
      if (status === 413) {
        return {
          message: 'Het verzoek is te groot.',
          extensions: { code: 'BAD_USER_INPUT', reason: 'PAYLOAD_TOO_LARGE' },
        };
      }
      if (production) {
        return {
          message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
          path: formatted.path,
          extensions: { code },
        };
      }
      return formatted;
    }
    // Variable coercion errors name the input path in their message; lift it into extensions.field.
    const field = INPUT_PATH.exec(formatted.message)?.[1];
    const message =
      formatted.message.length > 500 ? `${formatted.message.slice(0, 500)}…` : formatted.message;
    return {
      ...formatted,
      message,
      extensions: {
        ...(production ? { code } : formatted.extensions),
        code,
        ...(field && { field }),
      },
    };
  };
}
