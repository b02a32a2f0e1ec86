import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { systemClock, type Clock } from '../../shared/clock.js';
import { emit, write } from '../../shared/write.js';
import { isRecurring, scheduleNext } from './recurring.js';
import { ScheduledJob } from './scheduled-job.entity.js';

export type JobHandler = (em: EntityManager, payload: Record<string, unknown>) => Promise<void>;

export const MAX_ATTEMPTS = 5;

/** After the n-th failed attempt: again 30 s × 2ⁿ later, or failed for good once the attempts are used up. */
export function retryPlan(attempts: number, now: number): { failed: boolean; runAt: Date | null } {
  if (attempts >= MAX_ATTEMPTS) return { failed: true, runAt: null };
  return { failed: false, runAt: new Date(now + 30_000 * 2 ** attempts) };
}

/** Schedules a job inside the caller's transaction: it exists only if the work that asked for it commits. */
export function schedule(em: EntityManager, kind: string, runAt: Date, payload: Record<string, unknown>): void {
  em.create(ScheduledJob, { kind, runAt, payload });
}

/**
 * Runs due jobs on every instance, each job exactly once: a job is taken with FOR UPDATE SKIP LOCKED
 * and marked done in the same transaction as its effect, so a crash leaves it to be taken again and
 * two instances never take the same one. Not a timer per process: the schedule lives in PostgreSQL.
 * What is due, and when a failed job is tried again, follow the platform's clock (shared/clock.ts);
 * the polling interval is real time.
 */
export class JobRunner {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly orm: MikroORM, private readonly handlers: Record<string, JobHandler>, private readonly log: Logger,
    private readonly everyMs = 1_000, private readonly clock: Clock = systemClock,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.tick(), this.everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Runs every due job once (also usable directly, e.g. by tests or an admin action). Returns how many ran. */
  async tick(): Promise<number> {
    if (this.running) return 0;
    let ran = 0;
    this.running = (async () => {
      while (await this.runOne()) ran += 1;
    })().catch((err) => this.log.error({ err }, 'job runner failed')).finally(() => { this.running = null; });
    await this.running;
    return ran;
  }

  private async runOne(): Promise<boolean> {
    const em = this.orm.em.fork();
    return write(em, async (tx) => {
      const [row] = await tx.execute<{ id: string }[]>(
        `select id from scheduled_job where done_at is null and failed_at is null and run_at <= ? order by run_at, id limit 1 for update skip locked`,
        [this.clock.now()],
      );
      if (!row) return false;
      const job = await tx.findOneOrFail(ScheduledJob, { id: String(row.id) });
      const handler = this.handlers[job.kind];
      try {
        await write(tx, (inner) => (handler ? handler(inner, job.payload) : Promise.reject(new Error(`no handler for ${job.kind}`))));
        job.doneAt = this.clock.now();
      } catch (err) {
        // The effect rolled back to its savepoint; the job is tried again later, with backoff.
        job.attempts += 1;
        job.lastError = err instanceof Error ? err.message.slice(0, 500) : String(err);
        const next = retryPlan(job.attempts, this.clock.nowMs());
        if (next.failed) {
          // Never silent: marked failed, logged as an event of the log (the admin's failed-jobs list
          // shows it with a retry), and a recurring kind keeps its schedule.
          job.failedAt = this.clock.now();
          emit(tx, { caseId: null, kind: 'job.failed', actorId: null, payload: { jobId: job.id, job: job.kind, attempts: job.attempts, error: job.lastError } });
          if (isRecurring(job.kind)) scheduleNext(tx, job.kind, this.clock);
          this.log.error({ err, job: job.kind, id: job.id, attempts: job.attempts }, 'job failed for good; an admin may retry it');
        } else {
          job.runAt = next.runAt!;
          this.log.warn({ err, job: job.kind, id: job.id, attempts: job.attempts }, 'job failed; will retry');
        }
      }
      return true;
    });
  }
}
