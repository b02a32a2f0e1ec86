import { Piscina } from 'piscina';
import type { RenderJob } from './render-job.js';

export interface RenderPoolOptions {
  /** Worker threads rendering at once. */
  threads: number;
  /** Jobs allowed to wait for a thread; one more is refused (`QueueFull`). */
  queue: number;
  /** An idle thread exits after this long, giving its memory back. */
  idleMs?: number;
  /** The render threads' nice value (Linux: per thread); 0 renders at the event loop's priority. */
  nice?: number;
}

/** When a render and the event loop both want a core, the loop gets ~90 % of it (CFS weights 1024 : 110). */
export const RENDER_NICE = 10;

/** The pool's queue is full: the caller answers RATE_LIMITED with a wait of about `retryAfterMs`. */
export class QueueFull extends Error {
  constructor(readonly retryAfterMs: number) {
    super('document render queue is full');
  }
}

// From src/ (tsx, vitest) the worker loads the TypeScript renderers through tsx; compiled (dist/), the JavaScript.
const rendererUrl = new URL(`./render-job.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url).href;
const workerFile = new URL('./render.worker.mjs', import.meta.url);

/** PDF rendering on worker threads, so a burst of downloads never holds the event loop. */
export class RenderPool {
  private readonly piscina: Piscina;
  private done = 0;

  constructor(private readonly options: RenderPoolOptions) {
    this.piscina = new Piscina({
      filename: workerFile.href,
      workerData: { rendererUrl, nice: options.nice ?? RENDER_NICE },
      minThreads: 0,
      maxThreads: options.threads,
      maxQueue: options.queue,
      idleTimeout: options.idleMs ?? 10_000,
    });
  }

  /** Documents rendered so far by this pool (a cached download renders nothing). */
  get renders(): number {
    return this.done;
  }

  /** Threads alive now (0 once idle ones have exited). */
  get threads(): number {
    return this.piscina.threads.length;
  }

  /** The job's PDF bytes; throws `QueueFull` when `queue` jobs already wait. */
  async render(job: RenderJob): Promise<Buffer> {
    if (this.piscina.queueSize >= this.options.queue) throw new QueueFull(this.backlogMs());
    let bytes: Uint8Array;
    try {
      bytes = (await this.piscina.run(job)) as Uint8Array;
    } catch (e) {
      // Piscina's own check, for a race between the test above and a job queued meanwhile.
      if (e instanceof Error && e.message === 'Task queue is at limit') throw new QueueFull(this.backlogMs());
      throw e;
    }
    this.done += 1;
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Stops the threads; jobs still queued are rejected. */
  close(): Promise<void> {
    return this.piscina.destroy();
  }

  /** About how long until the queue has room again: the waiting jobs at the mean render time (ms, a guess before any). */
  backlogMs(): number {
    const mean = this.piscina.histogram.runTime?.mean;
    const perJob = mean !== undefined && Number.isFinite(mean) && mean > 0 ? mean : 500;
    return Math.ceil(((this.piscina.queueSize + 1) * perJob) / this.options.threads);
  }
}
