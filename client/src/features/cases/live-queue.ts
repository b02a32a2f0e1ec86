import { useEffect, useRef } from 'react';
import { useConnectionPhase } from '../../app/connection.store';
import { usePanelEvents } from './hooks';

// A burst (an import of twenty applications) becomes one fetch.
const REFRESH_DELAY_MS = 600;

/**
 * Keeps the queue current: any registration, status change or extension anywhere fetches the
 * rows on screen again (debounced), and so does a reconnect, for what happened while offline.
 */
export function useLiveQueue(enabled: boolean, refresh: () => void) {
  const timer = useRef<number | undefined>(undefined);
  const refreshRef = useRef(refresh);
  useEffect(() => {
    refreshRef.current = refresh;
  }, [refresh]);

  const schedule = useRef(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => refreshRef.current(), REFRESH_DELAY_MS);
  }).current;

  usePanelEvents(enabled, schedule);

  const phase = useConnectionPhase();
  const wasDown = useRef(false);
  useEffect(() => {
    if (phase === 'reconnecting' || phase === 'offline') wasDown.current = true;
    else if (phase === 'live' && wasDown.current) {
      wasDown.current = false;
      if (enabled) schedule();
    }
  }, [phase, enabled, schedule]);

  useEffect(() => () => window.clearTimeout(timer.current), []);
}
