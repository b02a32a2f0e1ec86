// Comments written but not yet accepted by the server, kept in the browser per viewer and case
// (issue 17, item 3): one written offline is sent when the connection returns, even after a reload,
// with the idempotency key it got when written, so the server posts it once however often it is sent.
import { draftKey, readDraft, writeDraft, type DraftStorage } from '../../shared/lib/drafts';

export interface QueuedComment {
  /** The idempotency key of the comment (also its temporary id in the thread). */
  key: string;
  body: string;
  parentId: string | null;
  createdAt: string;
}

// The server remembers an idempotency key for 24 hours; a comment queued longer than this could be
// posted twice, so it is not sent by itself any more: the room shows it as not sent, for the author to retry or discard.
export const OUTBOX_MAX_AGE_MS = 23 * 60 * 60 * 1000;

export const outboxKey = (viewerId: string, caseId: string) => draftKey('outbox', viewerId, caseId);

function isQueued(v: unknown): v is QueuedComment {
  if (!v || typeof v !== 'object') return false;
  const q = v as Record<string, unknown>;
  return typeof q.key === 'string' && typeof q.body === 'string' && (q.parentId === null || typeof q.parentId === 'string') && typeof q.createdAt === 'string';
}
const isQueue = (v: unknown): v is QueuedComment[] => Array.isArray(v) && v.every(isQueued);
const isEmpty = (list: readonly QueuedComment[]) => list.length === 0;

/** What is queued, oldest first; split into what may still be sent and what is too old to send safely. */
export function readOutbox(storage: DraftStorage | null, key: string, now: number = Date.now()): { fresh: QueuedComment[]; expired: QueuedComment[] } {
  const list = readDraft(storage, key, isQueue, now) ?? [];
  const fresh = list.filter((q) => now - Date.parse(q.createdAt) <= OUTBOX_MAX_AGE_MS);
  const expired = list.filter((q) => !fresh.includes(q));
  if (expired.length > 0) writeDraft(storage, key, fresh, isEmpty, now);
  return { fresh, expired };
}

/** Adds a comment to the queue (once per key). */
export function enqueue(storage: DraftStorage | null, key: string, comment: QueuedComment, now: number = Date.now()): void {
  const { fresh } = readOutbox(storage, key, now);
  if (fresh.some((q) => q.key === comment.key)) return;
  writeDraft(storage, key, [...fresh, comment], isEmpty, now);
}

/** Takes a comment out of the queue: the server has it, or the author discarded it. */
export function dequeue(storage: DraftStorage | null, key: string, commentKey: string, now: number = Date.now()): void {
  const { fresh } = readOutbox(storage, key, now);
  writeDraft(storage, key, fresh.filter((q) => q.key !== commentKey), isEmpty, now);
}

/** A connection state as the room sees it (app/connection.store.ts). */
type Phase = 'connecting' | 'live' | 'reconnecting' | 'offline';

/** Whether a comment written now waits for the connection instead of being sent at once. */
export const holdWhile = (phase: Phase): boolean => phase === 'offline';

/**
 * What a failed send becomes: with no answer from the server (`networkError`) while the live
 * connection is not up, it waits and is sent again when it is back; otherwise it shows the error
 * and waits for the author (retry or discard).
 */
export function afterFailure(networkError: boolean, phase: Phase): 'waiting' | 'failed' {
  return networkError && phase !== 'live' ? 'waiting' : 'failed';
}
