import { Field, ObjectType } from 'type-graphql';
import { badInput, msg } from './domain-error.js';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export const MAX_PAGE = 100;

/** Cursors are opaque to clients: base64url of the sort key of the last row. */
export const encodeCursor = (parts: readonly string[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');

/**
 * The parts of a cursor this server made; `valid` checks their contents, since a client can forge a
 * well-formed cursor and its parts go into SQL as a timestamp or a uuid.
 */
export function decodeCursor(cursor: string, size: number, valid: (parts: string[]) => boolean = () => true): string[] {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parts) && parts.length === size && parts.every((p) => typeof p === 'string') && valid(parts)) return parts;
  } catch {
    // fall through to the error below
  }
  throw badInput(msg('The page cursor is not valid; start again from the first page.', 'Курсор страницы недействителен; начните с первой страницы.', 'Бет курсоры жарамсыз; бірінші беттен бастаңыз.'));
}

// A time as this server writes it in a cursor (toISOString): four-digit years only, which PostgreSQL accepts.
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
export const isCursorTime = (s: string) => ISO_TIME.test(s) && !Number.isNaN(Date.parse(s));

export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw badInput(msg(`Page size must be between 1 and ${MAX_PAGE}.`, `Размер страницы — от 1 до ${MAX_PAGE}.`, `Бет өлшемі 1-ден ${MAX_PAGE}-ге дейін.`), { max: MAX_PAGE });
  }
  return first;
}
