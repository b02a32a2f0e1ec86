import { createHash } from 'node:crypto';
import { rateLimited, RateLimiter, retryAfterSeconds } from '../../shared/rate-limit.js';
import type { Env } from '../../config/env.js';
import { msg } from '../../shared/domain-error.js';
import { AdmissionGate } from './admission.gate.js';
import { RenderCache } from './render.cache.js';
import type { RenderJob } from './render-job.js';
import { QueueFull, RenderPool } from './render.pool.js';

const tooManyDownloads = (s: number) => msg(
  `Too many documents downloaded in a short time. Please wait ${s} s and try again.`,
  `Слишком много документов скачано за короткое время. Подождите ${s} с и повторите.`,
  `Қысқа уақытта тым көп құжат жүктелді. ${s} с күтіп, қайталаңыз.`,
);

const busyRendering = (s: number) => msg(
  `Many documents are being prepared right now. Please try again in ${s} s.`,
  `Сейчас готовится много документов. Повторите через ${s} с.`,
  `Қазір көп құжат дайындалуда. ${s} с кейін қайталаңыз.`,
);

/**
 * The version of a document's source: a digest of everything it is rendered from (the decision, its
 * votes, signatures and times, the settings, the language), so any change misses the cache by itself.
 */
export const sourceVersion = (job: RenderJob): string => createHash('sha256').update(JSON.stringify(job)).digest('base64url');

/** Downloads authenticated and read from the database at once; the rest wait (see AdmissionGate). */
const PREPARING_AT_ONCE = 2;

/**
 * Downloads of printable documents, per instance: a budget per member, rendered bytes cached by the
 * version of their source, and rendering on a few worker threads with a bounded queue.
 */
export class DocumentDelivery {
  readonly pool: RenderPool;
  private readonly gate = new AdmissionGate(PREPARING_AT_ONCE);
  private readonly queueLimit: number;
  private readonly cache: RenderCache;
  private readonly budget: RateLimiter;

  constructor(env: Pick<Env, 'documents' | 'limits'>, private readonly now: () => number = Date.now) {
    this.pool = new RenderPool({ threads: env.documents.renderThreads, queue: env.documents.renderQueue });
    this.queueLimit = env.documents.renderQueue;
    this.cache = new RenderCache(env.documents.cacheBytes);
    this.budget = new RateLimiter(env.limits.documentsPerMember);
  }

  /**
   * Runs a download's preparation (the source's read) when its turn comes, a few at a time; as many
   * may wait as the render queue holds, more are RATE_LIMITED like a full render queue.
   */
  admit<T>(prepare: () => Promise<T>): Promise<T> {
    if (this.gate.queued >= this.queueLimit) {
      const seconds = retryAfterSeconds(this.pool.backlogMs());
      throw rateLimited(busyRendering(seconds), seconds);
    }
    return this.gate.run(prepare);
  }

  /** Spends one download of the member's budget; RATE_LIMITED with the wait when it is spent. */
  spend(memberId: string): void {
    const now = this.now();
    const taken = this.budget.peek(memberId, now);
    if (!taken.allowed) {
      const seconds = retryAfterSeconds(taken.retryAfterMs);
      throw rateLimited(tooManyDownloads(seconds), seconds);
    }
    this.budget.commit(memberId, taken, now);
  }

  /** Gives back a download that was refused for the instance's load, not for the member's use. */
  refund(memberId: string): void {
    this.budget.refund(memberId, this.now());
  }

  /** The PDF of a job: from the cache when its source has not changed, else rendered on the pool. */
  async pdf(job: RenderJob): Promise<Buffer> {
    const key = sourceVersion(job);
    const cached = this.cache.get(key);
    if (cached) return cached;
    try {
      const bytes = await this.pool.render(job);
      this.cache.set(key, bytes);
      return bytes;
    } catch (e) {
      if (!(e instanceof QueueFull)) throw e;
      const seconds = retryAfterSeconds(e.retryAfterMs);
      throw rateLimited(busyRendering(seconds), seconds);
    }
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

declare module '../../shared/context.js' {
  interface AppDeps {
    /** PDF downloads: render threads, cache and budgets of this instance. */
    documents: DocumentDelivery;
  }
}
