import { RetentionService } from '../cases/retention.service.js';
import type { Storage } from '../evidence/storage.js';
import type { UrlChecker } from '../prescriptions/url-check.js';
import { PrescriptionService } from '../prescriptions/prescription.service.js';
import { VotingService } from '../voting/voting.service.js';
import { purgeExpiredKeys } from '../../shared/idempotency/idempotency.js';
import type { JobHandler } from './job-queue.js';
import { scheduleNext } from './recurring.js';

/**
 * What each kind of scheduled work does; run by JobRunner with no viewer (the system acts).
 * Retention deletes evidence files, so it needs the storage (app/platform.ts passes it).
 */
export const jobHandlers = (checker: UrlChecker, storage?: Storage): Record<string, JobHandler> => ({
  'round.deadline': async (em, p) => { await new VotingService(em, null).closeAtDeadline(String(p.roundId)); },
  'prescription.recheck': async (em, p) => { await new PrescriptionService(em, null, checker).recheck(String(p.prescriptionId)); },
  'prescription.reminder': async (em, p) => { await new PrescriptionService(em, null, checker).remind(String(p.prescriptionId)); },
  'idempotency.purge': async (em) => { await purgeExpiredKeys(em); scheduleNext(em, 'idempotency.purge'); },
  // Folds the rows the statistics triggers appended into one per key (stats_rollup migration).
  'stats.compact': async (em) => { await em.execute('select stats_compact()'); scheduleNext(em, 'stats.compact'); },
  // Erases identity and evidence files of cases past their retention (DESIGN.md §5); fails loudly rather than keep files it cannot reach.
  'retention.erase': async (em) => {
    if (!storage) throw new Error('retention.erase needs the evidence storage: pass it to jobHandlers (app/platform.ts)');
    await new RetentionService(em, storage).eraseDue();
    scheduleNext(em, 'retention.erase');
  },
});
