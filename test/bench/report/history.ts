import { readFile, writeFile } from 'node:fs/promises';
import type { BenchResult } from '../types.js';

/** One budget figure of one recorded run. */
export interface HistoryFigure {
  name: string;
  median: number;
  min: number;
  max: number;
  unit: string;
  limit?: number;
  better?: 'higher' | 'lower';
  met: boolean;
}

/** One recorded run of one benchmark: its budgets' medians (test/bench/results/history.json holds them all, oldest first). */
export interface HistoryEntry {
  benchmark: string;
  budget: string;
  date: string;
  revision: string;
  pairs: number;
  figures: HistoryFigure[];
}

/** The run's entry: every target with a figure per pair (targets of the previous method have none). */
export function historyEntry(r: BenchResult): HistoryEntry {
  return {
    benchmark: r.benchmark,
    budget: r.budget,
    date: r.date,
    revision: r.revision,
    pairs: r.pairs ?? 1,
    figures: r.targets.flatMap((t) => (t.spread ? [{ name: t.name, median: t.spread.median, min: t.spread.min, max: t.spread.max, unit: t.spread.unit, limit: t.spread.limit, better: t.spread.better, met: t.met }] : [])),
  };
}

/** The history with the run appended (smoke runs are not history); the same run twice (same benchmark and date) is kept once. */
export function appendHistory(history: readonly HistoryEntry[], r: BenchResult): HistoryEntry[] {
  if (r.smoke) return [...history];
  return [...history.filter((e) => !(e.benchmark === r.benchmark && e.date === r.date)), historyEntry(r)];
}

export async function readHistory(file: string): Promise<HistoryEntry[]> {
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) return [];
  const parsed = JSON.parse(text) as unknown;
  if (!Array.isArray(parsed)) throw new Error(`${file}: expected a JSON array of runs`);
  return parsed as HistoryEntry[];
}

export async function writeHistory(file: string, history: HistoryEntry[]): Promise<void> {
  await writeFile(file, `${JSON.stringify(history, null, 2)}\n`);
}
