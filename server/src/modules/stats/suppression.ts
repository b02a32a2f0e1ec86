import { cellKey, perturb, SMALL } from './perturbation.js';

/** Counts from 1 to 4 could point at a child: analysts never learn one (DESIGN.md §5, README "Statistics: disclosure control"). */
export const SUPPRESS_BELOW = SMALL;

export interface CountView {
  value: number | null;
  suppressed: boolean;
}

export { seesExactCounts } from './stats.policy.js';

/**
 * One row of an aggregate: the records of one cell (`cell`: the month and, under a filter, the
 * filter values the records have) that fall in one bucket (`key`), their number and key sum.
 */
export interface CellCount {
  key: string | null;
  cell: string;
  n: number;
  /** Sum of the records' keys. */
  k: number;
}

/** A published figure: the true count `n` (never shown to analysts) and what is shown. */
export interface Tally {
  n: number;
  shown: number;
}

export const NO_TALLY: Tally = { n: 0, shown: 0 };

/**
 * The figure of each bucket: the sum over its cells of each cell's published count (the true one
 * for exact viewers). Rows of the same bucket and cell (hours of a histogram, statuses of a
 * platform) are one cell. Sums of perturbed cells: a period is the sum of its months and a filter
 * the sum of its values, so differences of periods or filter sets give back published cells only.
 */
export function tallies(rows: readonly CellCount[], exact: boolean): Map<string | null, Tally> {
  const cells = new Map<string, { key: string | null; n: number; k: number }>();
  for (const r of rows) {
    const id = `${r.key ?? '\u0000'}\u0001${r.cell}`;
    const c = cells.get(id) ?? { key: r.key, n: 0, k: 0 };
    c.n += r.n;
    c.k += r.k;
    cells.set(id, c);
  }
  const out = new Map<string | null, Tally>();
  for (const c of cells.values()) {
    if (c.n === 0) continue;
    const t = out.get(c.key) ?? { n: 0, shown: 0 };
    t.n += c.n;
    t.shown += exact ? c.n : perturb(c.n, cellKey(c.k));
    out.set(c.key, t);
  }
  return out;
}

/** A figure as the API shows it: its published value, "<5" (suppressed) when that is 0 but records exist, 0 when there are none. */
export function countView(t: Tally): CountView {
  if (t.shown > 0) return { value: t.shown, suppressed: false };
  return t.n > 0 ? { value: null, suppressed: true } : { value: 0, suppressed: false };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * A share (0–1) of published figures: for perturbed viewers the published numerator over the
 * published denominator, withheld when the denominator is below 5 (a numerator is 0 or ≥ 5 already),
 * so a share times its denominator gives back a published count, never a true small one.
 */
export function shareOf(part: Tally, whole: Tally, exact: boolean): number | null {
  if (exact) return whole.n === 0 ? null : round3(part.n / whole.n);
  if (whole.shown < SUPPRESS_BELOW) return null;
  return round3(Math.min(1, part.shown / whole.shown));
}

/** Whether a median or percentile over these records may be shown: for perturbed viewers only over 5 records or more, counted both ways. */
export const durationShown = (t: Tally, exact: boolean) => exact || (t.n >= SUPPRESS_BELOW && t.shown >= SUPPRESS_BELOW);
