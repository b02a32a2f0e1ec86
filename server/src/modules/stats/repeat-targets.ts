import { countView, type CountView, type Tally } from './suppression.js';

/** A target with an upper bound of the cases naming it in any period (its count over all time). */
export interface Candidate {
  target: string;
  bound: number;
}

export interface Ranked {
  target: string;
  n: number;
}

/** Most repeated first, then by target: the order of the list and of its ties. */
const byRank = (a: Ranked, b: Ranked) => b.n - a.n || (a.target < b.target ? -1 : a.target > b.target ? 1 : 0);

/**
 * The `limit` targets named in the most cases of a period (more than one), without counting every
 * target: the `unbounded` ones (changed since their bound was taken) are counted first, then
 * candidates come in batches by their all-time count (an upper bound of any period's count), each
 * batch is counted exactly in the period, and the search stops once no later candidate can reach
 * the last place of the list (a bound equal to it could still win on the tie).
 */
export async function topRepeated(
  unbounded: string[],
  nextBatch: (after: Candidate | null) => Promise<Candidate[]>,
  countInPeriod: (targets: string[]) => Promise<Map<string, number>>,
  limit: number,
): Promise<Ranked[]> {
  const counted = new Map<string, number>();
  let best: Ranked[] = [];
  const count = async (targets: string[]) => {
    const fresh = targets.filter((t) => !counted.has(t));
    if (!fresh.length) return;
    for (const [t, n] of await countInPeriod(fresh)) counted.set(t, n);
    for (const t of fresh) if (!counted.has(t)) counted.set(t, 0);
    best = [...best, ...fresh.map((target) => ({ target, n: counted.get(target)! })).filter((r) => r.n > 1)].sort(byRank).slice(0, limit);
  };
  await count(unbounded);
  let after: Candidate | null = null;
  for (;;) {
    const batch = await nextBatch(after);
    if (!batch.length) return best;
    await count(batch.map((c) => c.target));
    after = batch[batch.length - 1];
    if (after.bound <= 1 || (best.length === limit && after.bound < best[limit - 1].n)) return best;
  }
}

/** A listed target with its platform code (null when its host is not in the registry) and its cases. */
export interface Listed {
  target: string;
  platform: string | null;
  cases: Tally;
}

/**
 * The list as a viewer gets it. Exact viewers: by true count, with the target itself. Perturbed
 * viewers: by published count, then platform, then target (which they never see), each named only
 * by its platform and its number among that platform's targets in the list ("tiktok #2").
 */
export function labelTargets(list: readonly Listed[], exact: boolean): { target: string; url: string | null; platform: string | null; number: number; cases: CountView }[] {
  const cmp = (a: string | null, b: string | null) => ((a ?? '\uffff') < (b ?? '\uffff') ? -1 : (a ?? '\uffff') > (b ?? '\uffff') ? 1 : 0);
  const sorted = [...list].sort((a, b) => (exact ? b.cases.n - a.cases.n : b.cases.shown - a.cases.shown || cmp(a.platform, b.platform)) || cmp(a.target, b.target));
  const numbers = new Map<string | null, number>();
  return sorted.map((t) => {
    const number = (numbers.get(t.platform) ?? 0) + 1;
    numbers.set(t.platform, number);
    return { target: exact ? t.target : `${t.platform ?? 'other'} #${number}`, url: exact ? t.target : null, platform: t.platform, number, cases: countView(t.cases) };
  });
}
