import type { Distribution } from '../types.js';
import type { HistoryEntry } from './history.js';
import { lineChart, linearTicks, logTicks, type Series } from './svg.js';

export const SIDE_COLORS = { platform: '#c0392b', baseline: '#2471a3' } as const;

/** Percentile → a position where the tail is wide: the "nines" (0 at p0, 1 at p90, 2 at p99, 3 at p99.9). */
export const nines = (p: number): number => 0 - Math.log10(1 - Math.min(p, 99.9) / 100);
const PERCENTILE_TICKS = [0, 50, 90, 99, 99.9].map((p) => ({ at: p, label: `p${p}` }));

/**
 * A percentile plot of both sides: latency against percentile, the tail stretched; the median pair
 * bold, the other pairs thin. A log scale for latency when the sides are far apart.
 */
export function distributionSvg(benchmark: string, d: Distribution): string {
  const ys = d.curves.flatMap((c) => c.points.filter(([p]) => p <= 99.9).map(([, v]) => v));
  const positive = ys.filter((v) => v > 0);
  const yMax = Math.max(...ys, 1e-3);
  const yMinPositive = positive.length ? Math.min(...positive) : yMax;
  const log = yMax / yMinPositive > 50;
  const unit = d.unit;
  const series: Series[] = [];
  for (const side of ['platform', 'baseline'] as const) {
    const curves = d.curves.filter((c) => c.side === side).sort((a, b) => Number(b.pair === d.medianPair) - Number(a.pair === d.medianPair) || a.pair - b.pair);
    curves.forEach((c, k) => {
      const bold = c.pair === d.medianPair;
      series.push({
        label: `${side}${bold && curves.length > 1 ? ` (median pair ${c.pair}; thin: other pairs)` : ''}`,
        color: SIDE_COLORS[side],
        points: c.points.filter(([p]) => p <= 99.9).map(([p, v]) => [p, log ? Math.max(v, yMinPositive) : v]),
        width: bold ? 2.5 : 1,
        opacity: bold ? 1 : 0.45,
        hideInLegend: k > 0,
      });
    });
  }
  const yMin = log ? 10 ** Math.floor(Math.log10(yMinPositive)) : 0;
  const top = log ? 10 ** Math.ceil(Math.log10(yMax)) : yMax * 1.05;
  return lineChart({
    title: `${benchmark}: ${d.title}`,
    x: { label: 'percentile (tail stretched: p90, p99, p99.9 evenly spaced)', min: 0, max: 99.9, ticks: PERCENTILE_TICKS, scale: nines },
    y: { label: `${unit}${log ? ' (log scale)' : ''}`, min: yMin, max: top, ticks: log ? logTicks(yMin, top) : linearTicks(0, top), scale: log ? Math.log10 : undefined },
    series,
  });
}

const HISTORY_COLORS = ['#c0392b', '#2471a3', '#27ae60', '#8e44ad', '#d35400', '#16a085'];

/**
 * A benchmark's budgets across runs: each figure's median as a share of its limit (1 = the limit;
 * above is better for a "≥" budget, below for a "≤" one, as the legend says), run after run.
 */
export function historySvg(benchmark: string, entries: HistoryEntry[]): string {
  const runs = entries.filter((e) => e.benchmark === benchmark);
  const names = [...new Set(runs.flatMap((e) => e.figures.filter((f) => f.limit).map((f) => f.name)))];
  const series: Series[] = names.map((name, k) => {
    const points = runs.flatMap((e, i): [number, number][] => {
      const f = e.figures.find((x) => x.name === name);
      return f && f.limit && Number.isFinite(f.median) ? [[i + 1, f.median / f.limit]] : [];
    });
    const better = runs.flatMap((e) => e.figures).find((f) => f.name === name)?.better;
    return { label: `${name} (${better === 'higher' ? 'higher' : 'lower'} is better)`, color: HISTORY_COLORS[k % HISTORY_COLORS.length], points };
  });
  const ys = series.flatMap((s) => s.points.map(([, y]) => y));
  const top = Math.max(1.2, ...ys) * 1.05;
  return lineChart({
    title: `${benchmark}: budgets across runs (median ÷ limit)`,
    x: { label: 'run (oldest first)', min: 0.5, max: Math.max(runs.length, 1) + 0.5, ticks: runs.map((e, i) => ({ at: i + 1, label: e.date.slice(5, 10) })) },
    y: { label: 'median ÷ limit', min: 0, max: top, ticks: linearTicks(0, top) },
    series,
    rules: [{ at: 1, label: 'the limit', color: '#555' }],
    height: 260,
  });
}
