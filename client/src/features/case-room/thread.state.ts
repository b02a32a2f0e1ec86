// The room's thread as plain data: comments by id (loaded, live and returned by mutations, each
// kept in its latest known state) plus the comments still on their way. Pure, so the merge rules
// are easy to follow and to check.
import type { ErrorLike } from '@apollo/client';
import type { RoomComment, ThreadComment } from './operations';

export interface PendingComment {
  /** Also the comment's idempotency key: a retry sends it again, so the server posts it once. */
  tempId: string;
  body: string;
  parentId: string | null;
  createdAt: string;
  /** waiting: kept until the connection returns (written offline, or the connection dropped while sending). */
  status: 'sending' | 'waiting' | 'failed';
  error: ErrorLike | null;
}

export interface ThreadState {
  viewerId: string;
  byId: Readonly<Record<string, RoomComment>>;
  pending: readonly PendingComment[];
}

export type ThreadAction =
  | { type: 'merge'; comments: readonly (RoomComment | ThreadComment)[] }
  | { type: 'queued'; pending: PendingComment }
  | { type: 'sent'; tempId: string; comment: RoomComment }
  | { type: 'failed'; tempId: string; error: ErrorLike }
  | { type: 'waiting'; tempId: string }
  | { type: 'resent'; tempId: string }
  | { type: 'discarded'; tempId: string };

export function initialThread(viewerId: string): ThreadState {
  return { viewerId, byId: {}, pending: [] };
}

const time = (iso: string | null | undefined) => (iso ? Date.parse(iso) || 0 : 0);

/**
 * The later of two states of one comment. Events, the thread query and mutation answers can
 * arrive in any order; a comment only moves forward (edited again, then deleted), so the deleted
 * one wins, then the later edit, then the one with more revisions.
 */
export function fresher(known: RoomComment, incoming: RoomComment): RoomComment {
  if (known.deleted !== incoming.deleted) return known.deleted ? known : incoming;
  const edited = time(known.editedAt) - time(incoming.editedAt);
  if (edited !== 0) return edited > 0 ? known : incoming;
  if (known.revisions.length !== incoming.revisions.length) {
    return known.revisions.length > incoming.revisions.length ? known : incoming;
  }
  return incoming;
}

/** A comment without its replies (they are kept by their own id). */
function flatten(comments: readonly (RoomComment | ThreadComment)[]): RoomComment[] {
  const flat: RoomComment[] = [];
  for (const comment of comments) {
    if ('replies' in comment) {
      const { replies, ...own } = comment;
      flat.push(own, ...replies);
    } else {
      flat.push(comment);
    }
  }
  return flat;
}

const sameText = (a: string, b: string | null) => a.trim() === (b ?? '').trim();

function mergeInto(state: ThreadState, comments: readonly (RoomComment | ThreadComment)[], claimPending = true): ThreadState {
  const byId: Record<string, RoomComment> = { ...state.byId };
  let pending = state.pending;
  let changed = false;
  for (const comment of flatten(comments)) {
    const known = byId[comment.id];
    const next = known ? fresher(known, comment) : comment;
    if (next === known) continue;
    byId[comment.id] = next;
    changed = true;
    // Our own comment came back through the feed before addComment answered: it replaces the
    // oldest matching pending one, so it never shows twice.
    if (claimPending && !known && comment.author.id === state.viewerId) {
      const match = pending.find((p) => p.parentId === comment.parentId && sameText(p.body, comment.body));
      if (match) pending = pending.filter((p) => p !== match);
    }
  }
  return changed ? { ...state, byId, pending } : state;
}

export function threadReducer(state: ThreadState, action: ThreadAction): ThreadState {
  switch (action.type) {
    case 'merge':
      return mergeInto(state, action.comments);
    case 'queued':
      // Once per key: a comment restored from the outbox may already be in the thread.
      if (state.pending.some((p) => p.tempId === action.pending.tempId)) return state;
      return { ...state, pending: [...state.pending, action.pending] };
    case 'sent':
      // Its own pending entry goes; others with the same text are still on their way.
      return mergeInto({ ...state, pending: state.pending.filter((p) => p.tempId !== action.tempId) }, [action.comment], false);
    case 'failed':
      return {
        ...state,
        pending: state.pending.map((p) => (p.tempId === action.tempId ? { ...p, status: 'failed', error: action.error } : p)),
      };
    case 'waiting':
      // No stale error while it waits: it is sent again by itself.
      return {
        ...state,
        pending: state.pending.map((p) => (p.tempId === action.tempId ? { ...p, status: 'waiting', error: null } : p)),
      };
    case 'resent':
      return {
        ...state,
        pending: state.pending.map((p) => (p.tempId === action.tempId ? { ...p, status: 'sending', error: null } : p)),
      };
    case 'discarded':
      return { ...state, pending: state.pending.filter((p) => p.tempId !== action.tempId) };
  }
}

/** What the thread shows: a comment (or one still being sent) with its replies. */
export type ThreadItem = { kind: 'comment'; comment: RoomComment } | { kind: 'pending'; pending: PendingComment };

export interface ThreadEntry {
  item: ThreadItem;
  /** The top-level comment's id, to reply in its thread; null while it is being sent. */
  threadId: string | null;
  replies: ThreadItem[];
}

const byPostedAt = (a: RoomComment, b: RoomComment) => time(a.postedAt) - time(b.postedAt) || a.id.localeCompare(b.id);

/** Top-level comments oldest first, each with its replies oldest first; pending ones last in their place. */
export function threadEntries(state: ThreadState): ThreadEntry[] {
  const all = Object.values(state.byId).sort(byPostedAt);
  const replies = new Map<string, ThreadItem[]>();
  const entries: ThreadEntry[] = [];
  for (const comment of all) {
    if (comment.parentId && state.byId[comment.parentId]) {
      const list = replies.get(comment.parentId) ?? [];
      list.push({ kind: 'comment', comment });
      replies.set(comment.parentId, list);
    }
  }
  for (const pending of state.pending) {
    if (pending.parentId && state.byId[pending.parentId]) {
      const list = replies.get(pending.parentId) ?? [];
      list.push({ kind: 'pending', pending });
      replies.set(pending.parentId, list);
    }
  }
  for (const comment of all) {
    // A reply whose thread is not loaded (yet) still shows, at the top level.
    if (comment.parentId && state.byId[comment.parentId]) continue;
    entries.push({ item: { kind: 'comment', comment }, threadId: comment.id, replies: replies.get(comment.id) ?? [] });
  }
  for (const pending of state.pending) {
    if (pending.parentId && state.byId[pending.parentId]) continue;
    entries.push({ item: { kind: 'pending', pending }, threadId: null, replies: [] });
  }
  return entries;
}

export function commentCount(state: ThreadState): number {
  return Object.keys(state.byId).length + state.pending.length;
}
