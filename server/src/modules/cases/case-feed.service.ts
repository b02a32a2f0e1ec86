import { badInput, msg, notFound, signInRequired } from '../../shared/domain-error.js';
import { CaseEventStream } from '../../shared/events/case-event-stream.js';
import { isUuid } from '../../shared/ids.js';
import type { Context } from '../../app/context.js';
import { Member } from '../members/member.entity.js';
import { Case } from './case.entity.js';
import { mayReadCase } from './case.policy.js';

const SEQ = /^\d{1,18}$/;

/** Opens the live feed of one case for the viewer, replaying from `after` when given. */
export async function openCaseFeed(ctx: Context, caseId: string, after: string | null): Promise<CaseEventStream> {
  const viewer = ctx.viewer;
  if (!viewer) throw ctx.authError ?? signInRequired();
  const kase = mayReadCase(viewer) && isUuid(caseId) ? await ctx.em.findOne(Case, { id: caseId }) : null;
  if (!kase) throw notFound('case');
  const [{ top }] = await ctx.em.execute<{ top: string }[]>('select coalesce(max(seq), 0)::text as top from case_event');
  if (after != null && !SEQ.test(after)) throw badInput(msg('`after` must be the decimal seq of an event you received.', '`after` должен быть номером (seq) полученного события.', '`after` алынған оқиғаның нөмірі (seq) болуы керек.'));
  if (after != null && BigInt(after) > BigInt(top)) throw badInput(msg('`after` is later than any event; pass the last seq you received.', '`after` больше номера любого события; передайте последний полученный seq.', '`after` кез келген оқиға нөмірінен үлкен; соңғы алынған seq-ті жіберіңіз.'));
  // Checked again before every batch: a deactivated member stops receiving at once.
  const allowed = async () => {
    const member = await ctx.deps.orm.em.fork().findOne(Member, { id: viewer.id });
    return !!member?.active && mayReadCase({ ...viewer, role: member.role });
  };
  return new CaseEventStream(ctx.deps.orm, ctx.deps.feed, kase.id, after ?? top, allowed);
}
