import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpUrlChecker, stateOf } from './url-check.js';

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/slow') return void setTimeout(() => res.end('late'), 2_000);
    const status = Number(req.url?.slice(1)) || 200;
    res.statusCode = status;
    res.end('x');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('re-checking a URL over real HTTP', () => {
  const checker = new HttpUrlChecker({ timeoutMs: 500, allowPrivate: true });
  it.each([
    ['/200', 'PRESENT', 200],
    ['/404', 'GONE', 404],
    ['/410', 'GONE', 410],
    ['/500', 'UNREACHABLE', 500],
  ])('%s → %s', async (path, state, status) => {
    expect(await checker.check(`${base}${path}`)).toMatchObject({ state, httpStatus: status });
  });

  it('gives up after the timeout', async () => {
    expect(await checker.check(`${base}/slow`)).toMatchObject({ state: 'UNREACHABLE', httpStatus: null, note: expect.stringMatching(/within 500 ms/) });
  });

  it('refuses to reach private addresses unless allowed', async () => {
    const strict = new HttpUrlChecker({ timeoutMs: 500, allowPrivate: false });
    expect(await strict.check(`${base}/200`)).toMatchObject({ state: 'UNREACHABLE', note: 'private address refused' });
  });

  it.each([[200, 'PRESENT'], [301, 'PRESENT'], [404, 'GONE'], [410, 'GONE'], [403, 'UNREACHABLE'], [503, 'UNREACHABLE']] as const)('HTTP %i → %s', (s, state) => {
    expect(stateOf(s)).toBe(state);
  });
});
