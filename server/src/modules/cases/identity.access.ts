import type { Context } from '../../shared/context.js';
import { forbidden, msg } from '../../shared/domain-error.js';
import { logPiiView } from '../../shared/privacy/reads-log.js';
import { maySeeIdentity } from './case.policy.js';

/**
 * Identity (the child's or the applicant's, and any text that names them) is resolved only through
 * here: policy first, then the read is logged as `pii.viewed`, then the caller returns the data.
 * False when there is nothing to read: the identity was erased under the retention rule (not logged).
 */
export async function readIdentity(ctx: Context, kase: { id: string; number: string; identityErasedAt?: Date | null }, subject: 'child' | 'applicant'): Promise<boolean> {
  if (!maySeeIdentity(ctx.viewer!, { recused: await ctx.loaders.recused.load(kase.id) })) {
    throw forbidden(subject === 'child'
      ? msg(`Your role may not see the child's identity; the case number ${kase.number} stands for it.`, `Ваша роль не позволяет видеть личность ребёнка; вместо неё используется номер дела ${kase.number}.`, `Сіздің рөліңіз баланың жеке басын көруге рұқсат бермейді; оның орнына ${kase.number} іс нөмірі қолданылады.`)
      : msg(`Your role may not see the applicant's identity; the case number ${kase.number} stands for it.`, `Ваша роль не позволяет видеть личность заявителя; вместо неё используется номер дела ${kase.number}.`, `Сіздің рөліңіз өтініш берушінің жеке басын көруге рұқсат бермейді; оның орнына ${kase.number} іс нөмірі қолданылады.`));
  }
  if (kase.identityErasedAt) return false;
  await logPiiView(ctx, kase.id, subject);
  return true;
}
