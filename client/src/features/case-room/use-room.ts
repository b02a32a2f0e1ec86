import type { ErrorLike } from '@apollo/client';
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { MemberSummary } from '../../shared/api/member.fragment';
import { newRequestKey } from '../../shared/api/request-key';
import type { CaseEvent } from '../case-file/operations';
import { useRoomFeed } from './case-feed';
import { useAddComment, useCaseThread } from './hooks';
import type { RoomComment, RoomEvent } from './operations';
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

/** The thread of one case room: loaded once, kept current by the feed, with optimistic sending. */
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
          if (data) dispatch({ type: 'sent', tempId: pending.tempId, comment: data.addComment });
        },
        (error: ErrorLike) => dispatch({ type: 'failed', tempId: pending.tempId, error }),
      );
    },
    [addComment, caseId],
  );

  const send = useCallback(
    (body: string, parentId: string | null) => {
      const pending: PendingComment = {
        tempId: newRequestKey(),
        body: body.trim(),
        parentId,
        createdAt: new Date().toISOString(),
        status: 'sending',
        error: null,
      };
      dispatch({ type: 'queued', pending });
      post(pending);
    },
    [post],
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

  const discard = useCallback((tempId: string) => dispatch({ type: 'discarded', tempId }), []);
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
