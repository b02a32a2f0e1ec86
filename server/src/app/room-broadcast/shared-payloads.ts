import type { ExecutionResult } from 'graphql';
import type { Waiting } from '../../shared/events/case-event-stream.js';

/**
 * One event's result for one share key: its JSON as UTF-8, made once, or null when it has errors
 * (those are formatted per subscriber).
 */
export interface Payload {
  result: ExecutionResult;
  json: Buffer | null;
}

const payloadOf = (result: ExecutionResult): Payload => ({ result, json: result.errors ? null : Buffer.from(JSON.stringify(result)) });

interface Waiter {
  use: (payload: Payload) => void;
  done: () => void;
  failed: (error: unknown) => void;
}

/**
 * A payload still being executed (a resolver waits: the recusal guard's loader, a look-up). Its
 * subscribers wait on this one execution: each is called back in the order it asked, synchronously
 * once the result is known, with no promise of its own (a thousand per event would cost more than
 * the sends themselves).
 */
export class PendingPayload {
  private waiters: Waiter[] | null = [];
  private outcome: { payload: Payload } | { error: unknown } | null = null;

  constructor(result: Promise<ExecutionResult>, settled: (payload: Payload | null) => void) {
    result.then(
      (value) => {
        const payload = payloadOf(value);
        settled(payload);
        this.settle({ payload });
      },
      (error: unknown) => {
        settled(null);
        this.settle({ error });
      },
    );
  }

  /** Calls `use` with the payload once it is known; what it returns tells the subscriber's stream when that is done. */
  wait(use: (payload: Payload) => void): Waiting {
    return new Use(this, use);
  }

  /** Registers a waiter (called at once when the outcome is known already). */
  add(waiter: Waiter): void {
    if (this.waiters) this.waiters.push(waiter);
    else this.call(waiter);
  }

  private settle(outcome: { payload: Payload } | { error: unknown }): void {
    this.outcome = outcome;
    const waiters = this.waiters ?? [];
    this.waiters = null;
    for (const waiter of waiters) this.call(waiter);
  }

  private call(waiter: Waiter): void {
    const outcome = this.outcome!;
    if (!('payload' in outcome)) return waiter.failed(outcome.error);
    try {
      waiter.use(outcome.payload);
    } catch (e) {
      return waiter.failed(e);
    }
    waiter.done();
  }
}

/** One subscriber's use of a pending payload, awaited by its stream (no closure per subscriber and event). */
class Use implements Waiting {
  constructor(private readonly pending: PendingPayload, private readonly use: (payload: Payload) => void) {}

  then(done: () => void, failed: (error: unknown) => void): void {
    this.pending.add({ use: this.use, done, failed });
  }
}

/** The payloads of one share key (shared-execution.ts: same document, variables and role), per event. */
export class PayloadGroup {
  private readonly byEvent = new WeakMap<object, Payload | PendingPayload>();
  users = 0;

  /**
   * The payload of `event`: executed (by `execute`, the asking subscriber's) for the first
   * subscriber of the key that asks, then reused by every other. A plain value once known.
   */
  of(event: object, execute: (event: object) => ExecutionResult | Promise<ExecutionResult>): Payload | PendingPayload {
    const known = this.byEvent.get(event);
    if (known !== undefined) return known;
    const result = execute(event);
    if (!(result instanceof Promise)) {
      const payload = payloadOf(result);
      this.byEvent.set(event, payload);
      return payload;
    }
    // A failed execution is not kept: its waiters fail, the next subscriber to ask executes again.
    const pending: PendingPayload = new PendingPayload(result, (payload) => {
      if (this.byEvent.get(event) !== pending) return;
      if (payload) this.byEvent.set(event, payload);
      else this.byEvent.delete(event);
    });
    this.byEvent.set(event, pending);
    return pending;
  }
}

/** The payload groups of this process by share key, each dropped with its last subscriber. */
export class PayloadGroups {
  private readonly groups = new Map<string, PayloadGroup>();

  acquire(key: string): { group: PayloadGroup; release: () => void } {
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = new PayloadGroup()));
    group.users += 1;
    const held = group;
    let released = false;
    return {
      group: held,
      release: () => {
        if (released) return;
        released = true;
        held.users -= 1;
        if (held.users === 0 && this.groups.get(key) === held) this.groups.delete(key);
      },
    };
  }

  get size(): number {
    return this.groups.size;
  }
}
