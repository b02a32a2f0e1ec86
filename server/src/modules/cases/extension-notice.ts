import type { EntityManager } from '@mikro-orm/postgresql';
import { notifyTopic } from '../../shared/events/event-log.js';
import { isUuid } from '../../shared/ids.js';
import { inboxTopic } from '../inbox/inbox.service.js';
import { Notification } from '../inbox/notification.entity.js';
import { schedule } from '../jobs/job-queue.js';
import { Member } from '../members/member.entity.js';
import { Role } from '../../shared/role.js';
import { Case } from './case.entity.js';
import { isClockStopped } from './lifecycle.js';

// The notice is due at the end of a working day: a day ahead, the secretary still has a working day.
const REMINDER_BEFORE_MS = 24 * 3_600_000;

/**
 * Schedules the reminder that the applicant must be told of an extension (DESIGN.md §1: within 2
 * working days), inside the extension's transaction.
 */
export function scheduleExtensionNotice(em: EntityManager, caseId: string, noticeDueAt: Date): void {
  schedule(em, 'case.extension_notice', new Date(noticeDueAt.getTime() - REMINDER_BEFORE_MS), { caseId, noticeDueAt: noticeDueAt.toISOString() });
}

/**
 * Tells the secretaries, in their inbox, that the applicant must hear of the extension by its notice
 * time. Nothing when a later extension replaced this one (it has its own reminder) or the case's
 * clock stopped (decided, or left early: the answer tells the applicant), or the notice is recorded
 * as sent.
 */
export async function remindExtensionNotice(em: EntityManager, caseId: string, noticeDueAt: string): Promise<void> {
  const kase = isUuid(caseId) ? await em.findOne(Case, { id: caseId }) : null;
  if (!kase || isClockStopped(kase.status) || kase.applicantNoticeDueAt?.toISOString() !== noticeDueAt || kase.extensionNoticeSentAt) return;
  const secretaries = await em.find(Member, { role: Role.SECRETARY, active: true });
  for (const s of secretaries) {
    em.create(Notification, { member: s, kind: 'case.extension_notice', caseId: kase.id });
    await notifyTopic(em, inboxTopic(s.id));
  }
  await em.flush();
}
