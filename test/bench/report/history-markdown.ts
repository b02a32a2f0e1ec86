import type { HistoryEntry } from './history.js';
import { markdownTable } from './table.js';

/** The history's file in test/bench/results/ (not a benchmark's result). */
export const HISTORY_FILE = 'history.json';
/** Runs shown per benchmark in BENCHMARKS.md (the file keeps them all). */
export const HISTORY_SHOWN = 12;

const num = (v: number) => (Number.isFinite(v) ? String(Number(v.toFixed(2))) : '—');

/** Each benchmark's budgets run after run: a table of medians (min–max) and the plot beside it. */
export function historySection(history: readonly HistoryEntry[], order: readonly string[], plotOf: (benchmark: string) => string): string[] {
  const out = ['## History of the budgets', '', `_From \`test/bench/results/${HISTORY_FILE}\`, which every recorded run appends to: each figure's median over the pairs, with the pairs' min–max; ✓ met, ✗ missed (on the median)._`, ''];
  const names = order.filter((n) => history.some((e) => e.benchmark === n && e.figures.length));
  if (!names.length) return [...out, '_No run recorded with pairs yet: the history starts with the next full `pnpm bench`._', ''];
  for (const name of names) {
    const runs = history.filter((e) => e.benchmark === name).slice(-HISTORY_SHOWN);
    const figures = [...new Set(runs.flatMap((e) => e.figures.map((f) => f.name)))];
    const rows = runs.map((e) => [e.date.slice(0, 16).replace('T', ' '), e.revision, String(e.pairs), ...figures.map((n) => {
      const f = e.figures.find((x) => x.name === n);
      return f ? `${f.met ? '✓' : '✗'} ${num(f.median)} ${f.unit} (${num(f.min)}–${num(f.max)})` : '—';
    })]);
    out.push(`### \`${name}\` (${runs[0].budget})`, '', markdownTable(['run', 'commit', 'pairs', ...figures], rows), '', `![${name}: budgets across runs](${plotOf(name)})`, '');
  }
  return out;
}
