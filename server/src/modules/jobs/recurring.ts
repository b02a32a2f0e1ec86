import type { EntityManager } from '@mikro-orm/postgresql';
import { systemClock, type Clock } from '../../shared/clock.js';
import { schedule } from './job-queue.js';

const DAY_MS = 24 * 3_600_000;

/** Housekeeping that repeats: each run schedules its successor, in its own transaction. */
export const RECURRING: Record<string, { everyMs: number }> = {
  'idempotency.purge': { everyMs: DAY_MS },
  'stats.compact': { everyMs: 60_000 },
  'retention.erase': { everyMs: DAY_MS },
};

export const isRecurring = (kind: string): boolean => Object.hasOwn(RECURRING, kind);

/** Schedules the next run of a recurring kind (called by its handler, inside the job's transaction). */
export function scheduleNext(em: EntityManager, kind: string, clock: Clock = systemClock): void {
  schedule(em, kind, new Date(clock.nowMs() + RECURRING[kind].everyMs), {});
}

/**
 * Makes sure each recurring kind has one pending run; at start-up of every instance. The advisory
 * lock keeps two instances starting at once from both scheduling one.
 */
export async function ensureRecurring(em: EntityManager, clock: Clock = systemClock): Promise<void> {
  await em.transactional(async (tx) => {
    for (const kind of Object.keys(RECURRING)) {
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [kind]);
      const pending = await tx.execute('select 1 from scheduled_job where kind = ? and done_at is null limit 1', [kind]);
      if (pending.length === 0) scheduleNext(tx, kind, clock);
    }
  });
}
