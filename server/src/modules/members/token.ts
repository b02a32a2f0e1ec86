import { errors, jwtVerify, SignJWT } from 'jose';
import { DomainError, msg } from '../../shared/domain-error.js';

const ISSUER = 'kz-cyberbullying-panel';

export interface TokenKeys {
  secret: Uint8Array;
  ttlMinutes: number;
}

/** A signed, expiring access token naming the member; the role is re-read from the database on use. */
export async function signToken(keys: TokenKeys, memberId: string): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + keys.ttlMinutes * 60_000);
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(memberId)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(keys.secret);
  return { token, expiresAt };
}

/**
 * Tokens whose signature was already checked, per signing key: each request of a session presents
 * the same token, so the HMAC is computed once and later uses check only the expiry. Bounded: when
 * full, the oldest entry goes.
 */
const verified = new WeakMap<Uint8Array, Map<string, { memberId: string; expiresAtMs: number }>>();
const VERIFIED_MAX = 10_000;

function verifiedTokens(secret: Uint8Array): Map<string, { memberId: string; expiresAtMs: number }> {
  let tokens = verified.get(secret);
  if (!tokens) verified.set(secret, (tokens = new Map()));
  return tokens;
}

/** The member id in a valid token; UNAUTHENTICATED with a reason otherwise. */
export async function verifyToken(keys: TokenKeys, token: string): Promise<string> {
  const tokens = verifiedTokens(keys.secret);
  const known = tokens.get(token);
  if (known && known.expiresAtMs > Date.now()) return known.memberId;
  tokens.delete(token);
  try {
    const { payload } = await jwtVerify(token, keys.secret, { issuer: ISSUER, algorithms: ['HS256'] });
    if (!payload.sub || payload.exp === undefined) throw new Error('no subject or expiry');
    if (tokens.size >= VERIFIED_MAX) tokens.delete(tokens.keys().next().value!);
    tokens.set(token, { memberId: payload.sub, expiresAtMs: payload.exp * 1000 });
    return payload.sub;
  } catch (e) {
    const expired = e instanceof errors.JWTExpired;
    throw new DomainError(
      'UNAUTHENTICATED',
      expired
        ? msg('Your session has expired; please sign in again.', 'Сеанс истёк; войдите снова.', 'Сеанс мерзімі аяқталды; қайта кіріңіз.')
        : msg('The access token is not valid; please sign in again.', 'Токен доступа недействителен; войдите снова.', 'Қолжетімділік токені жарамсыз; қайта кіріңіз.'),
    );
  }
}

/** The token from "Bearer …", or null when there is none. */
export function bearer(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return m ? m[1] : null;
}
