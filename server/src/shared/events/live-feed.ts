import pg from 'pg';
import type { Logger } from 'pino';
import { EVENTS_CHANNEL } from './event-log.js';

type Wake = () => void;

export const PRESENCE_CHANNEL = 'case_presence';

/**
 * One LISTEN connection per server instance. A notification only wakes the subscribers of its
 * case; they read what they missed from the log themselves, so a lost notification or a dropped
 * connection loses nothing: after reconnecting, every subscriber is woken to catch up. The log
 * tails' reads go over the same connection (`read`): short statements, one per wake-up of a stream,
 * between which PostgreSQL hands over the notifications that arrived meanwhile.
 */
export class LiveFeed {
  private client: pg.Client | null = null;
  private readonly waiters = new Map<string, Set<Wake>>();
  private readonly presenceHandlers = new Set<(payload: string) => void>();
  private readonly reconnectHandlers = new Set<() => void>();
  private readonly logHandlers = new Set<Wake>();
  private tracked = 0;
  private closed = false;
  /** How many times the LISTEN connection was re-established (for tests and metrics). */
  reconnects = 0;
  private retryMs = 100;

  constructor(private readonly url: string, private readonly log: Logger) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (msg) => this.route(msg.channel, msg.payload ?? ''));
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client));
    await client.connect();
    await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    await client.query(`LISTEN ${PRESENCE_CHANNEL}`);
    this.client = client;
    this.retryMs = 100;
  }

  /** Registers a wake-up for a topic (a case id, `inbox:<id>`, or '*' for every log event); returns its removal. */
  onTopic(topic: string, wake: Wake): () => void {
    let set = this.waiters.get(topic);
    if (!set) this.waiters.set(topic, (set = new Set()));
    set.add(wake);
    return () => {
      set.delete(wake);
      if (set.size === 0) this.waiters.delete(topic);
    };
  }

  /** Called on every commit of log events, whatever their topic (the log tails' watermark); not a subscriber. Returns its removal. */
  onLog(wake: Wake): () => void {
    this.logHandlers.add(wake);
    return () => this.logHandlers.delete(wake);
  }

  /** Called after the LISTEN connection was re-established (notifications may have been missed). */
  onReconnect(handler: () => void): void {
    this.reconnectHandlers.add(handler);
  }

  /** Ephemeral presence messages from every instance (including this one). */
  onPresence(handler: (payload: string) => void): void {
    this.presenceHandlers.add(handler);
  }

  /**
   * A read of the log on this connection, prepared once by `name`: the log tails' reads, which follow
   * its notifications, skip the pool and the query builder. Fails while the connection is away (the
   * tails' readers retry).
   */
  async read<R extends pg.QueryResultRow>(name: string, text: string, values: unknown[]): Promise<R[]> {
    if (!this.client) throw new Error('The live feed connection is away.');
    return (await this.client.query<R>({ name, text, values })).rows;
  }

  /** Sends an ephemeral presence message to every instance; not stored anywhere. */
  async publishPresence(payload: string): Promise<void> {
    if (!this.client) return; // while reconnecting, presence is simply late: heartbeats repeat it
    await this.client.query('select pg_notify($1, $2)', [PRESENCE_CHANNEL, payload]).catch(() => undefined);
  }

  /**
   * Counts a stream that is woken through a shared reader of its topic (a log tail) rather than by a
   * wake-up of its own here, so that `subscriberCount` still counts every open stream; returns its release.
   */
  track(): () => void {
    this.tracked += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.tracked -= 1;
    };
  }

  /** Open streams and shared readers woken by this instance's notifications. */
  get subscriberCount(): number {
    let n = this.tracked;
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

  private route(channel: string, payload: string) {
    if (channel === PRESENCE_CHANNEL) {
      for (const h of this.presenceHandlers) h(payload);
      return;
    }
    this.wake(payload);
  }

  /** Wakes a topic's waiters; every event of the log also wakes the panel-wide waiters ('*'). */
  private wake(topic: string) {
    for (const w of this.waiters.get(topic) ?? []) w();
    if (topic.startsWith('inbox:')) return;
    for (const w of this.waiters.get('*') ?? []) w();
    for (const w of this.logHandlers) w();
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
        () => {
          this.reconnects += 1;
          for (const h of this.reconnectHandlers) h();
          this.log.info('live feed reconnected; subscribers catch up from the log');
          this.wakeAll();
        },
        () => { this.retryMs = Math.min(this.retryMs * 2, 5_000); setTimeout(retry, this.retryMs).unref(); },
      );
    };
    setTimeout(retry, this.retryMs).unref();
  }
}
