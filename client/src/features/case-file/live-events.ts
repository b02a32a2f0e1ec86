import { useCallback, useEffect, useRef, useState } from 'react';
import { lastSeq, PII_VIEWED } from './case-events';
import { useCaseEvents } from './hooks';
import type { CaseEvent } from './operations';

const REFETCH_DELAY_MS = 400;

/**
 * Streams the case's events after those already loaded. When someone else changes the case,
 * the file is fetched again (debounced); views of personal data never trigger a fetch, or two
 * open files would wake each other up forever.
 */
export function useLiveEvents(
  caseId: string,
  loaded: readonly CaseEvent[] | undefined,
  viewerId: string,
  refetch: () => unknown,
): CaseEvent[] {
  const [live, setLive] = useState<CaseEvent[]>([]);
  const [after, setAfter] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (after === null && loaded) setAfter(lastSeq(loaded));
  }, [after, loaded]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const onEvent = useCallback(
    (event: CaseEvent) => {
      setLive((prev) => (prev.some((e) => e.seq === event.seq) ? prev : [...prev, event]));
      if (event.kind === PII_VIEWED || event.actor?.id === viewerId) return;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void refetch(), REFETCH_DELAY_MS);
    },
    [viewerId, refetch],
  );

  useCaseEvents(caseId, after, onEvent);
  return live;
}
