import { describe, expect, it } from 'vitest';
import { parseEnv } from './env.js';

describe('parseEnv', () => {
  it('defaults to port 4000, the embedded database and the demo panel', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ port: 4000, databaseUrl: undefined, demo: true, nodeEnv: 'development' });
    expect(env.storageDir.endsWith('/storage')).toBe(true);
  });

  it.each([
    [{}, 72],
    [{ INVITATION_TTL_HOURS: '1' }, 1],
    [{ INVITATION_TTL_HOURS: '720' }, 720],
  ])('keeps invitation links valid for %j: %i hours', (source, hours) => {
    expect(parseEnv(source).invitationTtlHours).toBe(hours);
  });

  it.each([
    [{}, []],
    [{ TRUST_PROXY: 'loopback' }, ['loopback']],
    [{ TRUST_PROXY: ' 10.0.0.0/8, 192.0.2.7 ,uniquelocal' }, ['10.0.0.0/8', '192.0.2.7', 'uniquelocal']],
  ])('trusts X-Forwarded-For from %j: %j', (source, proxies) => {
    expect(parseEnv(source).trustProxy).toEqual(proxies);
  });

  it.each([
    [{ DATABASE_URL: 'postgres://u@h/db' }, false],
    [{ DATABASE_URL: 'postgres://u@h/db', DEMO: '1' }, true],
    [{ NODE_ENV: 'production', TOKEN_SECRET: 'x'.repeat(32), DEMO: '1' }, false],
  ])('seeds the demo for %j: %s', (source, demo) => {
    expect(parseEnv(source).demo).toBe(demo);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x/y' }, /DATABASE_URL/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
    [{ TOKEN_SECRET: 'short' }, /TOKEN_SECRET must be at least 32/],
    [{ NODE_ENV: 'production' }, /TOKEN_SECRET: required in production/],
    [{ DEMO: 'yes' }, /DEMO/],
    [{ INVITATION_TTL_HOURS: '0' }, /INVITATION_TTL_HOURS/],
    [{ INVITATION_TTL_HOURS: '721' }, /INVITATION_TTL_HOURS/],
    [{ INVITATION_TTL_HOURS: 'three days' }, /INVITATION_TTL_HOURS/],
    [{ TRUST_PROXY: 'everyone' }, /TRUST_PROXY/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, /TRUST_PROXY/],
  ])('refuses %j with a message naming the variable', (source, message) => {
    expect(() => parseEnv(source)).toThrow(message);
  });
});
