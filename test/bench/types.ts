import type { Cleanup } from './lib/cleanup.js';
import type { Machine } from './lib/machine.js';
import type { Spread } from './lib/pairs.js';

/** A benchmark's sizes (subscribers, rate …): numbers only, so they can be set from the command line. */
export type Params = Record<string, number>;

/** A number, or a short text where a number does not apply (e.g. "n/a"); null when not measured. */
export type Cell = number | string | null;

export interface Target {
  /** What is compared, e.g. "p99 delivery". */
  name: string;
  /** The budget as DESIGN.md §6 states it, e.g. "≤ 100 ms". */
  target: string;
  /** The measured figure, as text, e.g. "412.3 ms". */
  actual: string;
  /** Met on the median over the pairs; absent in results of the previous method (one run per side). */
  met: boolean;
  /** The figure per pair, its median and spread, in `unit` (absent for a single measurement). */
  spread?: Spread & { unit: string; limit?: number; better?: 'higher' | 'lower' };
}

/** A side's latency distribution in one pair: [percentile 0–100, value] points, ascending. */
export interface Curve {
  side: 'platform' | 'baseline';
  /** 1-based pair number. */
  pair: number;
  points: [number, number][];
}

/** One latency distribution of a benchmark, both sides, every pair: drawn as docs/bench/<benchmark>-<name>.svg. */
export interface Distribution {
  /** Short, file-name safe, e.g. "open-at-fixed-rate". */
  name: string;
  /** What was measured, e.g. "room open latency at 30 opens/s". */
  title: string;
  unit: string;
  /** 1-based number of the median pair (drawn bold). */
  medianPair: number;
  curves: Curve[];
}

/** What a run leaves in test/bench/results/<name>.json; BENCHMARKS.md is generated from these alone. */
export interface BenchResult {
  benchmark: string;
  /** The budget of DESIGN.md §6 measured, e.g. "B3". */
  budget: string;
  /** When the run finished (ISO 8601). */
  date: string;
  durationS: number;
  /** The commit measured (see lib/revision.ts). */
  revision: string;
  smoke: boolean;
  machine: Machine;
  params: Params;
  /** The workload in words, with the sizes used. */
  workload: string;
  /** Column headings of `rows`, e.g. ["deliveries", "p50 ms", …]. */
  columns: string[];
  /** One row per side (platform, baseline) and one of ratios. */
  rows: { label: string; cells: Cell[] }[];
  targets: Target[];
  /** Correctness problems (lost, duplicated or failed deliveries): a run with any fails. */
  failures: string[];
  /** Things a reader should know to trust the figures (load generator busy, late ticks, warnings). */
  notes: string[];
  /** Pairs of alternated runs (platform, baseline) the targets are medians of; absent in results of the previous method. */
  pairs?: number;
  /** Latency distributions of both sides, per pair, for the plots (absent in results of the previous method). */
  distributions?: Distribution[];
  /** Raw figures per side, for whoever wants more than the table. */
  details: Record<string, unknown>;
}

export interface Benchmark {
  name: string;
  budget: string;
  /** One sentence for the runner's help. */
  summary: string;
  defaults: Params;
  /** Tiny sizes that finish in seconds, for a test that only checks the benchmark still works. */
  smoke: Params;
  /** What each figure of the result means, for BENCHMARKS.md. */
  glossary: string[];
  /** Runs once with `params`; everything it starts is registered with `cleanup`, which the runner runs. */
  run: (params: Params, cleanup: Cleanup, options: { smoke: boolean }) => Promise<BenchResult>;
}
