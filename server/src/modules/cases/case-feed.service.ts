import { badInput, msg, notFound, signInRequired } from '../../shared/domain-error.js';
import { CaseEventStream, type Admission } from '../../shared/events/case-event-stream.js';
import { AUDIT_ONLY_KINDS, type EventKind } from '../../shared/events/event-kinds.js';
import { readWatermark } from '../../shared/events/event-log.js';
import { isUuid } from '../../shared/ids.js';
import type { Viewer } from '../../shared/viewer.js';
import type { Context } from '../../shared/context.js';
import type { CaseEvent } from '../../shared/events/case-event.entity.js';
import type { EventFilter } from '../../shared/events/timeline.reader.js';
import { isRecused, recusedRefusal } from '../../shared/recusal.js';
import { seesAuditKinds } from '../../shared/privacy/reads-log.js';
import { Case } from './case.entity.js';
import { mayReadCase, noCaseAccess } from './case.policy.js';

const SEQ = /^\d{1,18}$/;

/**
 * What the queue shows changes with these; `panelEvents` streams only them: the cases' statuses and
 * deadlines, their rapporteurs, and who waits for a vote (a round opened or closed, a vote cast, a member recused).
 * Comments are not among them: the "mentions me" count follows the viewer's inbox.
 */
export const PANEL_KINDS: EventKind[] = [
  'case.registered', 'case.status_changed', 'case.deadline_extended', 'case.rapporteur_set',
  'voting.opened', 'vote.cast', 'voting.closed', 'member.recused',
];

/** The waits between looks at the watermark for an `after` handed out but not yet final: some 3 s in all. */
const FINAL_WAITS_MS = [10, 20, 40, 80, 160, 320, 500, 500, 500, 500, 500];

/**
 * `after` as given, checked: a decimal seq no later than the watermark; the watermark (below which
 * all is final) when absent. `top` starts the stream's shared tail: at the watermark.
 */
async function startingSeq(ctx: Context, after: string | null): Promise<{ from: string; top: string }> {
  let mark = await readWatermark(ctx.deps.reads);
  if (after == null) return { from: String(mark.upTo), top: String(mark.upTo) };
  if (!SEQ.test(after)) {
    throw badInput(msg('`after` must be the decimal seq of an event you received.', '`after` должен быть номером (seq) полученного события.', '`after` алынған оқиғаның нөмірі (seq) болуы керек.'));
  }
  // Every event a reader can have been sent was at or below the watermark when it was sent (tails
  // and timelines read no further). The watermark can stand lower a moment later: an append that
  // read the last number before that reading registers it as its floor after it, until it ends
  // (case_event_append). So an `after` handed out but above the watermark is waited for until it is
  // final. One never handed out, or not final after the waits, was never received: refused, or it
  // could skip an event in flight, the viewer's own recusal among them.
  const seq = BigInt(after);
  for (const ms of FINAL_WAITS_MS) {
    if (seq <= mark.upTo || seq > mark.last) break;
    await new Promise((r) => setTimeout(r, ms));
    mark = await readWatermark(ctx.deps.reads);
  }
  if (seq > mark.upTo) {
    throw badInput(msg('`after` is later than any event you could have received; pass the last seq you received.', '`after` больше номера любого события, которое вы могли получить; передайте последний полученный seq.', '`after` сіз ала алатын кез келген оқиға нөмірінен үлкен; соңғы алынған seq-ті жіберіңіз.'));
  }
  return { from: after, top: String(mark.upTo) };
}

/**
 * Asked before every batch: a member deactivated (or whose role changed) stops receiving at once;
 * one who recuses from the case receives the recusal and nothing after it.
 *
 * The member's status is looked up again only when the status cache dropped something since the
 * last look (its version moved): every change of an account is logged under the `log` topic, whose
 * notification clears the cache before any later event of a case can be read, and `forget` drops
 * it at once on this instance. So an unchanged version means an unchanged answer, and the usual
 * batch is admitted without waiting. The recusal is an event of the batch itself, checked each time.
 */
export const stillAllowed = (ctx: Context, viewer: Viewer) => {
  const statuses = ctx.deps.memberStatus;
  let checked = -1; // the cache version under which the viewer was last found allowed
  const admit = (batch: readonly CaseEvent[]): Admission => {
    const recusal = batch.findIndex((e) => e.kind === 'member.recused' && e.payload.memberId === viewer.id);
    return recusal === -1 ? { deliver: batch.length, end: false } : { deliver: recusal + 1, end: true };
  };
  return (batch: readonly CaseEvent[]): Admission | Promise<Admission> => {
    if (checked === statuses.version) return admit(batch);
    const version = statuses.version;
    return statuses.get(viewer.id).then((status) => {
      if (!status?.active || !mayReadCase({ ...viewer, role: status.role })) return { deliver: 0, end: true };
      checked = version;
      return admit(batch);
    });
  };
};

/** A stream of the log for one subscriber, reading through this instance's shared tail of `key`. */
function openStream(ctx: Context, viewer: Viewer, key: string, topic: string, filter: EventFilter, from: string, top: string) {
  const { tail, release } = ctx.deps.tails.acquire(key, topic, filter, top);
  return new CaseEventStream(ctx.deps.feed, tail, from, stillAllowed(ctx, viewer), release);
}

function viewerOf(ctx: Context): Viewer {
  if (!ctx.viewer) throw ctx.authError ?? signInRequired();
  return ctx.viewer;
}

/** Opens the live feed of one case, replaying from `after` when given. */
export async function openCaseFeed(ctx: Context, caseId: string, after: string | null): Promise<CaseEventStream> {
  const viewer = viewerOf(ctx);
  if (!mayReadCase(viewer)) throw noCaseAccess();
  const kase = isUuid(caseId) ? await ctx.em.findOne(Case, { id: caseId }) : null;
  if (!kase) throw notFound('case');
  // The start first, then the recusal: a recusal at or below it is committed, hence seen here; one
  // above it is an event of the stream, which ends there (stillAllowed).
  const { from, top } = await startingSeq(ctx, after);
  if (await isRecused(ctx.em, kase.id, viewer.id)) throw recusedRefusal();
  // Who received personal data (and who read that record) is the chair's audit, not the room's
  // feed: other readers get the case's log without it, from a tail of their own.
  if (seesAuditKinds(viewer)) return openStream(ctx, viewer, `case:${kase.id}`, kase.id, { caseIds: [kase.id] }, from, top);
  return openStream(ctx, viewer, `case:${kase.id}:room`, kase.id, { caseIds: [kase.id], exceptKinds: AUDIT_ONLY_KINDS }, from, top);
}

/** Opens the queue's feed: the PANEL_KINDS events of every case. */
export async function openPanelFeed(ctx: Context, after: string | null): Promise<CaseEventStream> {
  const viewer = viewerOf(ctx);
  if (!mayReadCase(viewer)) throw noCaseAccess();
  const { from, top } = await startingSeq(ctx, after);
  return openStream(ctx, viewer, 'panel', '*', { kinds: PANEL_KINDS }, from, top);
}
