import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { now, withTimeout } from '../lib/clock.js';
import type { Deliveries } from './deliveries.js';
import { FEED, type TickEvent } from './frame.js';

export interface GqlSubscribers {
  /** The raw text of the last frame subscriber 0 received, to check the baseline sends the same bytes. */
  lastFrame: () => string | null;
  close: () => Promise<void>;
}

const CONNECT_MS = 30_000;

let tapped: string | null = null;

/** A `ws` socket that also keeps the last text frame it received (used by one subscriber only). */
class TapSocket extends WebSocket {
  constructor(address: string, protocols?: string | string[]) {
    super(address, protocols);
    this.on('message', (data) => {
      tapped = Buffer.isBuffer(data) ? data.toString() : null;
    });
  }
}

const describe = (e: unknown): string =>
  e instanceof Error ? e.message : typeof e === 'object' && e && 'code' in e ? `closed ${(e as { code: number; reason?: string }).code} ${(e as { reason?: string }).reason ?? ''}` : JSON.stringify(e);

/**
 * `count` graphql-ws clients, each on its own socket and signed in, all subscribed to one case's
 * feed; every event received is recorded in `deliveries`. Sockets are opened `batch` at a time,
 * each batch after the previous one was acknowledged, so the server is not hit by all handshakes at once.
 */
export async function openGqlSubscribers(o: { wsUrl: string; token: string; caseId: string; count: number; batch: number; deliveries: Deliveries }): Promise<GqlSubscribers> {
  const clients: Client[] = [];
  let closing = false;
  const open = (sub: number) =>
    new Promise<void>((resolve) => {
      const client = createClient({
        url: o.wsUrl,
        webSocketImpl: sub === 0 ? TapSocket : WebSocket,
        connectionParams: { authorization: `Bearer ${o.token}` },
        lazy: false,
        retryAttempts: 0, // a dropped socket is a finding, not something to hide by reconnecting
        onNonLazyError: (e) => { if (!closing) o.deliveries.error(sub, describe(e)); resolve(); },
        on: { connected: () => resolve() },
      });
      clients.push(client);
      client.subscribe<{ caseEvents: TickEvent }>({ query: FEED, variables: { id: o.caseId } }, {
        next: (result) => {
          const receivedAt = now();
          const event = result.data?.caseEvents;
          if (result.errors || !event) return o.deliveries.error(sub, JSON.stringify(result.errors ?? result));
          o.deliveries.record(sub, event.payload.i, event.payload.sentAt, receivedAt);
        },
        error: (e) => { if (!closing) o.deliveries.error(sub, describe(e)); },
        complete: () => { if (!closing) o.deliveries.error(sub, 'the subscription completed early'); },
      });
    });
  for (let first = 0; first < o.count; first += o.batch) {
    const batch = Array.from({ length: Math.min(o.batch, o.count - first) }, (_, k) => open(first + k));
    await withTimeout(Promise.all(batch), CONNECT_MS, `graphql-ws: the batch from subscriber ${first} was not acknowledged within ${CONNECT_MS} ms`);
  }
  let closed: Promise<void> | null = null;
  return {
    lastFrame: () => tapped,
    close: () => (closed ??= (async () => {
      closing = true;
      await Promise.all(clients.map((c) => c.dispose()));
    })()),
  };
}
