import { appendEvent } from '../../shared/events/event-log.js';
import type { Context } from '../../app/context.js';

export type PiiSubject = 'child' | 'applicant' | 'evidence';

/**
 * Logs that the viewer received a case's personal data, before it is returned. Once per case and
 * subject per request; written on its own so a read-only request still leaves its trace.
 */
export async function logPiiView(ctx: Context, caseId: string, subject: PiiSubject, extra: Record<string, unknown> = {}) {
  const key = `${caseId}:${subject}`;
  if (ctx.piiLogged.has(key)) return;
  ctx.piiLogged.add(key);
  await appendEvent(ctx.em.fork(), {
    caseId,
    kind: 'pii.viewed',
    actorId: ctx.viewer!.id,
    payload: { subject, requestId: ctx.requestId, ...extra },
  });
}
