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

/** The member id in a valid token; UNAUTHENTICATED with a reason otherwise. */
export async function verifyToken(keys: TokenKeys, token: string): Promise<string> {
  try {
    const { payload } = await jwtVerify(token, keys.secret, { issuer: ISSUER, algorithms: ['HS256'] });
    if (!payload.sub) throw new Error('no subject');
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
