import type { FilterQuery } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { CaseEvent } from './case-event.entity.js';
import type { LiveFeed } from './live-feed.js';

const BATCH = 500;
// Held per stream, with each event's shared results and frames: a few seconds of a busy room. A
// subscriber further behind (a reconnect after a long gap) reads the gap from the log itself.
const KEEP = 256;

/** Told of the rows a tail reads live for its subscribers, once per read (metrics: delivery lag). */
export type OnTailRead = (events: readonly CaseEvent[]) => void;

/**
 * The newest events of one stream of the log (a case, or the panel), read once per wake-up for all
 * of this instance's subscribers of that stream instead of once per subscriber. It holds every
 * matching event with `floor < seq <= head`; a subscriber further behind reads the gap itself.
 */
export class LogTail {
  private events: CaseEvent[] = [];
  private seqs: bigint[] = []; // events[i].seq as a number, for the binary search every reader does
  private floor: bigint;
  private head: bigint;
  private refreshing: Promise<void> | null = null;
  private stale = true;
  private readonly readers = new Set<() => void>();

  constructor(private readonly orm: MikroORM, readonly where: FilterQuery<CaseEvent>, start: string, private readonly onRead?: OnTailRead) {
    this.floor = this.head = BigInt(start);
  }

  /**
   * Marks the tail as behind the log and reads the new rows at once (one query, however many
   * readers); its readers are woken when that read is done, so they find the rows without waiting.
   */
  touch(): void {
    this.stale = true;
    if (!this.refreshing) this.refresh().catch(() => undefined); // readers retry through `after`
  }

  /** Registers a wake-up called after every refresh (done or failed) that a notification started; returns its removal. */
  onRefreshed(wake: () => void): () => void {
    this.readers.add(wake);
    return () => this.readers.delete(wake);
  }

  /**
   * Events after `after` when the tail can tell them without waiting (it is fresh and holds that
   * part of the log): the common case of a live reader. Null otherwise: ask `after`.
   */
  peek(after: string): CaseEvent[] | null {
    if (this.stale || this.refreshing) return null;
    const from = BigInt(after);
    return from < this.floor ? null : this.slice(from);
  }

  /** Whether there may be events after `after` that a reader has not been given yet. */
  hasAfter(after: string): boolean {
    return this.stale || this.refreshing !== null || BigInt(after) < this.head;
  }

  /** Events after `after`, in seq order, at most one batch. */
  async after(after: string): Promise<CaseEvent[]> {
    const from = BigInt(after);
    if (from < this.floor) {
      // A reader behind the tail reads the gap itself; when the gap holds nothing of this stream
      // (other cases' events, or kinds this stream leaves out) it goes on from the floor, or it
      // would ask for the same empty gap forever.
      const gap = await this.query(from, this.floor);
      if (gap.length > 0) return gap;
      return this.after(String(this.floor));
    }
    // A refresh already under way may have been started before this reader's wake-up: wait for it too.
    while (this.stale || this.refreshing) await (this.refreshing ?? this.refresh());
    return this.slice(from);
  }

  /** The held events after `from` (at least the floor), at most one batch. */
  private slice(from: bigint): CaseEvent[] {
    let lo = 0;
    let hi = this.seqs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.seqs[mid] > from) hi = mid;
      else lo = mid + 1;
    }
    return lo === this.events.length ? [] : this.events.slice(lo, lo + BATCH);
  }

  private refresh(): Promise<void> {
    this.refreshing ??= (async () => {
      try {
        while (this.stale) {
          this.stale = false;
          const rows = await this.query(this.head, null);
          if (rows.length === 0) break;
          this.onRead?.(rows);
          this.events.push(...rows);
          this.seqs.push(...rows.map((r) => BigInt(r.seq)));
          this.head = BigInt(rows[rows.length - 1].seq);
          if (rows.length === BATCH) this.stale = true;
        }
        if (this.events.length > KEEP) {
          const dropped = this.events.length - KEEP;
          this.events.splice(0, dropped);
          this.floor = this.seqs.splice(0, dropped)[dropped - 1];
        }
      } catch (e) {
        this.stale = true;
        throw e;
      } finally {
        this.refreshing = null;
        for (const wake of this.readers) wake();
      }
    })();
    return this.refreshing;
  }

  private query(after: bigint, upTo: bigint | null): Promise<CaseEvent[]> {
    const range = upTo === null ? { $gt: String(after) } : { $gt: String(after), $lte: String(upTo) };
    return this.orm.em.fork().find(CaseEvent, { $and: [this.where, { seq: range }] }, { orderBy: { seq: 'asc' }, limit: BATCH });
  }
}

/** One LogTail per stream key on this instance, shared by its subscribers and dropped with the last one. */
export class LogTails {
  private readonly tails = new Map<string, { tail: LogTail; users: number; off: () => void }>();

  constructor(private readonly orm: MikroORM, private readonly feed: LiveFeed, private readonly onRead?: OnTailRead) {}

  /** The tail for `key`, woken by `topic`; call `release` when the subscriber leaves. */
  acquire(key: string, topic: string, where: FilterQuery<CaseEvent>, start: string): { tail: LogTail; release: () => void } {
    let entry = this.tails.get(key);
    if (!entry) {
      const tail = new LogTail(this.orm, where, start, this.onRead);
      entry = { tail, users: 0, off: this.feed.onTopic(topic, () => tail.touch()) };
      this.tails.set(key, entry);
    }
    entry.users += 1;
    const held = entry;
    let released = false;
    return {
      tail: held.tail,
      release: () => {
        if (released) return;
        released = true;
        held.users -= 1;
        if (held.users === 0 && this.tails.get(key) === held) {
          held.off();
          this.tails.delete(key);
        }
      },
    };
  }
}
