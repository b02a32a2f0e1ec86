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

  /**
   * Entries of the copy by key, in the keys' order; null for a key that names none. A key the copy
   * lacks may name an entry newer than the copy (made on another instance, whose notification has
   * not arrived yet): then the copy is read again, once.
   */
  async many<V>(keys: readonly string[], index: (data: T) => ReadonlyMap<string, V>): Promise<(V | null)[]> {
    const held = index(await this.get());
    if (keys.every((k) => held.has(k))) return keys.map((k) => held.get(k)!);
    this.invalidate();
    const fresh = index(await this.get());
    return keys.map((k) => fresh.get(k) ?? null);
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
