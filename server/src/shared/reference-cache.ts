import { LOG_TOPIC } from './events/event-log.js';
import type { LiveFeed } from './events/live-feed.js';

/**
 * Data that is the same for every request and changes only through logged admin actions (the
 * member directory, the panel's settings): read once per instance instead of once per request.
 * Every such change is logged under the `log` topic, whose notification (on every instance) drops
 * the copy; the instance that made the change also drops it at once (`invalidate`), and a short
 * lifetime bounds the staleness should a notification ever be missed.
 */
interface Entry<T> {
  data: Promise<T>;
  until: number;
  /** The data once read: for answers without a promise. */
  settled?: T;
}

export class ReferenceCache<T> {
  private value: Entry<T> | null = null;

  constructor(private readonly load: () => Promise<T>, feed: LiveFeed, private readonly ttlMs: number, private readonly now: () => number = Date.now) {
    feed.onTopic(LOG_TOPIC, () => this.invalidate());
    feed.onReconnect(() => this.invalidate());
  }

  get(): Promise<T> {
    const t = this.now();
    if (!this.value || this.value.until <= t) {
      const entry: Entry<T> = { data: this.load(), until: t + this.ttlMs };
      // A failed read is not kept: the next caller tries again.
      entry.data.then((data) => { entry.settled = data; }, () => { if (this.value === entry) this.value = null; });
      this.value = entry;
    }
    return this.value.data;
  }

  /** The copy, if one is read and still current: for callers that answer without a promise when they can. */
  settled(): T | undefined {
    const v = this.value;
    return v && v.until > this.now() ? v.settled : undefined;
  }

  invalidate(): void {
    this.value = null;
  }
}
