import { useSyncExternalStore } from 'react';

/**
 * The live connection (graphql-ws) as people should see it. `connecting` is the first attempt
 * (or an idle socket waiting for its next subscription); `reconnecting` follows a drop; `offline`
 * means the browser says so or several attempts in a row have failed. Retries never stop.
 */
export type ConnectionPhase = 'connecting' | 'live' | 'reconnecting' | 'offline';

// Failed attempts in a row (≈ 4 s with the backoff below) before "reconnecting" becomes "offline".
const OFFLINE_AFTER_FAILURES = 3;
// graphql-ws closes with 1000 when the last subscription is gone (lazy mode): nothing is wrong.
const NORMAL_CLOSURE = 1000;

type Listener = () => void;

function browserOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

function createConnectionStore() {
  let phase: ConnectionPhase = 'connecting';
  let acked = false;
  let everLive = false;
  let failures = 0;
  let online = browserOnline();
  const listeners = new Set<Listener>();

  const derive = (): ConnectionPhase => {
    if (acked) return 'live';
    if (!online || failures >= OFFLINE_AFTER_FAILURES) return 'offline';
    return everLive ? 'reconnecting' : 'connecting';
  };
  const update = () => {
    const next = derive();
    if (next === phase) return;
    phase = next;
    listeners.forEach((listener) => listener());
  };

  return {
    getPhase(): ConnectionPhase {
      return phase;
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** graphql-ws `connected`: the server acknowledged connection_init. */
    connected(): void {
      acked = true;
      everLive = true;
      failures = 0;
      update();
    },
    /** graphql-ws `closed`: a live socket dropped, or an attempt failed. */
    closed(code: number | undefined): void {
      if (!acked && code !== NORMAL_CLOSURE) failures += 1;
      acked = false;
      if (code === NORMAL_CLOSURE) everLive = false;
      update();
    },
    setBrowserOnline(value: boolean): void {
      online = value;
      if (value) failures = 0;
      update();
    },
  };
}

export type ConnectionStore = ReturnType<typeof createConnectionStore>;

export const connectionStore: ConnectionStore = createConnectionStore();

export function useConnectionPhase(): ConnectionPhase {
  return useSyncExternalStore(connectionStore.subscribe, connectionStore.getPhase);
}
