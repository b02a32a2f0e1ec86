import type { CaseEvent } from './case-event.entity.js';
import type { LiveFeed } from './live-feed.js';
import type { LogTail } from './log-tail.js';

const RETRY_MS = 500;

/** How many events of a batch the viewer may receive, and whether the stream ends after them. */
export interface Admission {
  deliver: number;
  end: boolean;
}

/**
 * The events of one stream of the log after `after`, in seq order, then live: each wake-up reads
 * from the last delivered seq, so nothing is skipped and nothing is sent twice. `allowed` is asked
 * before every batch how many of its events the viewer may still receive and whether to end there.
 */
export class CaseEventStream implements AsyncIterableIterator<CaseEvent> {
  private buffer: CaseEvent[] = [];
  private finished = false;
  private dirty = true;
  private wakeUp: (() => void) | null = null;
  private readonly off: () => void;

  constructor(
    feed: LiveFeed,
    topic: string,
    private readonly tail: LogTail,
    private last: string,
    private readonly allowed: (batch: readonly CaseEvent[]) => Promise<Admission>,
    private readonly onEnd: () => void,
  ) {
    this.off = feed.onTopic(topic, () => this.wake());
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
      await this.fill();
    }
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<CaseEvent>> {
    if (!this.finished) {
      this.finished = true;
      this.off();
      this.onEnd();
      this.wake();
    }
    return { value: undefined, done: true };
  }

  private async fill() {
    if (this.finished) return;
    let rows: CaseEvent[];
    try {
      rows = await this.tail.after(this.last);
    } catch {
      // The database is away: keep the subscriber and try again shortly; it resumes from its last seq.
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      this.dirty = true;
      return;
    }
    if (rows.length === 0) return;
    const { deliver, end } = await this.allowed(rows);
    this.buffer.push(...rows.slice(0, deliver));
    if (end) {
      // The viewer lost access at this point of the log: what came before is delivered, nothing after.
      this.finished = true;
      this.off();
      this.onEnd();
      return;
    }
    this.last = rows[rows.length - 1].seq;
    this.dirty = true; // there may be more after this batch
  }

  private wake() {
    this.dirty = true;
    const w = this.wakeUp;
    this.wakeUp = null;
    w?.();
  }
}
