import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { readParams, writeParams, type QueueParams } from './queue-params';

const SEARCH_DELAY_MS = 350;

/**
 * The queue's choices, kept in the address: each choice is a history entry (the back button undoes
 * it); typing in the search box replaces the entry once typing pauses, so one search is one step back.
 */
export function useQueueParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => readParams(searchParams), [searchParams]);
  // What the search box shows while typing; the address follows once typing pauses.
  const [typed, setTypedState] = useState(params.search);
  const [synced, setSynced] = useState(params.search);
  const [written, setWritten] = useState<string | null>(null);
  if (synced !== params.search) {
    setSynced(params.search);
    // The address changed from outside (back button, a link): the box shows it.
    if (params.search !== written) setTypedState(params.search);
  }

  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  // A search still settling is written after this choice, into its entry (it reads the latest address).
  const change = useCallback((next: QueueParams) => setSearchParams(writeParams(next)), [setSearchParams]);

  const setTyped = useCallback(
    (value: string) => {
      setTypedState(value);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => {
        setWritten(value);
        setSearchParams((prev) => writeParams({ ...readParams(prev), search: value }), { replace: true });
      }, SEARCH_DELAY_MS);
    },
    [setSearchParams],
  );

  return { params, typed, setTyped, change };
}
