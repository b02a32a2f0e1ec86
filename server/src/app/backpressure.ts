import type { Logger } from 'pino';
import type { WebSocket, WebSocketServer } from 'ws';

export interface BackpressureLimits {
  /** Unsent bytes a socket may hold; past this it is cut off at once (bounds the memory one reader can pin). */
  maxBufferedBytes: number;
  /** How long a socket's unsent bytes may stay above zero without once draining before it is cut off. */
  stallMs: number;
}

export type Verdict = 'keep' | 'overflow' | 'stalled';

/**
 * What to do with one socket: `buffered` is what it has not yet sent, `pendingSince` when it last
 * went from empty to non-empty (null while empty). A reader that keeps up drains between checks.
 */
export function verdict(buffered: number, pendingSince: number | null, now: number, limits: BackpressureLimits): Verdict {
  if (buffered > limits.maxBufferedBytes) return 'overflow';
  if (buffered > 0 && pendingSince !== null && now - pendingSince >= limits.stallMs) return 'stalled';
  return 'keep';
}

/**
 * Cuts off sockets whose reader has stopped or cannot keep up, so that one slow client neither pins
 * memory nor holds its subscriptions forever. The socket is terminated, not closed: a close frame
 * would queue behind the very bytes the reader does not take. Its subscriptions end as on any
 * disconnect; graphql-ws clients retry after the abnormal close (1006) and resume with `after`.
 */
export function watchBackpressure(wss: WebSocketServer, limits: BackpressureLimits, log: Logger): { stop: () => void } {
  const pendingSince = new WeakMap<WebSocket, number>();
  const everyMs = Math.max(50, Math.min(250, Math.floor(limits.stallMs / 4)));
  const timer = setInterval(() => {
    const now = Date.now();
    for (const socket of wss.clients) {
      const buffered = socket.bufferedAmount;
      if (buffered === 0) {
        pendingSince.delete(socket);
        continue;
      }
      if (!pendingSince.has(socket)) pendingSince.set(socket, now);
      const v = verdict(buffered, pendingSince.get(socket)!, now, limits);
      if (v === 'keep') continue;
      log.warn({ buffered, reason: v, pendingMs: now - pendingSince.get(socket)! }, 'WebSocket reader too slow; connection cut off');
      pendingSince.delete(socket);
      socket.terminate();
    }
  }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
