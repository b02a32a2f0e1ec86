import type { FilterQuery } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { CaseEvent } from './case-event.entity.js';
import type { LiveFeed } from './live-feed.js';

const BATCH = 200;

/**
 * The events of the log after `after` that match `where`, in seq order, then live: each wake-up reads the log from
 * the last delivered seq, so nothing is skipped and nothing is sent twice. `allowed` is asked
 * before every batch; when it says no, the stream ends.
 */
export class CaseEventStream implements AsyncIterableIterator<CaseEvent> {
  private buffer: CaseEvent[] = [];
  private finished = false;
  private dirty = true;
  private wakeUp: (() => void) | null = null;
  private readonly off: () => void;

  /** `topic` is what wakes the stream (a case id, or '*' for the whole log); `where` picks its events. */
  constructor(
    private readonly orm: MikroORM,
    feed: LiveFeed,
    topic: string,
    private readonly where: FilterQuery<CaseEvent>,
    private last: string,
    private readonly allowed: () => Promise<boolean>,
  ) {
    this.off = feed.onTopic(topic, () => this.wake());
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  async next(): Promise<IteratorResult<CaseEvent>> {
    while (!this.finished) {
      const ready = this.buffer.shift();
      if (ready) return { value: ready, done: false };
      if (!this.dirty) await new Promise<void>((resolve) => (this.wakeUp = resolve));
      this.dirty = false;
      await this.fill();
    }
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<CaseEvent>> {
    this.finished = true;
    this.off();
    this.wake();
    return { value: undefined, done: true };
  }

  private async fill() {
    if (this.finished) return;
    const rows = await this.orm.em.fork().find(
      CaseEvent,
      { $and: [this.where, { seq: { $gt: this.last } }] },
      { orderBy: { seq: 'asc' }, limit: BATCH },
    );
    if (rows.length === 0) return;
    if (!(await this.allowed())) {
      await this.return();
      return;
    }
    this.buffer.push(...rows);
    this.last = rows[rows.length - 1].seq;
    if (rows.length === BATCH) this.dirty = true;
  }

  private wake() {
    this.dirty = true;
    const w = this.wakeUp;
    this.wakeUp = null;
    w?.();
  }
}
