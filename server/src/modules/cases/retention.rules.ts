import { REDACTED } from '../../shared/privacy/redact.js';
import { CASE_STATUSES, TRANSITIONS, type CaseStatus } from './lifecycle.js';

/**
 * The statuses retention counts from: those the lifecycle never leaves (CLOSED, OUT_OF_SCOPE).
 * RETURNED is not one: the applicant may still supply what was missing and the case goes on.
 */
export const FINAL_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((s) => TRANSITIONS[s].length === 0);

export const isFinalStatus = (status: CaseStatus): boolean => FINAL_STATUSES.includes(status);

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();

/** `years` calendar years after `from`, at the same UTC time; 29 February becomes 28 February, as in PostgreSQL. */
export function retentionEndsAt(from: Date, years: number): Date {
  const year = from.getUTCFullYear() + years;
  const month = from.getUTCMonth();
  const day = Math.min(from.getUTCDate(), daysInMonth(year, month));
  const end = new Date(from.getTime());
  end.setUTCFullYear(year, month, day);
  return end;
}

/** Whether a case that reached its final state at `finalAt` is due for erasure at `now`. */
export const isPastRetention = (finalAt: Date | null, now: Date, years: number): boolean =>
  finalAt !== null && retentionEndsAt(finalAt, years).getTime() <= now.getTime();

/**
 * Keys of event payloads that carry free text (a screening or extension reason, a file name). The
 * log is append-only, so after erasure they are masked when read instead of rewritten.
 */
export const FREE_TEXT_PAYLOAD_KEYS: ReadonlySet<string> = new Set(['reason', 'checklistOverrideReason', 'fileName', 'note', 'text', 'body', 'excerpt', 'description', 'name']);

/** Whether a payload holds any free text that erasure would mask (most events hold only ids and codes). */
export function hasErasableText(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasErasableText);
  if (!value || typeof value !== 'object' || value instanceof Date) return false;
  return Object.entries(value).some(([k, v]) => (FREE_TEXT_PAYLOAD_KEYS.has(k) && typeof v === 'string') || hasErasableText(v));
}

/** A payload of an erased case's event as every reader gets it: free-text values masked whole, at any depth. */
export function erasedPayload<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => erasedPayload(v)) as T;
  if (!value || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, FREE_TEXT_PAYLOAD_KEYS.has(k) && typeof v === 'string' ? REDACTED : erasedPayload(v)])) as T;
}
