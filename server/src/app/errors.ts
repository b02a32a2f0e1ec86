import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { badFields, DomainError, msg, type ErrorCode, type FieldProblems, type Localized } from '../shared/domain-error.js';
import { isDatabaseUnavailable } from './database-outage.js';
import { validationFields } from './validation-fields.js';

const CLIENT_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'INVALID_TRANSITION', 'CONFLICT', 'RATE_LIMITED',
]);
// Errors GraphQL itself raises about the document or the variables: safe to show, they are the client's.
const REQUEST_CODES: ReadonlySet<string> = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']);

// GraphQL's own messages quote what the client sent (an operation name, a variable's value): a huge
// input must not come back whole in the answer and in the logs.
const MESSAGE_MAX = 500;
const clip = (message: string) => (message.length > MESSAGE_MAX ? `${message.slice(0, MESSAGE_MAX)}…` : message);

/**
 * The one error formatter: domain errors and request errors keep their message under a stable code;
 * anything else becomes INTERNAL with no detail (no stack, no SQL); it is logged with the request id.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: clip(formatted.message), locations: formatted.locations, path: formatted.path };
  // type-graphql's own argument check (validateArgs answers with a DomainError already): the same field problems.
  if (original instanceof ArgumentValidationError) {
    const refused = badFields(validationFields(original.extensions.validationErrors));
    return { ...base, message: refused.message, extensions: { ...refused.extensions, code: refused.code } };
  }
  if (original instanceof DomainError) {
    // `http` (status and headers for Apollo, e.g. Retry-After) is for the transport, not the client.
    const { http: _http, ...extensions } = original.extensions;
    return { ...base, message: original.message, extensions: { ...extensions, code: original.code } };
  }
  const code = String(formatted.extensions?.code ?? '');
  // A DomainError thrown while coercing a scalar arrives wrapped by GraphQL, with its own message.
  if (original instanceof GraphQLError && CLIENT_CODES.has(String(original.extensions?.code))) {
    return { ...base, extensions: { code: original.extensions.code } };
  }
  if (REQUEST_CODES.has(code) || (!formatted.path && original instanceof GraphQLError && !original.originalError)) {
    return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
  }
  // A database outage stays INTERNAL (the closed set of codes), with a message and a flag saying that sending it again may work.
  if (isDatabaseUnavailable(original)) {
    return { message: UNAVAILABLE.en, path: formatted.path, extensions: { code: 'INTERNAL', messages: UNAVAILABLE, retryable: true } };
  }
  return { message: INTERNAL.en, path: formatted.path, extensions: { code: 'INTERNAL', messages: INTERNAL } };
}

const UNAVAILABLE = msg(
  'The service is briefly unavailable. Please try again in a few seconds.',
  'Сервис временно недоступен. Повторите попытку через несколько секунд.',
  'Қызмет уақытша қолжетімсіз. Бірнеше секундтан кейін қайталап көріңіз.',
);

/** Whether the client sees this error masked as INTERNAL, so that only the log says what it was. */
export const isMasked = (error: GraphQLError): boolean => formatError(error.toJSON(), error).extensions?.code === 'INTERNAL';

export const INTERNAL = msg(
  'Something went wrong on our side. Please try again; if it persists, give the request id to support.',
  'На нашей стороне произошла ошибка. Повторите попытку; если она повторится, сообщите в поддержку номер запроса.',
  'Біз жақта қате орын алды. Қайталап көріңіз; қайталанса, сұрау нөмірін қолдау қызметіне хабарлаңыз.',
);

export const tooLarge = (limit: string) => msg(
  `The request is larger than the limit of ${limit}; shorten the text or attach files as evidence.`,
  `Запрос больше допустимых ${limit}; сократите текст или приложите файлы как доказательства.`,
  `Сұрау рұқсат етілген ${limit} көлемінен үлкен; мәтінді қысқартыңыз немесе файлдарды дәлел ретінде тіркеңіз.`,
);

export const notJson = msg('The request body is not valid JSON.', 'Тело запроса — не корректный JSON.', 'Сұрау денесі жарамды JSON емес.');

interface HttpErrorBody { code: string; message: string; messages: Localized; fields?: FieldProblems }

/** The JSON body for an error answered outside GraphQL (uploads, downloads). */
export function httpError(error: unknown): { status: number; body: { error: HttpErrorBody } } {
  if (error instanceof DomainError) {
    const status = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, RATE_LIMITED: 429, INTERNAL: 500 }[error.code as string] ?? 400;
    const messages = (error.extensions.messages as Localized | undefined) ?? msg(error.message, error.message, error.message);
    return { status, body: { error: { code: error.code, message: error.message, messages, ...(error.fields ? { fields: error.fields } : {}) } } };
  }
  return { status: 500, body: { error: { code: 'INTERNAL', message: INTERNAL.en, messages: INTERNAL } } };
}
