import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashInvitationToken, invitationPath, isInvitationToken, newInvitationToken, passwordProblem } from './invitation.token.js';

describe('invitation tokens', () => {
  it('are 32 random bytes in base64url, stored as their SHA-256 only', () => {
    const { token, hash } = newInvitationToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(isInvitationToken(token)).toBe(true);
    expect(hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(hash).not.toContain(token);
    expect(hashInvitationToken(token)).toBe(hash);
  });

  it('are never the same twice', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => newInvitationToken().token));
    expect(tokens.size).toBe(1000);
  });

  it.each([['', false], ['short', false], ['a'.repeat(43), true], ['a'.repeat(44), false], [`${'a'.repeat(42)}=`, false], [`${'a'.repeat(42)}/`, false], [`${'a'.repeat(42)}-`, true]])(
    '%j looks like a token: %s', (s, ok) => {
      expect(isInvitationToken(s)).toBe(ok);
    },
  );

  it('are opened from the fragment of the link, which no server receives', () => {
    expect(invitationPath('abc')).toBe('/invitation#abc');
  });
});

describe('the password a person sets', () => {
  it.each([
    ['', 'TOO_SHORT'],
    ['eleven-char', 'TOO_SHORT'],
    [' '.repeat(20), 'TOO_SHORT'],
    ['twelve-chars', null],
    // Characters, not bytes: twelve Kazakh letters are enough, eleven are not.
    ['әәәәәәәәәәәә', null],
    ['әәәәәәәәәәә', 'TOO_SHORT'],
    ['x'.repeat(256), null],
    ['x'.repeat(257), 'TOO_LONG'],
  ])('%j: %s', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });
});
