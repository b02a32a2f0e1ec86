import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../test-support/platform.js';

describe('security headers', () => {
  let direct: TestPlatform;
  let behindProxy: TestPlatform;
  beforeAll(async () => {
    [direct, behindProxy] = await Promise.all([startTestPlatform({ demo: false }), startTestPlatform({ demo: false, env: { TRUST_PROXY: 'loopback' } })]);
  });
  afterAll(async () => { await Promise.all([direct?.close(), behindProxy?.close()]); });

  it.each(['/healthz', '/graphql?query=%7B__typename%7D', '/stats.csv', '/'])('are on every answer (%s)', async (path) => {
    const res = await fetch(`${direct.url}${path}`, { headers: { 'apollo-require-preflight': '1' } });
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/); // no inline script, no eval
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('sends HSTS only over TLS, as told by a trusted proxy', async () => {
    const https = { 'x-forwarded-proto': 'https' };
    expect((await fetch(`${direct.url}/healthz`)).headers.get('strict-transport-security')).toBeNull();
    // Not trusted by default: a client cannot claim TLS.
    expect((await fetch(`${direct.url}/healthz`, { headers: https })).headers.get('strict-transport-security')).toBeNull();
    expect((await fetch(`${behindProxy.url}/healthz`, { headers: https })).headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    expect((await fetch(`${behindProxy.url}/healthz`)).headers.get('strict-transport-security')).toBeNull();
  });
});
