/** Reads of personal data and of the audit: recording them, and who sees those records. */
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { record } from '../write.js';
import type { Context } from '../context.js';
import { CHAIRS, type Role } from '../role.js';
import type { Viewer } from '../viewer.js';

export type PiiSubject = 'child' | 'applicant' | 'evidence';

/** Appends a `pii.viewed` event in its own transaction, so a read-only request still leaves its trace. */
export const recordPiiView = (em: EntityManager, actorId: string, caseId: string, subject: PiiSubject, extra: Record<string, unknown> = {}) =>
  record(em, { caseId, kind: 'pii.viewed', actorId, payload: { subject, ...extra } });

interface PiiRead {
  caseId: string;
  subject: PiiSubject;
}

/** Per request: its reads of personal data, each logged once, gathered into one append per tick. */
const readsLogs = new WeakMap<Context, DataLoader<PiiRead, void, string>>();

function readsLogOf(ctx: Context): DataLoader<PiiRead, void, string> {
  let log = readsLogs.get(ctx);
  if (!log) {
    // The reads a request's resolvers ask for together (the child and the applicant of a case file)
    // are appended as one write: one transaction, one event each. A failed append stays failed for
    // the rest of the request, so no later read of the same data goes unlogged.
    log = new DataLoader<PiiRead, void, string>(async (reads) => {
      await record(ctx.deps.reads, ...reads.map(({ caseId, subject }) => ({ caseId, kind: 'pii.viewed' as const, actorId: ctx.viewer!.id, payload: { subject, requestId: ctx.requestId } })));
      return reads.map(() => undefined);
    }, { cacheKeyFn: ({ caseId, subject }) => `${caseId}:${subject}` });
    readsLogs.set(ctx, log);
  }
  return log;
}

/**
 * Logs, before the data is returned, that the viewer received a case's personal data: once per case
 * and subject per request. Resolves when the `pii.viewed` event is committed (every caller of the
 * same case and subject waits for the same commit); the reads asked for in the same tick share it.
 */
export function logPiiView(ctx: Context, caseId: string, subject: PiiSubject): Promise<void> {
  return readsLogOf(ctx).load({ caseId, subject });
}

/** Whether the viewer's copy of a case's log (timeline, live feed) carries the records of reading (the chair and deputy only). */
export const seesAuditKinds = (viewer: Pick<Viewer, 'role'>) => (CHAIRS as readonly Role[]).includes(viewer.role);
