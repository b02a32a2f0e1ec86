import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import type { ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError, type ErrorCode } from '../shared/domain-error.js';

const CLIENT_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'INVALID_TRANSITION', 'CONFLICT', 'RATE_LIMITED',
]);
// Errors GraphQL itself raises about the document or the variables: safe to show, they are the client's.
const REQUEST_CODES: ReadonlySet<string> = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']);

function flattenValidation(errors: readonly ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => {
    const field = `${prefix}${e.property}`;
    const own = Object.values(e.constraints ?? {}).map((m) => `${field}: ${m}`);
    return [...own, ...flattenValidation(e.children ?? [], `${field}.`)];
  });
}

/**
 * The one error formatter: domain errors and request errors keep their message under a stable code;
 * anything else becomes INTERNAL with no detail (no stack, no SQL); it is logged with the request id.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof ArgumentValidationError) {
    const problems = flattenValidation(original.extensions.validationErrors);
    return { ...base, message: `The input is not valid: ${problems.join('; ')}`, extensions: { code: 'BAD_USER_INPUT', problems } };
  }
  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { ...original.extensions, code: original.code } };
  }
  const code = String(formatted.extensions?.code ?? '');
  // A DomainError thrown while coercing a scalar arrives wrapped by GraphQL, with its own message.
  if (original instanceof GraphQLError && CLIENT_CODES.has(String(original.extensions?.code))) {
    return { ...base, extensions: { code: original.extensions.code } };
  }
  if (REQUEST_CODES.has(code) || (!formatted.path && original instanceof GraphQLError && !original.originalError)) {
    return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
  }
  return { message: 'Something went wrong on our side. Please try again; if it persists, give the request id to support.', path: formatted.path, extensions: { code: 'INTERNAL' } };
}

/** The JSON body for an error answered outside GraphQL (uploads, downloads, body limits). */
export function httpError(error: unknown): { status: number; body: { error: { code: string; message: string } } } {
  if (error instanceof DomainError) {
    const status = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, RATE_LIMITED: 429, INTERNAL: 500 }[error.code as string] ?? 400;
    return { status, body: { error: { code: error.code, message: error.message } } };
  }
  return { status: 500, body: { error: { code: 'INTERNAL', message: 'Something went wrong on our side. Please try again.' } } };
}
