import type { ErrorLike } from '@apollo/client';
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { connectionStore, useConnectionPhase } from '../../app/connection.store';
import { problemsOf } from '../../shared/api/errors';
import type { MemberSummary } from '../../shared/api/member.fragment';
import { newRequestKey } from '../../shared/api/request-key';
import { browserStorage } from '../../shared/lib/drafts';
import type { CaseEvent } from '../case-file/operations';
import { useRoomFeed } from './case-feed';
import { useAddComment, useCaseThread } from './hooks';
import type { RoomComment, RoomEvent } from './operations';
import { afterFailure, dequeue, enqueue, holdWhile, outboxKey, readOutbox } from './outbox';
import { initialThread, threadEntries, threadReducer, type PendingComment, type ThreadEntry } from './thread.state';

export interface Room {
  entries: ThreadEntry[];
  /** Events received live, for the timeline. */
  liveEvents: RoomEvent[];
  threadLoading: boolean;
  threadError: ErrorLike | undefined;
  reloadThread(): void;
  send(body: string, parentId: string | null): void;
  retry(tempId: string): void;
  discard(tempId: string): void;
  /** A comment as a mutation returned it (edit, delete). */
  merge(comment: RoomComment): void;
  /** Listens to the case's other live events (not comments); returns the unsubscribe. */
  subscribeEvents(listener: CaseEventListener): () => void;
}

export type CaseEventListener = (event: RoomEvent) => void;

const isNetworkError = (error: ErrorLike) => problemsOf(error, 'en').every((p) => p.code === 'NETWORK');

/**
 * The thread of one case room: loaded once, kept current by the feed, with optimistic sending.
 * What is sent is kept in the outbox (outbox.ts) until the server has it: written offline (or
 * caught by a dropped connection), it waits and is sent by itself when the connection is live again,
 * after a reload too, always with the key it got when written.
 */
export function useRoom(caseId: string, viewer: MemberSummary, loadedEvents: readonly CaseEvent[] | undefined, refetchCase: () => unknown): Room {
  const [state, dispatch] = useReducer(threadReducer, viewer.id, initialThread);
  const thread = useCaseThread(caseId);
  const [addComment] = useAddComment();
  const loadedThread = thread.data?.case.comments;

  useEffect(() => {
    if (loadedThread) dispatch({ type: 'merge', comments: loadedThread });
  }, [loadedThread]);

  const merge = useCallback((comment: RoomComment) => dispatch({ type: 'merge', comments: [comment] }), []);

  // Panels loaded later (the voting panel) hear the same feed: one subscription per room.
  const listeners = useRef(new Set<CaseEventListener>());
  const onCaseEvent = useCallback((event: RoomEvent) => listeners.current.forEach((listener) => listener(event)), []);
  const subscribeEvents = useCallback((listener: CaseEventListener) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);

  const outbox = useMemo(() => outboxKey(viewer.id, caseId), [viewer.id, caseId]);
  const liveEvents = useRoomFeed({ caseId, viewerId: viewer.id, loadedEvents, loadedThread, refetchCase, onComment: merge, onCaseEvent });

  // The text of each pending comment, for a retry.
  const pendingRef = useRef(state.pending);
  useEffect(() => {
    pendingRef.current = state.pending;
  }, [state.pending]);

  const post = useCallback(
    (pending: Pick<PendingComment, 'tempId' | 'body' | 'parentId'>) => {
      // The pending comment's id is its idempotency key: a retry after a lost answer posts it once.
      addComment({ variables: { caseId, body: pending.body, parentId: pending.parentId, idempotencyKey: pending.tempId } }).then(
        ({ data }) => {
          if (!data) return;
          dequeue(browserStorage(), outbox, pending.tempId);
          dispatch({ type: 'sent', tempId: pending.tempId, comment: data.addComment });
        },
        (error: ErrorLike) => {
          if (afterFailure(isNetworkError(error), connectionStore.getPhase()) === 'waiting') dispatch({ type: 'waiting', tempId: pending.tempId });
          else dispatch({ type: 'failed', tempId: pending.tempId, error });
        },
      );
    },
    [addComment, caseId, outbox],
  );

  // Comments queued before a reload come back as waiting; the connection's return sends them.
  useEffect(() => {
    const { fresh, expired } = readOutbox(browserStorage(), outbox);
    for (const q of [...expired, ...fresh]) {
      const status = fresh.includes(q) ? 'waiting' : 'failed';
      dispatch({ type: 'queued', pending: { tempId: q.key, body: q.body, parentId: q.parentId, createdAt: q.createdAt, status, error: null } });
    }
  }, [outbox]);

  // A comment that leaves the thread's pending list (sent, discarded, or found already posted when
  // the thread loaded) leaves the outbox too.
  const lastPending = useRef(state.pending);
  useEffect(() => {
    const now = new Set(state.pending.map((p) => p.tempId));
    for (const gone of lastPending.current.filter((p) => !now.has(p.tempId))) dequeue(browserStorage(), outbox, gone.tempId);
    lastPending.current = state.pending;
  }, [state.pending, outbox]);

  // The connection is live (again): everything waiting is sent, each once.
  const phase = useConnectionPhase();
  useEffect(() => {
    if (phase !== 'live') return;
    for (const pending of pendingRef.current) {
      if (pending.status !== 'waiting') continue;
      dispatch({ type: 'resent', tempId: pending.tempId });
      post(pending);
    }
  }, [phase, post, state.pending]);

  const send = useCallback(
    (body: string, parentId: string | null) => {
      const hold = holdWhile(connectionStore.getPhase());
      const pending: PendingComment = {
        tempId: newRequestKey(),
        body: body.trim(),
        parentId,
        createdAt: new Date().toISOString(),
        status: hold ? 'waiting' : 'sending',
        error: null,
      };
      enqueue(browserStorage(), outbox, { key: pending.tempId, body: pending.body, parentId, createdAt: pending.createdAt });
      dispatch({ type: 'queued', pending });
      if (!hold) post(pending);
    },
    [post, outbox],
  );

  const retry = useCallback(
    (tempId: string) => {
      const pending = pendingRef.current.find((p) => p.tempId === tempId);
      if (!pending) return;
      dispatch({ type: 'resent', tempId });
      post(pending);
    },
    [post],
  );

  const discard = useCallback(
    (tempId: string) => {
      dequeue(browserStorage(), outbox, tempId);
      dispatch({ type: 'discarded', tempId });
    },
    [outbox],
  );
  const { refetch } = thread;
  const reloadThread = useCallback(() => void refetch(), [refetch]);
  const entries = useMemo(() => threadEntries(state), [state]);

  const threadLoading = thread.loading && !loadedThread;
  const threadError = loadedThread ? undefined : thread.error;

  return useMemo(
    () => ({ entries, liveEvents, threadLoading, threadError, reloadThread, send, retry, discard, merge, subscribeEvents }),
    [entries, liveEvents, threadLoading, threadError, reloadThread, send, retry, discard, merge, subscribeEvents],
  );
}
