import type { MikroORM } from '@mikro-orm/postgresql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Clock } from '../shared/clock.js';
import type { LiveFeed } from '../shared/events/live-feed.js';
import { WsMetrics } from './metrics-ws.js';

export type OperationKind = 'query' | 'mutation' | 'subscription';
export type Transport = 'http' | 'ws';

/** What the probes read on a scrape; nothing here is read on a request's path. */
export interface MetricSources {
  orm: MikroORM;
  feed: LiveFeed;
  /** The job runner's clock, so that `jobs_due` counts what the runner would take (the real one by default). */
  clock?: Clock;
}

// Seqs of events already observed in the lag histogram: a case's tail and the panel's tail read the
// same event, and it is measured once per instance. Bounded: only live reads pass through here.
const RECENT_SEQS = 4096;

/**
 * Caps a label's distinct values: the first `max` well-formed values are kept, later new ones are
 * folded into `other`. Operation names are chosen by clients, so without a cap anyone could grow
 * the registry (and every scrape) without end.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(private readonly max: number, private readonly shape: RegExp) {}

  of(value: string): string {
    if (this.seen.has(value)) return value;
    if (!this.shape.test(value) || this.seen.size >= this.max) return 'other';
    this.seen.add(value);
    return value;
  }
}

/** The tarn pool behind MikroORM's knex, as far as the gauges read it. */
interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

/**
 * One registry per platform instance (tests run several platforms in one process, so never the
 * global one). Labels are operation names, kinds, transports and error codes only: no person, no case.
 */
export class PlatformMetrics {
  readonly registry = new Registry();
  /** The WebSocket transport's hooks (ws.ts): connections, subscriptions, its operations and errors. */
  readonly ws: WsMetrics = new WsMetrics(this);
  private readonly operations = new BoundedLabel(100, /^[_A-Za-z][_0-9A-Za-z]{0,63}$/);
  private readonly codes = new BoundedLabel(50, /^[A-Z][A-Z_]{0,39}$/);
  private readonly recent = new Set<string>();
  private readonly duration: Histogram<'operation' | 'kind'>;
  private readonly errors: Counter<'code' | 'transport'>;
  private readonly lag: Histogram;
  private readonly jobsPending: Gauge;
  private readonly jobsDue: Gauge;
  private readonly jobsFailed: Gauge;

  constructor(private readonly sources: MetricSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.duration = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'GraphQL operations: HTTP from request to response; over WebSocket, queries and mutations to their result and subscriptions until set up.',
      labelNames: ['operation', 'kind'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.errors = new Counter({ name: 'graphql_errors_total', help: 'Errors sent to clients, by extensions.code.', labelNames: ['code', 'transport'], registers });
    this.lag = new Histogram({
      name: 'event_delivery_lag_seconds',
      help: "From a case event's time in the log (its transaction's start) to this instance reading it for its subscribers.",
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    const gauge = (name: string, help: string, read?: () => number) =>
      new Gauge({ name, help, registers, ...(read ? { collect(this: Gauge) { this.set(read()); } } : {}) });
    gauge('ws_connections', 'Open, authenticated WebSocket connections on this instance.', () => this.ws.counts().connections);
    gauge('ws_subscriptions', 'Active GraphQL subscriptions on this instance.', () => this.ws.counts().subscriptions);
    gauge('live_feed_streams', "Open event streams and shared readers woken by this instance's LISTEN connection.", () => sources.feed.subscriberCount);
    gauge('live_feed_reconnects', 'Times the LISTEN connection was re-established since start.', () => sources.feed.reconnects);
    this.jobsPending = gauge('jobs_pending', 'Scheduled jobs neither done nor failed (due or later).');
    this.jobsDue = gauge('jobs_due', 'Pending jobs whose time has come: the backlog.');
    this.jobsFailed = gauge('jobs_failed', 'Jobs that used up their attempts and wait for an admin to retry them.');
    const pool = (read: (p: TarnPool) => number) => () => { const p = this.pool(); return p ? read(p) : 0; };
    gauge('db_pool_used', 'Database connections in use.', pool((p) => p.numUsed()));
    gauge('db_pool_free', 'Idle database connections.', pool((p) => p.numFree()));
    gauge('db_pool_pending', 'Requests waiting for a database connection.', pool((p) => p.numPendingAcquires()));
  }

  /** Times one operation; `name` is the client's operation name (or none). */
  observeOperation(name: string | null | undefined, kind: OperationKind, seconds: number): void {
    this.duration.observe({ operation: name ? this.operations.of(name) : 'anonymous', kind }, seconds);
  }

  /** Counts the errors of one response by their extensions.code. */
  countErrors(errors: readonly { extensions?: Record<string, unknown> }[], transport: Transport): void {
    for (const e of errors) {
      const code = e.extensions?.code;
      this.errors.inc({ code: typeof code === 'string' ? this.codes.of(code) : 'NONE', transport });
    }
  }

  /** Called with the events a log tail just read for its subscribers: each is measured once. */
  readonly delivered = (events: readonly { seq: string; at: Date }[]): void => {
    const now = Date.now();
    for (const { seq, at } of events) {
      if (this.recent.has(seq)) continue;
      this.recent.add(seq);
      // A Set iterates in insertion order: the first one is the oldest.
      if (this.recent.size > RECENT_SEQS) this.recent.delete(this.recent.values().next().value as string);
      this.lag.observe(Math.max(0, now - at.getTime()) / 1000);
    }
  };

  /** The exposition text; the job gauges are read first with one query (a failed read shows NaN). */
  async scrape(): Promise<string> {
    await this.readJobs();
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private async readJobs(): Promise<void> {
    try {
      const [row] = await this.sources.orm.em.getConnection().execute<{ pending: string; due: string; failed: string }[]>(
        // The runner's own reading (modules/jobs): failed_at is set once a job has used up its attempts.
        `select count(*) filter (where failed_at is null) as pending,
                count(*) filter (where failed_at is null and run_at <= coalesce(?::timestamptz, now())) as due,
                count(*) filter (where failed_at is not null) as failed
           from scheduled_job where done_at is null`,
        [this.sources.clock?.now() ?? null],
      );
      this.jobsPending.set(Number(row.pending));
      this.jobsDue.set(Number(row.due));
      this.jobsFailed.set(Number(row.failed));
    } catch {
      for (const g of [this.jobsPending, this.jobsDue, this.jobsFailed]) g.set(Number.NaN);
    }
  }

  private pool(): TarnPool | null {
    try {
      const pool = (this.sources.orm.em.getConnection().getKnex().client as { pool?: TarnPool }).pool;
      return pool && typeof pool.numUsed === 'function' ? pool : null;
    } catch {
      return null; // closing, or not connected yet
    }
  }
}
