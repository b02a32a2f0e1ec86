import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../server/src/test-support/platform.js';
import { expectRefused, expectStillServing, send, type Send } from './support.js';

// Hostile requests at the HTTP level of /graphql: batching, methods, content types, sizes, bodies.
let tp: TestPlatform;
let token: string;
let secretary: string;
beforeAll(async () => {
  tp = await startTestPlatform();
  token = await tp.login('member1@demo.kz');
  secretary = await tp.login('secretary@demo.kz');
});
afterAll(() => tp.close());

const START = 'mutation { startScreening(caseId: "00000000-0000-4000-8000-000000000000") { id } }';
const big = (bytes: number) => JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(bytes) } });

// [what, body, options (token added), expected HTTP status]
const requests: [string, () => unknown, Send, number][] = [
  // Apollo Server 5 refuses batches unless allowBatchedHttpRequests: the platform keeps that off,
  // so one request is one operation (rate limits and costs count per request).
  ['a batch of two operations in one POST', () => [{ query: '{ me { id } }' }, { query: '{ me { name } }' }], {}, 400],
  ['a batch of a thousand mutations', () => Array.from({ length: 1_000 }, () => ({ query: START })), {}, 400],
  ['a mutation sent with GET', () => ({ query: START }), { method: 'GET' }, 405],
  ['a GET without the preflight header (CSRF prevention)', () => ({ query: '{ me { id } }' }), { method: 'GET', headers: { 'apollo-require-preflight': '' } }, 400],
  ['a form post (text/plain, CSRF prevention)', () => JSON.stringify({ query: '{ me { id } }' }), { headers: { 'content-type': 'text/plain' } }, 400],
  ['a multipart form post (CSRF prevention)', () => '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ me { id } }\r\n--x--', { headers: { 'content-type': 'multipart/form-data; boundary=x' } }, 400],
  ['a urlencoded form post (CSRF prevention)', () => 'query=%7B%20me%20%7B%20id%20%7D%20%7D', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 400],
  ['a body over the 1 MB limit', () => big(1_100_000), {}, 413],
  ['a body of 5 MB', () => big(5_000_000), {}, 413],
  ['a body that is not JSON', () => '{"query": "{ me { id } }"', {}, 400],
  ['a body that is JSON but not an object', () => '"{ me { id } }"', {}, 400],
  ['a body that is JSON null', () => 'null', {}, 400],
  ['a body without a query', () => ({ variables: {} }), {}, 400],
  ['a query that is not a string', () => ({ query: { kind: 'Document' } }), {}, 400],
  ['variables that are not an object', () => ({ query: 'query($id: ID!) { case(id: $id) { id } }', variables: '["x"]' }), {}, 400],
  ['an operationName that is not a string', () => ({ query: '{ me { id } }', operationName: 42 }), {}, 400],
  ['extensions that are not an object', () => ({ query: '{ me { id } }', extensions: 'x' }), {}, 400],
  // The automatic persisted-query protocol answers an unknown hash with 200 (the client then sends the query).
  ['a persisted-query hash instead of a query', () => ({ extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } }), {}, 200],
];

describe('hostile HTTP requests to /graphql', () => {
  it.each(requests)('refuses %s with BAD_USER_INPUT', async (_what, body, opts, status) => {
    await expectRefused(tp, token, () => send(tp, body(), { token: secretary, ...opts }), 'BAD_USER_INPUT', status);
  });

  it.each([
    ['a token that is not a JWT', 'Bearer nonsense'],
    ['a token 8 KB long', `Bearer ${'a'.repeat(8_000)}`],
    ['a token signed with another key', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDAiLCJpc3MiOiJrei1jeWJlcmJ1bGx5aW5nLXBhbmVsIn0.c2lnbmF0dXJl'],
    ['a token with alg none', `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x","iss":"kz-cyberbullying-panel"}').toString('base64url')}.`],
  ])('refuses %s with UNAUTHENTICATED', async (_what, authorization) => {
    await expectRefused(tp, token, () => send(tp, { query: START }, { headers: { authorization } }), 'UNAUTHENTICATED');
  });

  it('answers headers past 16 KB with 431 (Node refuses them before any code runs) and keeps serving', async () => {
    const before = await tp.snapshot();
    const answer = await send(tp, { query: START }, { headers: { authorization: `Bearer ${'a'.repeat(100_000)}` } });
    expect(answer.status).toBe(431);
    expect(await tp.snapshot()).toEqual(before);
    await expectStillServing(tp, token);
  });

  it('keeps answering a valid request between hostile ones, with a request id on each refusal', async () => {
    const answer = await send(tp, '{"query":', { token });
    expect(answer.body!.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', requestId: expect.any(String) } });
    const ok = await send(tp, { query: '{ me { id } }' }, { token });
    expect(ok.status).toBe(200);
  });
});
