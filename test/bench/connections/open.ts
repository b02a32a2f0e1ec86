import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { withTimeout } from '../lib/clock.js';
import { closeSocket, openSocket } from '../fanout/ws-subscribers.js';

const BATCH_MS = 60_000;

/** Runs `open(i)` for 0…count-1, `batch` at a time, each batch after the previous one finished. */
async function inBatches(count: number, batch: number, label: string, open: (i: number) => Promise<void>): Promise<void> {
  for (let first = 0; first < count; first += batch) {
    const n = Math.min(batch, count - first);
    await withTimeout(Promise.all(Array.from({ length: n }, (_, k) => open(first + k))), BATCH_MS, `${label}: the batch from ${first} did not finish within ${BATCH_MS} ms`);
  }
}

const describe = (e: unknown): string =>
  e instanceof Error ? e.message : typeof e === 'object' && e && 'code' in e ? `closed ${(e as { code: number }).code} ${(e as { reason?: string }).reason ?? ''}` : JSON.stringify(e);

export const ROOM_FEED = 'subscription Feed($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { seq kind } }';

/** N graphql-ws clients, each on its own socket; errors and unexpected closes are counted, not thrown. */
export class GqlConnections {
  private readonly clients: Client[] = [];
  private closing = false;
  /** Connections that failed or dropped, and a few of the messages. */
  readonly failed = new Set<number>();
  readonly errors: string[] = [];
  /** Subscriptions that received their replayed event (the proof they are live on the server). */
  subscribed = 0;
  /** Per acknowledged socket: ms from creating the client to `connection_ack` (its batch opens at once). */
  readonly connectMs: number[] = [];

  constructor(private readonly wsUrl: string, private readonly token: string) {}

  get count(): number {
    return this.clients.length;
  }

  private error(i: number, message: string): void {
    if (this.closing) return;
    this.failed.add(i);
    if (this.errors.length < 10) this.errors.push(`connection ${i}: ${message}`);
  }

  /** Opens `count` sockets, each acknowledged by the server after `connection_init` with the token. */
  connect(count: number, batch: number): Promise<void> {
    return inBatches(count, batch, 'graphql-ws connect', (i) =>
      new Promise<void>((resolve) => {
        const t0 = performance.now();
        const client = createClient({
          url: this.wsUrl,
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${this.token}` },
          lazy: false,
          retryAttempts: 0, // a dropped socket is a finding, not something to hide by reconnecting
          onNonLazyError: (e) => { this.error(i, describe(e)); resolve(); },
          on: { connected: () => { this.connectMs.push(performance.now() - t0); resolve(); }, closed: (e) => this.error(i, `closed: ${describe(e)}`) },
        });
        this.clients.push(client);
      }));
  }

  /**
   * One `caseEvents` subscription per open socket, from `after` so the server replays one event:
   * its arrival proves the subscription is registered on the server (graphql-ws acknowledges no subscribe).
   */
  subscribe(caseId: string, after: string, batch: number): Promise<void> {
    return inBatches(this.clients.length, batch, 'caseEvents subscribe', (i) =>
      new Promise<void>((resolve) => {
        let first = true;
        this.clients[i].subscribe<{ caseEvents: { seq: string } }>({ query: ROOM_FEED, variables: { caseId, after } }, {
          next: (r) => {
            if (r.errors) this.error(i, JSON.stringify(r.errors));
            else if (first) this.subscribed += 1;
            if (first) { first = false; resolve(); }
          },
          error: (e) => { this.error(i, `subscription: ${describe(e)}`); resolve(); },
          complete: () => { if (!this.closing) this.error(i, 'subscription completed early'); resolve(); },
        });
      }));
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.clients.map((c) => c.dispose()));
  }
}

/** N plain `ws` sockets to the bare server. */
export class BareConnections {
  private readonly sockets: WebSocket[] = [];
  private closing = false;
  readonly failed = new Set<number>();
  readonly errors: string[] = [];
  /** Per open socket: ms from creating it to the upgrade's completion (its batch opens at once). */
  readonly connectMs: number[] = [];

  constructor(private readonly url: string) {}

  private error(i: number, message: string): void {
    if (this.closing) return;
    this.failed.add(i);
    if (this.errors.length < 10) this.errors.push(`socket ${i}: ${message}`);
  }

  get count(): number {
    return this.sockets.length;
  }

  connect(count: number, batch: number): Promise<void> {
    return inBatches(count, batch, 'ws connect', async (i) => {
      try {
        const t0 = performance.now();
        const socket = await openSocket(this.url);
        this.connectMs.push(performance.now() - t0);
        socket.on('close', (code) => this.error(i, `closed ${code}`));
        socket.on('error', () => undefined);
        this.sockets.push(socket);
      } catch (e) {
        this.error(i, (e as Error).message);
      }
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.sockets.map(closeSocket));
  }
}
