import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { machineLine } from '../lib/machine.js';
import type { BenchResult, Benchmark, Distribution } from '../types.js';
import { BUDGETS } from './budgets.js';
import { FINDINGS } from './findings.js';
import { HISTORY_FILE, historySection } from './history-markdown.js';
import { readHistory, type HistoryEntry } from './history.js';
import { distributionSvg, historySvg } from './plots.js';
import { markdownTable, resultBody, verdict } from './table.js';

/** Where the plots go, relative to BENCHMARKS.md (which links them). */
export const PLOTS_DIR = 'docs/bench';
export const plotFile = (benchmark: string, d: Distribution) => `${PLOTS_DIR}/${benchmark}-${d.name}.svg`;
export const historyPlotFile = (benchmark: string) => `${PLOTS_DIR}/history-${benchmark}.svg`;
const PREVIOUS_METHOD = 'previous method: one run per side, no pairs';

/** Every result file in `dir`, by benchmark name. */
export async function readResults(dir: string): Promise<Map<string, BenchResult>> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.json') && f !== HISTORY_FILE).sort();
  const results = new Map<string, BenchResult>();
  for (const f of files) {
    const r = JSON.parse(await readFile(path.join(dir, f), 'utf8')) as BenchResult;
    results.set(r.benchmark, r);
  }
  return results;
}

const day = (iso: string) => iso.slice(0, 10);

function budgetTable(results: Map<string, BenchResult>): string {
  const body = BUDGETS.map((b) => {
    const r = b.benchmark ? results.get(b.benchmark) : undefined;
    if (!r) return [b.id, b.workload, b.baseline, b.target, b.benchmark ? `not measured yet (\`pnpm bench ${b.benchmark}\`)` : 'not measured yet', '—', '—'];
    const figures = r.targets.map((t) => `${t.name} ${t.actual}`).join('; ') + (r.pairs === undefined ? ` (${PREVIOUS_METHOD})` : '');
    const verdictOf = r.failures.length ? '✗ failed' : r.targets.every((t) => t.met) ? '✓ met' : `✗ missed (${r.targets.filter((t) => !t.met).map((t) => t.name).join(', ')})`;
    // A result of the previous method was judged against the previous budgets: its verdict is history, not today's.
    const met = r.pairs === undefined ? `not judged against today's budget (then: ${verdictOf}); rerun \`pnpm bench ${r.benchmark}\`` : verdictOf;
    return [b.id, b.workload, b.baseline, b.target, figures, met, `\`${r.benchmark}\`, ${day(r.date)}, ${r.revision}`];
  });
  return markdownTable(['#', 'workload', 'baseline', 'target', 'latest', 'met', 'run'], body);
}

const pct = (v: number) => (Number.isFinite(v) ? `${Math.round(v * 100)} %` : 'n/a');
const num = (v: number) => (Number.isFinite(v) ? String(Number(v.toFixed(2))) : '—');

/** Each target's figure pair by pair, its median and spread: how much the figures moved. */
export function pairsTable(r: BenchResult): string {
  const paired = r.targets.filter((t) => t.spread && t.spread.values.length > 1);
  if (!paired.length) return '';
  const n = Math.max(...paired.map((t) => t.spread!.values.length));
  return markdownTable(['figure', ...Array.from({ length: n }, (_, i) => `pair ${i + 1}`), 'median', 'min–max', 'spread', 'target', ''],
    paired.map((t) => {
      const s = t.spread!;
      return [t.name, ...Array.from({ length: n }, (_, i) => num(s.values[i])), `**${num(s.median)}** ${s.unit}`, `${num(s.min)}–${num(s.max)}`, pct(s.relative), t.target, verdict(t.met)];
    }));
}

/** The plots of a result (written by writeBenchmarks), or why there are none. */
function plotsOf(r: BenchResult): string[] {
  if (r.distributions === undefined) return [`_No latency plot: this result is from the ${PREVIOUS_METHOD}; the next \`pnpm bench ${r.benchmark}\` draws one._`];
  if (r.distributions.length === 0) return ['_No latency plot: this benchmark measures no latency on both sides._'];
  return r.distributions.map((d) => `![${r.benchmark}: ${d.title}](${plotFile(r.benchmark, d)})`);
}

function resultSection(r: BenchResult, glossary: string[]): string {
  const pairs = pairsTable(r);
  return [
    `### \`${r.benchmark}\` (${r.budget})`,
    '',
    `${r.workload}.  `,
    `Run ${r.date} in ${r.durationS} s, commit ${r.revision}, on ${machineLine(r.machine)}.  `,
    `Params: ${Object.entries(r.params).map(([k, v]) => `${k}=${v}`).join(', ')}.  `,
    r.pairs === undefined ? `Method: the previous one (one run per side, no pairs), its targets as the budgets stood then.` : `Method: ${r.pairs} pair${r.pairs > 1 ? 's' : ''} of alternated runs; the budgets are read on the medians.`,
    '',
    markdownTable(['', ...r.columns], resultBody(r)),
    '',
    ...(pairs ? ['How much the figures moved between pairs:', '', pairs, ''] : []),
    ...plotsOf(r).flatMap((p) => [p, '']),
    ...r.targets.map((t) => `- ${r.budget} ${t.name}: **${t.actual}** (target ${t.target}) ${verdict(t.met)}`),
    ...(r.failures.length ? ['', '**Failures:**', '', ...r.failures.map((f) => `- ${f}`)] : []),
    ...(r.notes.length ? ['', 'Notes:', '', ...r.notes.map((n) => `- ${n}`)] : []),
    ...(glossary.length ? ['', 'What the figures mean:', '', ...glossary.map((g) => `- ${g}`)] : []),
  ].join('\n');
}

/** How long the latest run of every benchmark took, together (the bound is 15 minutes on 2 cores). */
function totalDuration(results: BenchResult[]): string {
  const seconds = results.reduce((s, r) => s + r.durationS, 0);
  const parts = results.map((r) => `${r.benchmark} ${Math.round(r.durationS)} s`).join(', ');
  return `The latest runs of all ${results.length} benchmarks took **${Math.round(seconds)} s** (${(seconds / 60).toFixed(1)} min) together: ${parts}.`;
}

/** BENCHMARKS.md from the result files alone: a generated file, rewritten by every recorded run. */
/** The spread of every paired figure of the latest runs, in one table. */
function spreadSummary(results: Map<string, BenchResult>, benchmarks: readonly Benchmark[]): string[] {
  const rows = benchmarks.flatMap((b) => {
    const r = results.get(b.name);
    return (r?.targets ?? []).filter((t) => t.spread && t.spread.values.length > 1).map((t) => [r!.budget, t.name, `${num(t.spread!.median)} ${t.spread!.unit}`, `${num(t.spread!.min)}–${num(t.spread!.max)}`, pct(t.spread!.relative)]);
  });
  if (!rows.length) return ['_No result with pairs recorded yet: the spread shows after the next full `pnpm bench`._'];
  return [markdownTable(['#', 'figure', 'median', 'min–max over the pairs', 'spread (max − min) / median'], rows)];
}

export function renderBenchmarks(results: Map<string, BenchResult>, benchmarks: readonly Benchmark[], history: readonly HistoryEntry[] = []): string {
  const known = benchmarks.filter((b) => results.has(b.name));
  return [
    '<!-- GENERATED by `pnpm bench` (test/bench/run.ts) from test/bench/results/*.json. Do not edit: run the benchmarks again. -->',
    '# Benchmarks',
    '',
    '_This file is generated by `pnpm bench` from the result files in `test/bench/results/`; edits by hand are overwritten._',
    '',
    'Each budget of DESIGN.md §6 is measured side by side with its baseline, in the same run on the same',
    'machine, and read as a ratio: absolute figures depend on the machine, ratios much less. The sides',
    'alternate (platform, baseline, platform, baseline, platform, baseline): each budget is read on the',
    'median of the pairs, and the spread of the pairs says how far one figure can be trusted.',
    '',
    '## Latest figures against the budgets',
    '',
    budgetTable(results),
    '',
    '### How much the figures moved between pairs',
    '',
    ...spreadSummary(results, benchmarks),
    '',
    '## What was changed, and what a miss would take',
    '',
    '_Kept by hand in `test/bench/report/findings.ts`._',
    '',
    ...BUDGETS.flatMap((b) => (FINDINGS[b.id] ?? []).map((f) => `- **${b.id}.** ${f}`)),
    '',
    '## How to run',
    '',
    '```sh',
    'pnpm bench                 # every benchmark, full sizes; rewrites test/bench/results/*.json and this file',
    ...benchmarks.map((b) => `pnpm bench ${b.name.padEnd(15)} # ${b.budget}: ${b.summary}`),
    'pnpm bench fanout --smoke  # tiny sizes, three pairs: checks the benchmark works; records nothing',
    'pnpm bench fanout --set subscribers=200 --set seconds=5   # other sizes (recorded like a full run)',
    'pnpm bench writes --set pairs=5                          # more pairs: a tighter median, a longer run',
    '```',
    '',
    ...(known.length === benchmarks.length ? [totalDuration(known.map((b) => results.get(b.name)!)), ''] : []),
    'Every benchmark with a baseline runs its sides alternately, three pairs by default (`pairs`), and reads each',
    'budget on the median of the pairs; the table of a result is its median pair\'s. A full `pnpm bench` takes',
    'about 14 minutes on 2 cores (the bound is 15); each run appends its medians to `test/bench/results/history.json`',
    'and redraws the plots in `docs/bench/`.',
    '',
    'A benchmark brings its own throwaway PostgreSQL (embedded, in a temp folder) and starts the real',
    'server as a child process on 127.0.0.1; it stops and removes everything when it ends, also on failure.',
    'Benchmarks are not tests: missing a budget is reported, not failed; lost or duplicated deliveries and',
    'errors do fail the run (exit code 1).',
    '',
    '## Latest results',
    '',
    ...(known.length ? known.map((b) => resultSection(results.get(b.name)!, b.glossary)) : ['No benchmark has been recorded yet.']).flatMap((s) => [s, '']),
    ...historySection(history, benchmarks.map((b) => b.name), historyPlotFile),
  ].join('\n');
}

/**
 * Regenerates `file` from every result in `resultsDir` and the history there, and the plots it
 * links (docs/bench/*.svg beside it).
 */
export async function writeBenchmarks(file: string, resultsDir: string, benchmarks: readonly Benchmark[]): Promise<void> {
  const results = await readResults(resultsDir);
  const history = await readHistory(path.join(resultsDir, HISTORY_FILE));
  const root = path.dirname(file);
  await mkdir(path.join(root, PLOTS_DIR), { recursive: true });
  for (const r of results.values()) {
    for (const d of r.distributions ?? []) await writeFile(path.join(root, plotFile(r.benchmark, d)), distributionSvg(r.benchmark, d));
  }
  for (const name of new Set(history.map((e) => e.benchmark))) await writeFile(path.join(root, historyPlotFile(name)), historySvg(name, history));
  await writeFile(file, renderBenchmarks(results, benchmarks, history));
}
