import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../shared/clock.js';
import { notifyTopic } from '../../shared/events/event-log.js';
import { isUuid } from '../../shared/ids.js';
import { lockInCase } from '../../shared/locks.js';
import { inboxTopic } from '../inbox/inbox.service.js';
import { Notification } from '../inbox/notification.entity.js';
import { schedule } from '../jobs/job-queue.js';
import { Member } from '../members/member.entity.js';
import { Role } from '../../shared/role.js';
import { Prescription, PrescriptionStatus } from './prescription.entity.js';

// The law says "immediately" (DESIGN.md §1); 4 h after the decision is signed still lets the secretary deliver it the same working day.
export const UNDELIVERED_FIRST_AFTER_MS = 4 * 3_600_000;
// Then once a day until it is delivered: a nudge, not an alarm every hour.
export const UNDELIVERED_AGAIN_AFTER_MS = 24 * 3_600_000;

/**
 * Schedules the first reminder that a prescription is not yet delivered, inside the transaction that
 * makes its decision final (both signatures). Not when one is already pending: a prescription issued
 * before reminders waited for the signatures keeps the chain it has.
 */
export async function scheduleUndeliveredReminder(em: EntityManager, prescriptionId: string, signedAt: Date): Promise<void> {
  const pending = await em.execute<{ id: string }[]>(
    `select id from scheduled_job where kind = 'prescription.undelivered' and done_at is null and failed_at is null and payload->>'prescriptionId' = ? limit 1`,
    [prescriptionId],
  );
  if (pending.length === 0) schedule(em, 'prescription.undelivered', new Date(signedAt.getTime() + UNDELIVERED_FIRST_AFTER_MS), { prescriptionId });
}

/**
 * Tells every active secretary, in their inbox, that a prescription is still not delivered, and
 * schedules the next reminder a day later. Nothing, and no next reminder, once it is delivered (or
 * any later status). The case is locked so a delivery recorded at the same moment is seen.
 */
export async function remindUndelivered(em: EntityManager, prescriptionId: string, clock: Clock): Promise<void> {
  const p = isUuid(prescriptionId) ? await lockInCase(em, Prescription, prescriptionId) : null;
  if (!p || p.status !== PrescriptionStatus.ISSUED) return;
  const secretaries = await em.find(Member, { role: Role.SECRETARY, active: true });
  for (const s of secretaries) {
    em.create(Notification, { member: s, kind: 'prescription.undelivered', caseId: p.case.id });
    await notifyTopic(em, inboxTopic(s.id));
  }
  // From when it ran, not when it was due: a runner stopped for days sends one reminder, not a burst.
  schedule(em, 'prescription.undelivered', new Date(clock.nowMs() + UNDELIVERED_AGAIN_AFTER_MS), { prescriptionId: p.id });
  await em.flush();
}
