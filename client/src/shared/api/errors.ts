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
