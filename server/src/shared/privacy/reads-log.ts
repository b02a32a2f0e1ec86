/** Reads of personal data and of the audit: recording them, and who sees those records. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { record } from '../write.js';
import type { Context } from '../context.js';
import { CHAIRS, type Role } from '../role.js';
import type { Viewer } from '../viewer.js';

export type PiiSubject = 'child' | 'applicant' | 'evidence';

/** Appends a `pii.viewed` event in its own transaction, so a read-only request still leaves its trace. */
export const recordPiiView = (em: EntityManager, actorId: string, caseId: string, subject: PiiSubject, extra: Record<string, unknown> = {}) =>
  record(em, { caseId, kind: 'pii.viewed', actorId, payload: { subject, ...extra } });

/** Logs, before the data is returned, that the viewer received a case's personal data: once per case and subject per request. */
export async function logPiiView(ctx: Context, caseId: string, subject: PiiSubject): Promise<void> {
  const key = `${caseId}:${subject}`;
  if (ctx.piiLogged.has(key)) return;
  ctx.piiLogged.add(key);
  await recordPiiView(ctx.em, ctx.viewer!.id, caseId, subject, { requestId: ctx.requestId });
}

/** Whether the viewer's copy of a case's log (timeline, live feed) carries the records of reading (the chair and deputy only). */
export const seesAuditKinds = (viewer: Pick<Viewer, 'role'>) => (CHAIRS as readonly Role[]).includes(viewer.role);
