import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './database-outage.js';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'), true],
    ['a reset connection', withCode('read ECONNRESET', 'ECONNRESET'), true],
    ['the server shutting down (57P01)', withCode('terminating connection due to administrator command', '57P01'), true],
    ['the server starting up (57P03)', withCode('the database system is starting up', '57P03'), true],
    ['no connection slot left (53300)', withCode('sorry, too many clients already', '53300'), true],
    ['a connection exception (08006)', withCode('connection failure', '08006'), true],
    ['a connection that died under a query', new Error('Connection terminated unexpectedly'), true],
    ['a connection that ended while it was being opened', new Error('Connection ended unexpectedly'), true],
    ['the ORM\'s wrapping, with the SQL before the message', new Error('select "c0".* from "comment" as "c0" - Connection terminated unexpectedly'), true],
    ['a transaction whose connection died, asked for another query', new Error('Transaction query already complete, run with DEBUG=knex:tx for more info'), true],
    ['a client that lost its connection', new Error('Client has encountered a connection error and is not queryable'), true],
    ['a pool that found no connection in time', new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), true],
    ['a refusal wrapped by GraphQL', new GraphQLError('Context creation failed', { originalError: withCode('connect ECONNREFUSED', 'ECONNREFUSED') }), true],
    ['a refusal as a cause', new Error('query failed', { cause: withCode('connect ECONNREFUSED', 'ECONNREFUSED') }), true],
    ['both addresses refused', Object.assign(new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], ''), {}), true],
    ['a unique violation', withCode('duplicate key value violates unique constraint', '23505'), false],
    ['a syntax error', withCode('syntax error at or near "selec"', '42601'), false],
    ['a protocol violation (a bug, not an outage)', withCode('protocol violation', '08P01'), false],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')"), false],
    ['not an error at all', 'ECONNREFUSED', false],
  ])('%s → %s', (_label, error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected);
  });
});
