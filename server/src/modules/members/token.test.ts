import { afterEach, describe, expect, it, vi } from 'vitest';
import { DomainError } from '../../shared/domain-error.js';
import { signToken, verifyToken } from './token.js';

const keys = (secret: string, ttlMinutes = 60) => ({ secret: new TextEncoder().encode(secret), ttlMinutes });
const refusal = (p: Promise<unknown>) => p.then(() => null, (e: DomainError) => ({ code: e.code, message: e.message }));

afterEach(() => vi.useRealTimers());

describe('verifyToken (a token is checked once, then only its expiry)', () => {
  it('names the member on every use of a valid token', async () => {
    const k = keys('a-secret-long-enough-for-hs256-0123456789');
    const { token } = await signToken(k, 'member-1');
    expect(await verifyToken(k, token)).toBe('member-1');
    expect(await verifyToken(k, token)).toBe('member-1');
  });

  it('refuses a token it already accepted once it has expired, saying so', async () => {
    const k = keys('a-secret-long-enough-for-hs256-0123456789', 1);
    const { token } = await signToken(k, 'member-1');
    expect(await verifyToken(k, token)).toBe('member-1');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 61_000);
    expect(await refusal(verifyToken(k, token))).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/expired/) });
  });

  it('refuses under another key a token accepted under the first', async () => {
    const first = keys('a-secret-long-enough-for-hs256-0123456789');
    const other = keys('another-secret-long-enough-for-hs256-987');
    const { token } = await signToken(first, 'member-1');
    expect(await verifyToken(first, token)).toBe('member-1');
    expect(await refusal(verifyToken(other, token))).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/not valid/) });
  });

  it('refuses a token whose payload was altered after an accepted use', async () => {
    const k = keys('a-secret-long-enough-for-hs256-0123456789');
    const { token } = await signToken(k, 'member-1');
    expect(await verifyToken(k, token)).toBe('member-1');
    const [header, , signature] = token.split('.');
    const forged = `${header}.${Buffer.from(JSON.stringify({ sub: 'member-2', iss: 'kz-cyberbullying-panel', exp: 9_999_999_999 })).toString('base64url')}.${signature}`;
    expect(await refusal(verifyToken(k, forged))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
