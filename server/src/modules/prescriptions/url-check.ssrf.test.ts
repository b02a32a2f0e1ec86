// A URL from a citizen's application must never turn the re-check inward: a listener on this
// machine counts every connection, and no spelling of an address, no name and no redirect reaches it.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpUrlChecker } from './url-check.js';

let trap: Server;
let hits = 0;
let port: number;
let relay: Server;
let relayUrl: string;

beforeAll(async () => {
  trap = createServer((_req, res) => { hits += 1; res.end('inside'); });
  trap.on('connection', () => { hits += 1; });
  await new Promise<void>((r) => trap.listen(0, '::', r)); // both IPv4 and IPv6 loopback
  port = (trap.address() as { port: number }).port;
  // A "public" site (127.0.0.2, allowed below by name) that redirects inward.
  relay = createServer((req, res) => {
    res.statusCode = 302;
    res.setHeader('location', req.url === '/relative' ? `//127.0.0.1:${port}/` : `http://[::ffff:127.0.0.1]:${port}/`);
    res.end();
  });
  await new Promise<void>((r) => relay.listen(0, '127.0.0.2', r));
  relayUrl = `http://127.0.0.2:${(relay.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise((r) => trap.close(r));
  await new Promise((r) => relay.close(r));
});

const strict = new HttpUrlChecker({ timeoutMs: 1_000, allowPrivate: false });

describe('a URL re-check', () => {
  it.each([
    'http://127.0.0.1:PORT/', 'http://localhost:PORT/', 'http://[::1]:PORT/', 'http://[::ffff:127.0.0.1]:PORT/', 'http://[::ffff:7f00:1]:PORT/',
    'http://127.1:PORT/', 'http://0x7f000001:PORT/', 'http://2130706433:PORT/', 'http://017700000001:PORT/', 'http://0.0.0.0:PORT/', 'http://[::]:PORT/',
    'http://[0:0:0:0:0:ffff:127.0.0.1]:PORT/', 'http://[64:ff9b::7f00:1]:PORT/', 'http://[::ffff:169.254.169.254]/latest/meta-data/',
    'http://169.254.169.254/', 'http://[::ffff:a00:1]:PORT/', 'http://10.0.0.1:PORT/', 'http://100.64.0.1:PORT/', 'http://[fe80::1]:PORT/',
    'https://127.0.0.1:PORT/', 'ftp://127.0.0.1:PORT/',
  ])('of %s reaches nothing on this machine', async (template) => {
    const before = hits;
    const r = await strict.check(template.replace('PORT', String(port)));
    expect(r.state).toBe('UNREACHABLE');
    expect(r.note).toMatch(/refused|only http/);
    expect(hits).toBe(before);
  });

  it('checks every redirect hop and connects only to the address it checked', async () => {
    // Only the relay's own address is allowed: the hop inward is refused.
    const relayOnly = new HttpUrlChecker({ timeoutMs: 1_000, allowPrivate: false, addressAllowed: (a) => a === '127.0.0.2' });
    for (const path of ['/', '/relative']) {
      const before = hits;
      expect(await relayOnly.check(`${relayUrl}${path}`)).toMatchObject({ state: 'UNREACHABLE', note: 'private address refused' });
      expect(hits).toBe(before);
    }
  });

  it('still follows redirects to allowed addresses, to the final answer', async () => {
    const open = new HttpUrlChecker({ timeoutMs: 1_000, allowPrivate: true });
    const before = hits;
    expect(await open.check(`${relayUrl}/`)).toMatchObject({ state: 'PRESENT', httpStatus: 200 });
    expect(hits).toBeGreaterThan(before); // with private addresses allowed (tests, RECHECK_ALLOW_PRIVATE) it does arrive
  });
});
