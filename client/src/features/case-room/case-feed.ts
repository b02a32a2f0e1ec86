import { useCallback, useEffect, useRef, useState } from 'react';
import { useConnectionPhase } from '../../app/connection.store';
import type { CaseEventKind } from '../../shared/api/enums';
import { compareSeq, PII_VIEWED } from '../case-file/case-events';
import type { CaseEvent } from '../case-file/operations';
import { useCaseRoomEvents } from './hooks';
import type { RoomComment, RoomEvent, ThreadComment } from './operations';
import { isCommentEvent, resumeAfter } from './room-events';

const REFETCH_DELAY_MS = 400;
// Events that change nothing the case file shows (the voting panel fetches its own part); a status
// change always comes as its own CASE_STATUS_CHANGED event.
const FILE_UNCHANGED: ReadonlySet<CaseEventKind> = new Set<CaseEventKind>([PII_VIEWED, 'AUDIT_VIEWED', 'VOTE_CAST', 'DECISION_DISSENT_ATTACHED', 'DECISION_REASONING_SET', 'DECISION_SIGNED', 'MEMBER_RECUSED',
  // The prescriptions are the voting panel's; a case status they move comes as CASE_STATUS_CHANGED.
  'PRESCRIPTION_DELIVERED', 'PRESCRIPTION_STATUS_CHANGED', 'PRESCRIPTION_RECHECKED']);

interface FeedOptions {
  caseId: string;
  viewerId: string;
  /** The timeline as loaded with the case file. */
  loadedEvents: readonly CaseEvent[] | undefined;
  /** The thread as loaded; the feed waits for both. */
  loadedThread: readonly ThreadComment[] | undefined;
  /** Someone else changed the case file (status, deadline, evidence…). */
  refetchCase(): unknown;
  /** A comment was added, edited or deleted: merge it, never refetch. */
  onComment(comment: RoomComment): void;
  /** Every other event, the viewer's own included (the voting panel listens here). */
  onCaseEvent(event: RoomEvent): void;
}

/**
 * The room's one live feed. Events go to the timeline once each (by seq); comment events go into
 * the thread; other people's changes to the case fetch the file again, debounced — except views
 * of personal data, or two open rooms would wake each other up forever. When the socket drops,
 * the subscription is renewed from the newest seq received, so the reconnect resumes there.
 */
export function useRoomFeed({ caseId, viewerId, loadedEvents, loadedThread, refetchCase, onComment, onCaseEvent }: FeedOptions): RoomEvent[] {
  const [after, setAfter] = useState<string | null>(null);
  const [live, setLive] = useState<RoomEvent[]>([]);
  const seen = useRef(new Set<string>());
  const newest = useRef('0');
  const timer = useRef<number | undefined>(undefined);
  const phase = useConnectionPhase();

  useEffect(() => {
    if (after !== null || !loadedEvents || !loadedThread) return;
    const from = resumeAfter(loadedEvents, loadedThread);
    newest.current = from;
    setAfter(from);
  }, [after, loadedEvents, loadedThread]);

  useEffect(() => {
    if (phase !== 'live' && after !== null && compareSeq(newest.current, after) > 0) setAfter(newest.current);
  }, [phase, after]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const onEvent = useCallback(
    (event: RoomEvent) => {
      if (seen.current.has(event.seq)) return;
      seen.current.add(event.seq);
      if (compareSeq(event.seq, newest.current) > 0) newest.current = event.seq;
      setLive((prev) => [...prev, event]);
      if (isCommentEvent(event.kind)) {
        if (event.comment) onComment(event.comment);
        return;
      }
      onCaseEvent(event);
      if (FILE_UNCHANGED.has(event.kind) || event.actor?.id === viewerId) return;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void refetchCase(), REFETCH_DELAY_MS);
    },
    [viewerId, refetchCase, onComment, onCaseEvent],
  );

  useCaseRoomEvents(caseId, after, onEvent);
  return live;
}
