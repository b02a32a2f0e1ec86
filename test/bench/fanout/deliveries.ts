import { summarize, type Summary } from '../lib/stats.js';

const MAX_KEPT_ERRORS = 20;

/**
 * Every (subscriber, event) delivery of one side of the benchmark: its latency, and whether any was
 * lost, repeated or out of order. Events are numbered 0…events-1; negative numbers are warm-ups.
 */
export class Deliveries {
  private readonly latency: Float64Array;
  private readonly lastSeen: Int32Array;
  private readonly warm: Uint8Array;
  private warmCount = 0;
  private waiters: { test: () => boolean; resolve: () => void }[] = [];
  delivered = 0;
  duplicates = 0;
  outOfOrder = 0;
  errorCount = 0;
  readonly errors: string[] = [];
  /** Called once, synchronously, with the last expected delivery: the moment to read CPU counters. */
  onComplete: (() => void) | null = null;

  constructor(readonly subscribers: number, readonly events: number) {
    this.latency = new Float64Array(subscribers * events).fill(Number.NaN);
    this.lastSeen = new Int32Array(subscribers).fill(-1);
    this.warm = new Uint8Array(subscribers);
  }

  get expected(): number {
    return this.subscribers * this.events;
  }

  get allWarm(): boolean {
    return this.warmCount === this.subscribers;
  }

  /** Subscriber `sub` received event `i` (stamped `sentAt`) at `receivedAt`. */
  record(sub: number, i: number, sentAt: number, receivedAt: number): void {
    if (i < 0) {
      if (this.warm[sub] === 0) {
        this.warm[sub] = 1;
        this.warmCount += 1;
        this.check();
      }
      return;
    }
    if (!(i < this.events) || !(sub >= 0 && sub < this.subscribers)) return this.error(sub, `unexpected event ${i}`);
    const slot = sub * this.events + i;
    if (!Number.isNaN(this.latency[slot])) {
      this.duplicates += 1;
      return;
    }
    if (i < this.lastSeen[sub]) this.outOfOrder += 1;
    this.lastSeen[sub] = Math.max(this.lastSeen[sub], i);
    this.latency[slot] = receivedAt - sentAt;
    this.delivered += 1;
    if (this.delivered === this.expected) this.onComplete?.();
    this.check();
  }

  error(sub: number, message: string): void {
    this.errorCount += 1;
    if (this.errors.length < MAX_KEPT_ERRORS) this.errors.push(`subscriber ${sub}: ${message}`);
  }

  /** Resolves true once every subscriber saw a warm-up event, false after `ms`. */
  whenWarm(ms: number): Promise<boolean> {
    return this.until(() => this.allWarm, ms);
  }

  /** Resolves true once every expected delivery arrived, false after `ms`. */
  whenComplete(ms: number): Promise<boolean> {
    return this.until(() => this.delivered === this.expected, ms);
  }

  /** For each event some subscriber did not receive: its number and how many missed it (at most `limit` events). */
  missing(limit = 10): { event: number; subscribers: number }[] {
    const out: { event: number; subscribers: number }[] = [];
    for (let i = 0; i < this.events && out.length < limit; i++) {
      let n = 0;
      for (let sub = 0; sub < this.subscribers; sub++) if (Number.isNaN(this.latency[sub * this.events + i])) n += 1;
      if (n) out.push({ event: i, subscribers: n });
    }
    return out;
  }

  /** Subscribers grouped by the last event they received (-1: none), largest groups first, e.g. [{ event: 271, subscribers: 999 }]. */
  lastReceived(limit = 5): { event: number; subscribers: number }[] {
    const groups = new Map<number, number>();
    for (const last of this.lastSeen) groups.set(last, (groups.get(last) ?? 0) + 1);
    return [...groups].map(([event, subscribers]) => ({ event, subscribers })).sort((a, b) => b.subscribers - a.subscribers).slice(0, limit);
  }

  /** Latency percentiles over the deliveries that arrived. */
  summary(): Summary | null {
    return summarize(this.latency.filter((v) => !Number.isNaN(v)));
  }

  private until(test: () => boolean, ms: number): Promise<boolean> {
    if (test()) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(false);
      }, ms);
      const waiter = { test, resolve: () => { clearTimeout(timer); resolve(true); } };
      this.waiters.push(waiter);
    });
  }

  private check(): void {
    if (this.waiters.length === 0) return;
    const ready = this.waiters.filter((w) => w.test());
    if (ready.length === 0) return;
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve();
  }
}
