import { CombinedGraphQLErrors, ServerError, type ErrorLike } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import { ERROR_CODES, isOneOf, type ErrorCode } from './enums';

/** One problem to show: the server's own message when it sent one, and its stable code. */
export interface Problem {
  code: ErrorCode | 'NETWORK' | 'UNKNOWN';
  message: string | null;
}

type Localized = Partial<Record<'kk' | 'ru' | 'en', string>>;

/** The server sends its messages in kk, ru and en (extensions.messages); pick the interface language. */
export function localizedMessage(error: { message?: string; extensions?: { messages?: unknown } }, language: string): string | null {
  const messages = error.extensions?.messages as Localized | undefined;
  const text = messages?.[language as keyof Localized] ?? error.message;
  return text?.trim() || null;
}

function codeOf(error: GraphQLFormattedError): ErrorCode | 'UNKNOWN' {
  const code = error.extensions?.code;
  return isOneOf(ERROR_CODES, code) ? code : 'UNKNOWN';
}

function formattedErrors(error: unknown): readonly GraphQLFormattedError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  // A non-200 answer may still carry a GraphQL body (e.g. 401 with { errors: [...] }).
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: GraphQLFormattedError[] };
      return Array.isArray(body.errors) ? body.errors : [];
    } catch {
      return [];
    }
  }
  return [];
}

/** GraphQL errors of an Apollo error whose path starts with `path`; all of them when no path is given. */
export function graphQLErrors(error: unknown, path?: readonly (string | number)[]): GraphQLFormattedError[] {
  const all = formattedErrors(error);
  if (!path) return [...all];
  return all.filter((e) => path.every((part, i) => e.path?.[i] === part));
}

export function hasErrorCode(error: unknown, code: ErrorCode, path?: readonly (string | number)[]): boolean {
  return graphQLErrors(error, path).some((e) => codeOf(e) === code);
}

/** Problems to show for an error, most specific first; empty when there is no error. */
export function problemsOf(error: ErrorLike | null | undefined, language: string): Problem[] {
  if (!error) return [];
  const errors = formattedErrors(error);
  if (errors.length > 0) {
    return errors.map((e) => ({ code: codeOf(e), message: localizedMessage(e, language) }));
  }
  if (ServerError.is(error)) {
    return [{ code: error.statusCode === 401 ? 'UNAUTHENTICATED' : 'UNKNOWN', message: null }];
  }
  // fetch() failures and socket closes: no server message worth showing.
  return [{ code: 'NETWORK', message: null }];
}

export function isUnauthenticated(error: unknown): boolean {
  if (ServerError.is(error) && error.statusCode === 401) return true;
  return formattedErrors(error).some((e) => codeOf(e) === 'UNAUTHENTICATED');
}

/** One field's problem as the server sent it (extensions.fields): a stable code and the message in the interface language, if sent. */
export interface FieldProblem {
  code: string;
  message: string | null;
}

function fieldsOfOne(e: GraphQLFormattedError, language: string): Record<string, FieldProblem> {
  const found: Record<string, FieldProblem> = {};
  const fields = e.extensions?.fields;
  if (!fields || typeof fields !== 'object') return found;
  for (const [path, value] of Object.entries(fields as Record<string, unknown>)) {
    if (!value || typeof value !== 'object') continue;
    const { code, message } = value as { code?: unknown; message?: unknown };
    const text = message && typeof message === 'object' ? (message as Localized)[language as keyof Localized] : undefined;
    found[path] = { code: typeof code === 'string' ? code : 'INVALID', message: text?.trim() || null };
  }
  return found;
}

/**
 * The field problems of an error, by the field's path in the input's terms (see the server's
 * FieldProblems: "reason", "applicationNumber", "applicant.name", "episodes.0.url"); the first
 * problem of a path wins.
 */
export function fieldProblemsOf(error: unknown, language: string): Record<string, FieldProblem> {
  const found: Record<string, FieldProblem> = {};
  for (const e of formattedErrors(error)) {
    for (const [path, problem] of Object.entries(fieldsOfOne(e, language))) found[path] ??= problem;
  }
  return found;
}

/** What a form shows for an error: problems under the fields it has, and the rest as general messages. */
export interface FormProblems {
  /** Control name → the field's problem. */
  fields: Record<string, FieldProblem>;
  /** Problems not about one field (a conflict, a lost connection), or about a field the form does not have. */
  general: Problem[];
}

/**
 * Splits an error for a form. `place` maps a server field path to the form's control name (null:
 * not in this form). An error with field problems is shown through them, not repeated whole.
 */
export function formProblemsOf(error: ErrorLike | null | undefined, language: string, place: (path: string) => string | null): FormProblems {
  const result: FormProblems = { fields: {}, general: [] };
  if (!error) return result;
  const errors = formattedErrors(error);
  if (errors.length === 0) return { ...result, general: problemsOf(error, language) };
  for (const e of errors) {
    const own = fieldsOfOne(e, language);
    const paths = Object.keys(own);
    // A field this form does not show: the error's own message says which and what.
    const unplaced = paths.length === 0 || paths.some((path) => place(path) === null);
    if (unplaced) result.general.push({ code: codeOf(e), message: localizedMessage(e, language) });
    for (const path of paths) {
      const name = place(path);
      if (name !== null) result.fields[name] ??= own[path];
    }
  }
  return result;
}
