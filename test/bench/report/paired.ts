import { medianPair, metOnMedian, spreadOf, type Limit } from '../lib/pairs.js';
import type { Summary } from '../lib/stats.js';
import type { BenchResult, Curve, Distribution, Target } from '../types.js';

/** A number for a target's text: at most `digits` decimals, no trailing noise. */
const fmt = (v: number, digits: number) => (Number.isFinite(v) ? String(Number(v.toFixed(digits))) : Number.isNaN(v) ? 'n/a' : v > 0 ? '∞' : '−∞');

/**
 * A target read on the median over the pairs: `values` has one figure per pair (NaN where not
 * measured), `scale` turns it into the unit shown (100 for a share shown in %).
 */
export function pairedTarget(o: { name: string; target: string; values: number[]; limit: Limit; unit: string; scale?: number; digits?: number; extra?: string }): Target {
  const scale = o.scale ?? 1;
  const digits = o.digits ?? 1;
  // toPrecision: 0.55 × 100 is 55, not 55.00000000000001.
  const s = spreadOf(o.values.map((v) => (Number.isFinite(v) ? Number((v * scale).toPrecision(12)) : v * scale)));
  const met = metOnMedian(s, { limit: o.limit.limit * scale, better: o.limit.better });
  const unit = o.unit === '×' ? o.unit : ` ${o.unit}`;
  const range = s.values.length > 1 ? ` (pairs ${fmt(s.min, digits)}–${fmt(s.max, digits)}${unit}, spread ${Number.isFinite(s.relative) ? `${Math.round(s.relative * 100)} %` : 'n/a'})` : '';
  const actual = `${fmt(s.median, digits)}${unit}${s.values.length > 1 ? ` median of ${s.values.length}` : ''}${range}${o.extra ? `; ${o.extra}` : ''}`;
  return { name: o.name, target: o.target, actual, met, spread: { ...s, unit: o.unit, limit: o.limit.limit * scale, better: o.limit.better } };
}

/** The curve of a side's latency summary in one pair (none when nothing was measured). */
export function curveOf(side: Curve['side'], pair: number, s: Summary | null | undefined): Curve[] {
  return s?.curve ? [{ side, pair, points: s.curve }] : [];
}

/** A distribution of both sides over the pairs, from each pair's [platform, baseline] summaries. */
export function distribution(name: string, title: string, unit: string, medianPairIndex: number, perPair: [Summary | null | undefined, Summary | null | undefined][]): Distribution {
  return { name, title, unit, medianPair: medianPairIndex + 1, curves: perPair.flatMap(([p, b], i) => [...curveOf('platform', i + 1, p), ...curveOf('baseline', i + 1, b)]) };
}

/** Every pair's failures, each once with the pairs it happened in (a failure of the whole run, e.g. an exit code, in all of them). */
export function pairFailures(perPair: string[][]): string[] {
  const pairsOf = new Map<string, number[]>();
  perPair.forEach((failures, i) => failures.forEach((f) => pairsOf.set(f, [...(pairsOf.get(f) ?? []), i + 1])));
  if (perPair.length < 2) return [...pairsOf.keys()];
  return [...pairsOf].map(([f, pairs]) => (pairs.length === perPair.length ? `every pair: ${f}` : `pair${pairs.length > 1 ? 's' : ''} ${pairs.join(', ')}: ${f}`));
}

/**
 * One result from the pairs' results: the table, notes and details of the median pair (by
 * `primary`, one value per pair), every pair's failures (each fails the run), the targets on the
 * medians and the distributions for the plots.
 */
export function combinePairs(o: { pairs: BenchResult[]; primary: number[]; targets: Target[]; distributions: Distribution[]; durationS: number; notes?: string[] }): BenchResult {
  const m = medianPair(o.primary);
  const base = o.pairs[m];
  const n = o.pairs.length;
  return {
    ...base,
    durationS: Math.round(o.durationS * 10) / 10,
    pairs: n,
    targets: o.targets,
    failures: pairFailures(o.pairs.map((r) => r.failures)),
    notes: [
      ...(n > 1 ? [`the sides alternated in ${n} pairs (platform, baseline, platform, baseline …); the table and the notes are pair ${m + 1}'s, the median pair; the targets are medians over the pairs, with their spread.`] : []),
      ...(o.notes ?? []),
      ...base.notes,
    ],
    distributions: o.distributions,
    details: { medianPair: m + 1, pairs: o.pairs.map((r) => r.details) },
  };
}
