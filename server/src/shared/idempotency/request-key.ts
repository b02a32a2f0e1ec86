import { createHash } from 'node:crypto';
import { badInput, msg } from '../domain-error.js';

/** A client-made key (a UUID in practice): 8–64 letters, digits, "-" or "_". */
export const KEY_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** How long a key is remembered; after that the same key starts a new request. */
export const KEY_TTL_HOURS = 24;

export const KEY_DESCRIPTION = `A key the client makes once per action (a UUID, 8–64 of A–Z a–z 0–9 - _) and sends again on a retry: the same key with the same input returns the first result and does nothing twice; with another input it is refused (CONFLICT). Remembered for ${KEY_TTL_HOURS} hours.`;

export const invalidKey = () => badInput(msg(
  'The request key (idempotencyKey) must be 8–64 Latin letters, digits, "-" or "_".',
  'Ключ запроса (idempotencyKey) — от 8 до 64 латинских букв, цифр, «-» или «_».',
  'Сұрау кілті (idempotencyKey) 8–64 латын әрпінен, цифрдан, «-» немесе «_» таңбасынан тұруы керек.',
));

/** The key as given when it is well formed; a BAD_USER_INPUT error otherwise. */
export function checkedKey(key: string): string {
  if (!KEY_PATTERN.test(key)) throw invalidKey();
  return key;
}

/**
 * A stable form of a request for comparing retries: object keys sorted, absent and null fields
 * alike (a client may omit an optional argument on one try and send null on the next), dates as ISO.
 */
export function canonical(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined && v !== null) out[k] = canonical(v);
    }
    return out;
  }
  return value;
}

/** SHA-256 (hex) of the canonical request: equal for a retry of the same input, different otherwise. */
export const requestHash = (request: unknown): string =>
  createHash('sha256').update(JSON.stringify(canonical(request))).digest('hex');
