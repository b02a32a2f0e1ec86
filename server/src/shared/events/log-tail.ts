import type { CaseEvent } from './case-event.entity.js';
import { WATERMARK_SQL, watermarkOf, type WatermarkRow } from './event-log.js';
import type { LiveFeed } from './live-feed.js';
import { eventOf, eventsQuery, type EventFilter, type EventRow, type EventsQuery } from './timeline.reader.js';

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
 *
 * It reads only up to the log's watermark (event-log.ts): rows above it may sit next to a lower
 * number still in flight in another transaction. While one is, the tail looks again at the next
 * commit anywhere in the log (or shortly after), since that commit's topic may not be its own.
 */
export class LogTail {
  private events: CaseEvent[] = [];
  private seqs: bigint[] = []; // events[i].seq as a number, for the binary search every reader does
  private floor: bigint;
  private head: bigint;
  private refreshing: Promise<void> | null = null;
  private stale = true;
  /** The last slice made, until the held events change: every reader of a room asks for the same one. */
  private sliced: { from: bigint; rows: CaseEvent[]; last: bigint } | null = null;
  private readonly readers = new Set<() => void>();
  private readonly read: EventsQuery;

  constructor(
    private readonly feed: LiveFeed,
    filter: EventFilter,
    start: string,
    private readonly onRead?: OnTailRead,
    private readonly lookAgain: (tail: LogTail) => void = () => undefined,
  ) {
    this.floor = this.head = BigInt(start);
    this.read = eventsQuery(filter, BATCH);
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
  peek(after: bigint): CaseEvent[] | null {
    if (this.stale || this.refreshing) return null;
    return after < this.floor ? null : this.slice(after);
  }

  /** Whether there may be events after `after` that a reader has not been given yet. */
  hasAfter(after: bigint): boolean {
    return this.stale || this.refreshing !== null || after < this.head;
  }

  /** Events after `after`, in seq order, at most one batch. */
  async after(from: bigint): Promise<CaseEvent[]> {
    for (;;) {
      if (from < this.floor) {
        // A reader behind the tail reads the gap itself; when the gap holds nothing of this stream
        // (other cases' events, or kinds this stream leaves out) it goes on from the floor the gap
        // was read up to, or it would ask for the same empty gap forever.
        const floor = this.floor;
        const gap = await this.query(from, floor);
        if (gap.length > 0) return gap;
        from = floor;
        continue;
      }
      if (!this.stale && !this.refreshing) return this.slice(from);
      // A refresh already under way may have been started before this reader's wake-up: wait for it
      // too. It may drop held events this reader has not had (a long catch-up moves the floor past
      // it), so the reader looks again where it stands before taking anything.
      await (this.refreshing ?? this.refresh());
    }
  }

  /** The seq of the last of `rows` (a batch this tail gave) as a number, without parsing it again for every reader. */
  lastSeqOf(rows: readonly CaseEvent[]): bigint {
    return this.sliced?.rows === rows ? this.sliced.last : BigInt(rows[rows.length - 1].seq);
  }

  /** The held events after `from` (at least the floor), at most one batch; readers at one place share one array. */
  private slice(from: bigint): CaseEvent[] {
    if (this.sliced?.from === from) return this.sliced.rows;
    let lo = 0;
    let hi = this.seqs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.seqs[mid] > from) hi = mid;
      else lo = mid + 1;
    }
    if (lo === this.events.length) return [];
    const rows = this.events.slice(lo, lo + BATCH);
    this.sliced = { from, rows, last: this.seqs[lo + rows.length - 1] };
    return rows;
  }

  private refresh(): Promise<void> {
    this.refreshing ??= (async () => {
      try {
        while (this.stale) {
          this.stale = false;
          const rows = await this.readNew();
          if (rows.length === 0) break;
          this.onRead?.(rows);
          this.sliced = null;
          this.events.push(...rows);
          this.seqs.push(...rows.map((r) => BigInt(r.seq)));
          this.head = BigInt(rows[rows.length - 1].seq);
          if (rows.length === BATCH) this.stale = true;
        }
        if (this.events.length > KEEP) {
          const dropped = this.events.length - KEEP;
          this.sliced = null;
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

  /** The rows after the head up to the watermark, read first, in a statement of its own (the rows' snapshot must be later). */
  private async readNew(): Promise<CaseEvent[]> {
    const { upTo, last } = watermarkOf(await this.feed.read<WatermarkRow>('case-event-watermark', WATERMARK_SQL, []));
    if (upTo < last) this.lookAgain(this);
    return upTo > this.head ? this.query(this.head, upTo) : [];
  }

  private async query(after: bigint, upTo: bigint): Promise<CaseEvent[]> {
    const { name, text, values } = this.read;
    return (await this.feed.read<EventRow>(name, text, values(after, upTo))).map(eventOf);
  }
}

/** How long a tail behind an append in flight waits for some commit before it looks again anyway. */
const LOOK_AGAIN_MS = 25;

/** One LogTail per stream key on this instance, shared by its subscribers and dropped with the last one. */
export class LogTails {
  private readonly tails = new Map<string, { tail: LogTail; users: number; off: () => void }>();
  private readonly behind = new Set<LogTail>();
  private stopWaiting: (() => void) | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly feed: LiveFeed, private readonly onRead?: OnTailRead) {}

  /** Touches `tail` again at the next commit of any event, or after LOOK_AGAIN_MS. */
  private lookAgain = (tail: LogTail): void => {
    this.behind.add(tail);
    this.stopWaiting ??= this.feed.onLog(this.touchBehind);
    this.timer ??= setTimeout(this.touchBehind, LOOK_AGAIN_MS);
    this.timer.unref();
  };

  private touchBehind = (): void => {
    this.stopWaiting?.();
    this.stopWaiting = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const tails = [...this.behind];
    this.behind.clear();
    for (const tail of tails) tail.touch();
  };

  /** The tail for `key`, woken by `topic`; call `release` when the subscriber leaves. */
  acquire(key: string, topic: string, filter: EventFilter, start: string): { tail: LogTail; release: () => void } {
    let entry = this.tails.get(key);
    if (!entry) {
      const tail = new LogTail(this.feed, filter, start, this.onRead, this.lookAgain);
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
