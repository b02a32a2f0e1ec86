import { GraphQLScalarType, Kind } from 'graphql';
import { badInput, msg } from './domain-error.js';

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
    const shown = String(value).slice(0, 40);
    throw badInput(msg(`"${shown}" is not a date; write it as YYYY-MM-DD.`, `«${shown}» — не дата; укажите в виде ГГГГ-ММ-ДД (YYYY-MM-DD).`, `«${shown}» — күн емес; ЖЖЖЖ-АА-КК (YYYY-MM-DD) түрінде жазыңыз.`));
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
