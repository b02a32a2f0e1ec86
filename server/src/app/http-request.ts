import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { INTERNAL, notJson, tooLarge } from './errors.js';

// What every HTTP request gets, whichever way it is answered (http.ts's Express app, or
// graphql-post.ts's GraphQL route beside it).

/** The largest JSON body a request may have (GraphQL, and every JSON route), and how its refusal names it. */
export const JSON_BODY_BYTES = 1024 * 1024;
export const JSON_BODY_LIMIT = '1 MB';

/**
 * Starts a request's bookkeeping: its id (the client's X-Request-Id when well formed, else a new
 * one), sent back in X-Request-Id, and its log line when the answer is sent. Returns the id.
 */
export function startRequest(req: IncomingMessage, res: ServerResponse, log: Logger, path: string): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    log.info({ requestId: id, method: req.method, url: path, status: res.statusCode, ms: Math.round(ms) }, 'request');
  });
  return id;
}

/**
 * The answer, in the GraphQL error shape with a stable code, to a request refused before GraphQL
 * saw it: a body too large (413) or not JSON (400) is BAD_USER_INPUT; anything else is INTERNAL.
 */
export function graphqlRefusal(status: number, requestId: string): { status: number; body: object } {
  if (status >= 500) return { status: 500, body: { errors: [{ message: INTERNAL.en, extensions: { code: 'INTERNAL', messages: INTERNAL, requestId } }] } };
  const messages = status === 413 ? tooLarge(JSON_BODY_LIMIT) : notJson;
  return { status, body: { errors: [{ message: messages.en, extensions: { code: 'BAD_USER_INPUT', messages, requestId } }] } };
}
