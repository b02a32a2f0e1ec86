import { useEffect, useRef } from 'react';
import { useConnectionPhase } from '../../app/connection.store';
import { usePanelEvents, useQueueInbox } from './hooks';

// A burst (an import of twenty applications) becomes one fetch.
const REFRESH_DELAY_MS = 600;

/**
 * Keeps the queue current: any registration, status change, extension, round opened or closed,
 * vote or recusal anywhere fetches the rows on screen and the counts again (debounced), and so do
 * a change of the viewer's inbox (a new mention, or one read: "mentions me") and a reconnect, for
 * what happened while offline.
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

  const inbox = useQueueInbox(enabled);
  const inboxState = inbox ? `${inbox.unreadCount}:${inbox.latest?.id ?? ''}` : null;
  const seenInbox = useRef<string | null>(null);
  useEffect(() => {
    if (inboxState === null) return;
    if (seenInbox.current !== null && seenInbox.current !== inboxState) schedule();
    seenInbox.current = inboxState;
  }, [inboxState, schedule]);

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
