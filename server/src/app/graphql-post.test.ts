import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../test-support/platform.js';
import type { HttpHandler } from './http.js';

// POST /graphql is answered beside Express (graphql-post.ts). Every request below is sent twice —
// to the platform, and to a server with its Express app alone, as the route was answered before —
// and the two answers must be the same: status, headers and body.

let tp: TestPlatform;
let handler: HttpHandler;
let expressOnly: Server;
let token: string;
beforeAll(async () => {
  // Behind a proxy on this machine: X-Forwarded-* from 127.0.0.1 are believed, as in production behind nginx.
  tp = await startTestPlatform({ env: { TRUST_PROXY: 'loopback' } });
  token = await tp.login('member1@demo.kz');
  // Apollo's drain plugin listens too (it counts requests per socket): the app's listener is the one with `express`.
  handler = tp.platform.server.listeners('request').find((l) => 'express' in l) as HttpHandler;
  expressOnly = createServer(handler.express);
  await new Promise<void>((resolve) => expressOnly.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise((resolve) => expressOnly?.close(resolve));
  await tp?.close();
});

interface Answer { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/** One raw request (headers exactly as given, the body in the given pieces). */
function send(base: string, headers: Record<string, string>, pieces: (string | Buffer)[], path = '/graphql'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, base);
    const req = request({ host: url.hostname, port: url.port, path, method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    for (const p of pieces) req.write(p);
    req.end();
  });
}

const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
// What differs between any two answers: the time and the connection's own headers.
const comparable = ({ date: _d, connection: _c, 'keep-alive': _k, ...headers }: Answer['headers']) => headers;

const REQUEST_ID = 'graphql-post-test-0001';
const json = { 'content-type': 'application/json', 'x-request-id': REQUEST_ID };
const ME = JSON.stringify({ query: '{ me { name role } }' });
const big = (bytes: number) => JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(bytes) } });

// [what, headers (the member's token added unless said), body pieces, path]
const cases: [string, Record<string, string>, () => (string | Buffer)[], string?][] = [
  ['a query with a token', json, () => [ME]],
  ['a query with a query string', json, () => [ME], '/graphql?op=me'],
  ['a query without a token', { ...json, authorization: '' }, () => [ME]],
  ['a mutation refused by the domain', json, () => [JSON.stringify({ query: 'mutation { startScreening(caseId: "00000000-0000-4000-8000-000000000000") { id } }' })]],
  ['a query that does not parse', json, () => [JSON.stringify({ query: '{ me { ' })]],
  ['a body that is not JSON', json, () => ['{"query": ']],
  ['JSON that is not an object', json, () => ['"{ me { id } }"']],
  ['JSON null', json, () => ['null']],
  ['an empty body', json, () => []],
  ['a body of spaces', json, () => ['   ']],
  ['a body after spaces and a byte order mark', json, () => [Buffer.from([0xef, 0xbb, 0xbf]), ' \n', ME]],
  ['a body sent in many pieces', json, () => ME.match(/.{1,7}/g)!],
  ['a body over the 1 MB limit', json, () => [big(1_100_000)]],
  ['a body over the limit without a length (chunked)', { ...json, 'transfer-encoding': 'chunked' }, () => big(1_100_000).match(/.{1,65536}/g)!],
  ['a charset said as utf-8', { ...json, 'content-type': 'application/json; charset=UTF-8' }, () => [ME]],
  ['another charset', { ...json, 'content-type': 'application/json; charset=latin1' }, () => [ME]],
  ['a gzip body', { ...json, 'content-encoding': 'gzip' }, () => [ME]],
  ['a form post', { ...json, 'content-type': 'text/plain' }, () => [ME]],
  ['a client request id that is not well formed', { ...json, 'x-request-id': 'no good!' }, () => [ME]],
  ['a request forwarded over TLS by the trusted proxy', { ...json, 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7' }, () => [ME]],
  ['a batch', json, () => [JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { name } }' }])]],
];

describe('POST /graphql beside Express', () => {
  it.each(cases)('answers %s as the Express app does', async (_what, headers, body, path) => {
    const withToken = 'authorization' in headers ? headers : { ...headers, authorization: `Bearer ${token}` };
    const [direct, viaExpress] = await Promise.all([send(tp.url, withToken, body(), path), send(urlOf(expressOnly), withToken, body(), path)]);
    const id = (a: Answer) => (headers['x-request-id'] === REQUEST_ID ? a : { ...a, body: a.body.replace(/"requestId":"[^"]+"/g, '"requestId":"…"') });
    const normal = (a: Answer) => ({ status: a.status, body: id(a).body, headers: { ...comparable(a.headers), 'x-request-id': headers['x-request-id'] === REQUEST_ID ? a.headers['x-request-id'] : '…' } });
    expect(normal(direct)).toEqual(normal(viaExpress));
    expect(direct.headers['content-security-policy']).toMatch(/default-src 'self'/);
  });

  it('takes only POST /graphql with an uncompressed JSON body in UTF-8; the rest goes to Express', () => {
    const takes = (method: string, url: string, headers: Record<string, string>) => handler.takesGraphql({ method, url, headers } as unknown as IncomingMessage);
    expect(takes('POST', '/graphql', { 'content-type': 'application/json' })).toBe(true);
    expect(takes('POST', '/graphql?x=1', { 'content-type': 'Application/JSON; charset="utf-8"' })).toBe(true);
    expect(takes('POST', '/graphql', { 'content-type': 'application/json', 'content-encoding': 'identity' })).toBe(true);
    expect(takes('GET', '/graphql', { 'content-type': 'application/json' })).toBe(false);
    expect(takes('POST', '/graphql/', { 'content-type': 'application/json' })).toBe(false);
    expect(takes('POST', '/graphqlx', { 'content-type': 'application/json' })).toBe(false);
    expect(takes('POST', '/graphql', {})).toBe(false);
    expect(takes('POST', '/graphql', { 'content-type': 'application/json; charset=utf-16' })).toBe(false);
    expect(takes('POST', '/graphql', { 'content-type': 'application/json', 'content-encoding': 'gzip' })).toBe(false);
    expect(takes('POST', '/graphql', { 'content-type': 'application/graphql+json' })).toBe(false);
  });

  it('sends HSTS only for a request the trusted proxy says came over TLS', async () => {
    const over = await send(tp.url, { ...json, 'x-forwarded-proto': 'https' }, [ME]);
    const plain = await send(tp.url, json, [ME]);
    expect(over.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });

  it('lets a client go away mid-body, and goes on answering', async () => {
    const { port } = new URL(tp.url);
    for (let i = 0; i < 5; i++) {
      await new Promise<void>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":`);
          setTimeout(() => { socket.destroy(); resolve(); }, 20);
        });
        socket.on('error', reject);
      });
    }
    const after = await send(tp.url, { ...json, authorization: `Bearer ${token}` }, [ME]);
    expect(after.status).toBe(200);
    expect(JSON.parse(after.body)).toEqual({ data: { me: { name: expect.any(String), role: 'MEMBER' } } });
  });
});
