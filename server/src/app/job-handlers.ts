import { RetentionService } from '../modules/retention/retention.service.js';
import type { EvidenceStore } from '../modules/evidence/evidence.store.js';
import type { UrlChecker } from '../modules/prescriptions/url-check.js';
import { PrescriptionService } from '../modules/prescriptions/prescription.service.js';
import { recordDecision } from '../modules/decisions/decision.service.js';
import { VotingService } from '../modules/voting/voting.service.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { purgeExpiredKeys } from '../shared/idempotency/idempotency.js';
import { remindExtensionNotice } from '../modules/cases/extension-notice.js';
import { remindUndelivered } from '../modules/prescriptions/undelivered-reminder.js';
import type { JobHandler } from '../modules/jobs/job-queue.js';
import { scheduleNext } from '../modules/jobs/recurring.js';

/**
 * What each kind of scheduled work does; run by JobRunner with no viewer (the system acts).
 * Retention deletes evidence files, so it needs the storage (app/platform.ts passes it); every
 * handler reads the time from the platform's clock.
 */
export const jobHandlers = (checker: UrlChecker, storage?: EvidenceStore, clock: Clock = systemClock): Record<string, JobHandler> => ({
  'round.deadline': async (em, p) => { await new VotingService(em, null, recordDecision, clock).closeAtDeadline(String(p.roundId)); },
  'prescription.recheck': async (em, p) => { await new PrescriptionService(em, null, checker, clock).recheck(String(p.prescriptionId)); },
  'prescription.reminder': async (em, p) => { await new PrescriptionService(em, null, checker, clock).remind(String(p.prescriptionId)); },
  'case.extension_notice': async (em, p) => { await remindExtensionNotice(em, String(p.caseId), String(p.noticeDueAt)); },
  'prescription.undelivered': async (em, p) => { await remindUndelivered(em, String(p.prescriptionId), clock); },
  'idempotency.purge': async (em) => { await purgeExpiredKeys(em, clock.now()); scheduleNext(em, 'idempotency.purge', clock); },
  // Folds the rows the statistics triggers appended into one per key (stats_rollup migration).
  'stats.compact': async (em) => { await em.execute('select stats_compact()'); scheduleNext(em, 'stats.compact', clock); },
  // Erases identity and evidence files of cases past their retention (DESIGN.md §5); fails loudly rather than keep files it cannot reach.
  'retention.erase': async (em) => {
    if (!storage) throw new Error('retention.erase needs the evidence storage: pass it to jobHandlers (app/platform.ts)');
    await new RetentionService(em, storage).eraseDue(clock.now());
    scheduleNext(em, 'retention.erase', clock);
  },
});
