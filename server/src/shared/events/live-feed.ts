import pg from 'pg';
import type { Logger } from 'pino';
import { EVENTS_CHANNEL } from './event-log.js';

type Wake = () => void;

/**
 * One LISTEN connection per server instance. A notification only wakes the subscribers of its
 * case; they read what they missed from the log themselves, so a lost notification or a dropped
 * connection loses nothing: after reconnecting, every subscriber is woken to catch up.
 */
export class LiveFeed {
  private client: pg.Client | null = null;
  private readonly waiters = new Map<string, Set<Wake>>();
  private closed = false;
  private retryMs = 100;

  constructor(private readonly url: string, private readonly log: Logger) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (msg) => this.wake(msg.payload?.split(':')[0] ?? ''));
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client));
    await client.connect();
    await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    this.client = client;
    this.retryMs = 100;
  }

  /** Registers a wake-up for one case (or '*' for all); returns the function that removes it. */
  onCase(caseId: string, wake: Wake): () => void {
    let set = this.waiters.get(caseId);
    if (!set) this.waiters.set(caseId, (set = new Set()));
    set.add(wake);
    return () => {
      set.delete(wake);
      if (set.size === 0) this.waiters.delete(caseId);
    };
  }

  get subscriberCount(): number {
    let n = 0;
    for (const set of this.waiters.values()) n += set.size;
    return n;
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
    this.wakeAll();
  }

  private wake(caseId: string) {
    for (const w of this.waiters.get(caseId) ?? []) w();
    for (const w of this.waiters.get('*') ?? []) w();
  }

  private wakeAll() {
    for (const set of this.waiters.values()) for (const w of set) w();
  }

  private lost(client: pg.Client, err?: Error) {
    if (this.client !== client || this.closed) return;
    this.client = null;
    this.log.warn({ err }, 'live feed connection lost; reconnecting');
    client.removeAllListeners();
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    const retry = () => {
      if (this.closed) return;
      this.start().then(
        () => { this.log.info('live feed reconnected; subscribers catch up from the log'); this.wakeAll(); },
        () => { this.retryMs = Math.min(this.retryMs * 2, 5_000); setTimeout(retry, this.retryMs).unref(); },
      );
    };
    setTimeout(retry, this.retryMs).unref();
  }
}
