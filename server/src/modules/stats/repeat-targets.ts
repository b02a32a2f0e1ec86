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
