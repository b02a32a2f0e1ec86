import type { EntityManager } from '@mikro-orm/postgresql';
import { systemClock, type Clock } from '../../shared/clock.js';
import { emit, write } from '../../shared/write.js';
import { msg, notFound, badInput } from '../../shared/domain-error.js';
import type { Viewer } from '../../shared/viewer.js';
import { ScheduledJob } from './scheduled-job.entity.js';

const ID = /^\d{1,18}$/;

/** The jobs that used up their attempts, and putting one back in the queue (the admin's). */
export class FailedJobsService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer, private readonly clock: Clock = systemClock) {}

  /** Failed jobs, newest failure first (at most 100). */
  list(): Promise<ScheduledJob[]> {
    return this.em.find(ScheduledJob, { failedAt: { $ne: null }, doneAt: null }, { orderBy: { failedAt: 'desc', id: 'desc' }, limit: 100 });
  }

  /** Puts a failed job back in the queue with fresh attempts; logged as `job.retried`. */
  async retry(id: string): Promise<ScheduledJob> {
    if (!ID.test(id)) throw badInput(msg('Give the id of a failed job.', 'Укажите идентификатор задания с ошибкой.', 'Қатесі бар тапсырманың идентификаторын көрсетіңіз.'));
    return write(this.em, async (em) => {
      const [row] = await em.execute<{ id: string }[]>('select id from scheduled_job where id = ? and failed_at is not null and done_at is null for update', [id]);
      if (!row) throw notFound('job');
      const job = await em.findOneOrFail(ScheduledJob, { id });
      Object.assign(job, { failedAt: null, attempts: 0, runAt: this.clock.now(), lastError: null });
      emit(em, { caseId: null, kind: 'job.retried', actorId: this.viewer.id, payload: { jobId: job.id, job: job.kind } });
      return job;
    });
  }
}
