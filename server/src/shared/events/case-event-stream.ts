import type { CaseEvent } from './case-event.entity.js';
import type { LiveFeed } from './live-feed.js';
import type { LogTail } from './log-tail.js';

const RETRY_MS = 500;

/**
 * The receiver of a stream in push mode: `deliver` gets each event once, in order, and returns a
 * promise when it has to wait before the next one (its frame is still being made); `done` is told
 * once that the stream ended on its own (the viewer lost access) or failed (with the error).
 */
export interface EventSink {
  deliver(event: CaseEvent): Waiting | undefined;
  done(error?: unknown): void;
}

/** Something to wait for: a promise, or a lighter object that calls back the same way (no promise per subscriber). */
export interface Waiting {
  then(onDone: () => void, onFailed: (error: unknown) => void): unknown;
}

/** How many events of a batch the viewer may receive, and whether the stream ends after them. */
export interface Admission {
  deliver: number;
  end: boolean;
}

/**
 * The events of one stream of the log after `after`, in seq order, then live: each wake-up reads
 * from the last delivered seq, so nothing is skipped and nothing is sent twice. `allowed` is asked
 * before every batch how many of its events the viewer may still receive and whether to end there;
 * it answers at once when it can (nothing about the viewer changed since it last looked).
 *
 * A live reader is woken by its tail once the tail has read the new rows, so the usual step (the
 * tail holds the rows, the viewer's access is known) involves no waiting beyond the wake-up itself:
 * with a thousand readers in one room, each event costs each of them a few synchronous steps.
 *
 * It is read either by pulling (`next`, as an async iterator) or, for a room broadcaster, in push
 * mode (`push`): then the tail's wake-up itself hands each new event to the sink, with no promise
 * per event when nothing has to wait.
 */
export class CaseEventStream implements AsyncIterableIterator<CaseEvent> {
  private buffer: CaseEvent[] = [];
  private finished = false;
  private dirty = true;
  private wakeUp: (() => void) | null = null;
  private sink: EventSink | null = null;
  private pumping = false;
  private readonly off: () => void;
  private readonly untrack: () => void;
  /** The seq of the last event taken (delivered or left out), as a number: compared per event and reader. */
  private last: bigint;

  constructor(
    feed: LiveFeed,
    private readonly tail: LogTail,
    last: string,
    private readonly allowed: (batch: readonly CaseEvent[]) => Admission | Promise<Admission>,
    private readonly onEnd: () => void,
  ) {
    this.last = BigInt(last);
    this.off = tail.onRefreshed(() => this.wake());
    this.untrack = feed.track();
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  async next(): Promise<IteratorResult<CaseEvent>> {
    for (;;) {
      const ready = this.buffer.shift();
      if (ready) return { value: ready, done: false };
      if (this.finished) break;
      if (!this.dirty) await new Promise<void>((resolve) => (this.wakeUp = resolve));
      this.dirty = false;
      const waiting = this.fill();
      if (waiting) await waiting;
    }
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<CaseEvent>> {
    this.sink = null; // nothing more is delivered, and the sink is not told: it is the one stopping
    this.buffer = [];
    this.end();
    this.wake();
    return { value: undefined, done: true };
  }

  /** Push mode: from now on every event goes to `sink` as soon as the stream can tell it (never also pull). */
  push(sink: EventSink): void {
    if (this.sink) throw new Error('A stream has one reader.');
    this.sink = sink;
    this.pump();
  }

  /** Delivers to the sink until it has to wait; then goes on once the wait is over. One pump at a time keeps the order. */
  private pump(): void {
    if (this.pumping || !this.sink) return;
    this.pumping = true;
    this.step();
  }

  /** One run of `drain`; made once per stream, since a pump runs per event and subscriber. */
  private readonly step = (): void => {
    let waiting: Waiting | undefined;
    try {
      waiting = this.drain();
    } catch (e) {
      this.fail(e);
      return;
    }
    if (waiting) waiting.then(this.step, this.fail);
    else this.pumping = false;
  };

  /** The push-mode counterpart of `next`: returns a promise only when it has to wait (a read, a status check, a frame). */
  private drain(): Waiting | undefined {
    for (;;) {
      const sink = this.sink;
      if (!sink) return;
      const ready = this.buffer.shift();
      if (ready) {
        const waiting = sink.deliver(ready);
        if (waiting) return waiting;
        continue;
      }
      if (this.finished) {
        this.sink = null;
        sink.done();
        return;
      }
      if (!this.dirty) return;
      this.dirty = false;
      const waiting = this.fill();
      if (waiting) return waiting;
    }
  }

  private readonly fail = (error: unknown): void => {
    const sink = this.sink;
    this.sink = null;
    this.buffer = [];
    this.end();
    sink?.done(error);
  };

  /** Reads what follows the last delivered seq; returns a promise only when it has to wait (a read, a status check). */
  private fill(): Promise<void> | undefined {
    if (this.finished) return;
    const rows = this.tail.peek(this.last);
    return rows === null ? this.read() : this.admit(rows);
  }

  private async read(): Promise<void> {
    let rows: CaseEvent[];
    try {
      rows = await this.tail.after(this.last);
    } catch {
      // The database is away: keep the subscriber and try again shortly; it resumes from its last seq.
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      this.dirty = true;
      return;
    }
    await this.admit(rows);
  }

  private admit(rows: CaseEvent[]): Promise<void> | undefined {
    if (rows.length === 0 || this.finished) return;
    const admission = this.allowed(rows);
    if (admission instanceof Promise) return admission.then((a) => this.take(rows, a));
    this.take(rows, admission);
  }

  private take(rows: CaseEvent[], { deliver, end }: Admission): void {
    if (this.finished) return;
    for (let i = 0; i < deliver; i++) this.buffer.push(rows[i]);
    if (end) {
      // The viewer lost access at this point of the log: what came before is delivered, nothing after.
      this.end();
      return;
    }
    this.last = this.tail.lastSeqOf(rows);
    if (this.tail.hasAfter(this.last)) this.dirty = true; // more after this batch, or a newer read under way
  }

  private end(): void {
    if (this.finished) return;
    this.finished = true;
    this.off();
    this.untrack();
    this.onEnd();
  }

  private wake() {
    this.dirty = true;
    const w = this.wakeUp;
    this.wakeUp = null;
    w?.();
    if (this.sink) this.pump();
  }
}
