import type { UrlChecker } from '../prescriptions/url-check.js';
import { PrescriptionService } from '../prescriptions/prescription.service.js';
import { VotingService } from '../voting/voting.service.js';
import { purgeExpiredKeys } from '../../shared/idempotency/idempotency.js';
import type { JobHandler } from './job-queue.js';
import { scheduleNext } from './recurring.js';

/** What each kind of scheduled work does; run by JobRunner with no viewer (the system acts). */
export const jobHandlers = (checker: UrlChecker): Record<string, JobHandler> => ({
  'round.deadline': async (em, p) => { await new VotingService(em, null).closeAtDeadline(String(p.roundId)); },
  'prescription.recheck': async (em, p) => { await new PrescriptionService(em, null, checker).recheck(String(p.prescriptionId)); },
  'prescription.reminder': async (em, p) => { await new PrescriptionService(em, null, checker).remind(String(p.prescriptionId)); },
  'idempotency.purge': async (em) => { await purgeExpiredKeys(em); scheduleNext(em, 'idempotency.purge'); },
  // Folds the rows the statistics triggers appended into one per key (stats_rollup migration).
  'stats.compact': async (em) => { await em.execute('select stats_compact()'); scheduleNext(em, 'stats.compact'); },
});
