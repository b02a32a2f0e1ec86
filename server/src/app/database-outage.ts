import { GraphQLError } from 'graphql';

// Node's network errors when the database host does not answer or drops the connection.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
// SQLSTATE: the server is shutting down or starting (57P01–57P03), or has no connection slot left (53300).
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
// What pg, knex and the pool say when a connection died under a query (MikroORM puts the SQL before
// pg's message), a transaction lost its connection, or no connection could be had in time.
const MESSAGES = [
  /Connection terminated/,
  /Connection ended unexpectedly/,
  /Transaction query already complete/,
  /is not queryable/,
  /Timeout acquiring a connection/,
  /the database system is (starting up|shutting down|in recovery mode)/,
];

/**
 * Whether an error means the database cannot be reached right now (stopped, restarting, connection
 * lost) rather than that the request was wrong: such a request may succeed if simply sent again.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 4) return false;
  const code = (error as { code?: unknown }).code;
  // SQLSTATE class 08: connection exceptions (08P01, a protocol violation, is a bug, not an outage).
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATES.has(code) || (code.startsWith('08') && code !== '08P01'))) return true;
  if (MESSAGES.some((m) => m.test(error.message))) return true;
  const inner = [
    (error as { cause?: unknown }).cause,
    error instanceof GraphQLError ? error.originalError : undefined,
    ...(error instanceof AggregateError ? error.errors : []),
  ];
  return inner.some((e) => isDatabaseUnavailable(e, depth + 1));
}
