import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes as base64url: 43 characters. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** A new one-time token and the SHA-256 that is stored instead of it. */
export function newInvitationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashInvitationToken(token) };
}

export const hashInvitationToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** Whether a string could be a token this server issued (anything else is not looked up). */
export const isInvitationToken = (s: string): boolean => TOKEN.test(s);

/**
 * Where the client opens an invitation. The token is in the fragment, which browsers never send to
 * a server: it stays out of access logs, proxies and Referer headers.
 */
export const invitationPath = (token: string): string => `/invitation#${token}`;

/** Password rules for the password a person sets: long enough, in characters (not bytes), and bounded. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

export function passwordProblem(password: string): 'TOO_SHORT' | 'TOO_LONG' | null {
  const length = [...password].length;
  if (password.trim().length === 0 || length < PASSWORD_MIN) return 'TOO_SHORT';
  if (length > PASSWORD_MAX) return 'TOO_LONG';
  return null;
}
