import { CustomScalar, Scalar } from '@nestjs/graphql';
import { Kind, type ValueNode } from 'graphql';
import { AppError } from './app-error';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(value: string): boolean {
  const match = ISO.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isValidIsoDate(value)) {
    throw new AppError(
      'BAD_USER_INPUT',
      'INVALID_DATE',
      `Ongeldige datum: verwacht JJJJ-MM-DD met een bestaande dag.`,
    );
  }
  return value;
}

/** A calendar day without time or zone, 'YYYY-MM-DD' (Europe/Amsterdam is implied). */
@Scalar('Date', () => LocalDate)
export class LocalDate implements CustomScalar<string, string> {
  description = "Kalenderdag 'JJJJ-MM-DD' zonder tijd of tijdzone (Europe/Amsterdam).";

  parseValue(value: unknown): string {
    return parse(value);
  }

  serialize(value: unknown): string {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return String(value);
  }

  parseLiteral(ast: ValueNode): string {
    return parse(ast.kind === Kind.STRING ? ast.value : undefined);
  }
}
