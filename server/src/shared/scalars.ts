import { GraphQLScalarType, Kind } from 'graphql';
import { DomainError } from './domain-error.js';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isLocalDate(value: string): boolean {
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.toISOString().slice(0, 10) === value;
}

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isLocalDate(value)) {
    throw new DomainError('BAD_USER_INPUT', `"${String(value).slice(0, 40)}" is not a date; write it as YYYY-MM-DD.`);
  }
  return value;
}

export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date without time, YYYY-MM-DD (Kazakhstan local date).',
  serialize: (v) => String(v),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
