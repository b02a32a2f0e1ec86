/**
 * A subscription that sends a freshly computed state at once and again after every wake-up;
 * wake-ups that arrive while computing are coalesced into one more computation.
 */
export class StateStream<T> implements AsyncIterableIterator<T> {
  private dirty = true;
  private finished = false;
  private wakeUp: (() => void) | null = null;
  private readonly off: () => void;

  constructor(listen: (wake: () => void) => () => void, private readonly compute: () => Promise<T | null>, private readonly onEnd?: () => void) {
    this.off = listen(() => this.wake());
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  async next(): Promise<IteratorResult<T>> {
    while (!this.finished) {
      if (!this.dirty) await new Promise<void>((resolve) => (this.wakeUp = resolve));
      if (this.finished) break;
      this.dirty = false;
      const value = await this.compute();
      if (value === null) return this.return();
      return { value, done: false };
    }
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<T>> {
    if (!this.finished) {
      this.finished = true;
      this.off();
      this.onEnd?.();
      this.wake();
    }
    return { value: undefined, done: true };
  }

  private wake() {
    this.dirty = true;
    const w = this.wakeUp;
    this.wakeUp = null;
    w?.();
  }
}
