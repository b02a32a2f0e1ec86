import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../test-support/platform.js';

let tp: TestPlatform;
beforeAll(async () => { tp = await startTestPlatform({ demo: false }); });
afterAll(() => tp.close());

describe('HTTP transport', () => {
  it('answers /healthz and /readyz, with a request id on every response', async () => {
    const health = await fetch(`${tp.url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect(health.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
    expect(await (await fetch(`${tp.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it.each([
    ['a body that is not JSON', '{"query": ', 400],
    ['a query that does not parse', JSON.stringify({ query: '{ me { ' }), 400],
    ['an unknown field', JSON.stringify({ query: '{ secrets }' }), 400],
  ])('answers %s with BAD_USER_INPUT and no stack trace', async (_w, body, status) => {
    // Raw fetch on purpose: malformed bodies are what is under test.
    const res = await fetch(`${tp.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(status);
    const text = await res.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(text).not.toMatch(/stacktrace|\.ts:\d+|node_modules/);
  });

  const nest = (n: number): string => (n === 0 ? 'id' : `replies { ${nest(n - 1)} }`);
  it.each([
    ['a query deeper than the limit', `{ case(id: "x") { comments { ${nest(12)} } } }`, /depth limit/],
    ['an alias bomb', `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ')} }`, /aliases/i],
    ['a directive bomb', `{ me { id ${'@include(if: true) '.repeat(40)} } }`, /directives/i],
    ['a document with too many tokens', `{ me { ${'id '.repeat(3000)} } }`, /token/i],
  ])('refuses %s before running it (BAD_USER_INPUT)', async (_w, query, message) => {
    const body = await tp.gql(query);
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.map((e) => e.message).join(' ')).toMatch(message);
    expect(body.data).toBeUndefined();
  });

  it('keeps an idle keep-alive socket past Node\'s default 5 s, so a client reusing it after a pause is answered', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const ask = () => new Promise<{ status: number; reused: boolean }>((resolve, reject) => {
      const url = new URL('/healthz', tp.url);
      const req = request({ host: url.hostname, port: url.port, path: url.pathname, agent }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode!, reused: req.reusedSocket }));
      });
      req.on('error', reject);
      req.end();
    });
    try {
      expect(await ask()).toEqual({ status: 200, reused: false });
      await new Promise((r) => setTimeout(r, 6_000));
      expect(await ask()).toEqual({ status: 200, reused: true });
    } finally {
      agent.destroy();
    }
  }, 20_000);

  it('refuses a GET mutation and a form post (CSRF prevention)', async () => {
    // Raw fetch on purpose: the content type and the method are what is under test.
    const res = await fetch(`${tp.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ me { id } }"}' });
    expect(res.status).toBe(400);
  });
});
