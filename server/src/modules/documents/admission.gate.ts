/**
 * At most `limit` tasks run at once; the others wait their turn, first come first served, doing nothing.
 *
 * Why: Node (libuv ≥ 1.45) accepts ONE new connection per event-loop turn, so during a burst a
 * health check waits in the accept queue for as many turns as there are connections ahead of it.
 * A turn lasts as long as the work that is ready in it: if 30 downloads all authenticate and read
 * their source at once, turns are long and /healthz waits for all of it. Admitting a few at a time
 * keeps every turn short, and the connections ahead drain in milliseconds.
 */
export class AdmissionGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {}

  /** Tasks waiting for their turn now. */
  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running += 1;
    try {
      return await task();
    } finally {
      // The slot passes straight to the next waiter (running stays the same), or is freed.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
