// Every benchmark at its smoke sizes, as `pnpm bench --smoke` runs them: each must still work end
// to end (servers, baselines, loads, checks) and fill its table. Called through the registry, so
// nothing is written: no test/bench/results/*.json, no BENCHMARKS.md.
import { readdir, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Cleanup } from './lib/cleanup.js';
import { benchmarks } from './registry.js';

const RESULTS = fileURLToPath(new URL('./results/', import.meta.url));
const BENCHMARKS_MD = fileURLToPath(new URL('../../BENCHMARKS.md', import.meta.url));

/** Modification times of everything a recorded run writes. */
async function recorded(): Promise<Record<string, number>> {
  const files = (await readdir(RESULTS).catch(() => [] as string[])).map((f) => `${RESULTS}${f}`);
  const times: Record<string, number> = {};
  for (const f of [...files, BENCHMARKS_MD]) times[f] = (await stat(f).catch(() => null))?.mtimeMs ?? 0;
  return times;
}

describe('benchmarks at smoke sizes', () => {
  it('the registry lists every budget of DESIGN.md §6 once, in order', () => {
    expect(benchmarks.map((b) => b.budget)).toEqual(['B1', 'B2', 'B3', 'B4', 'B5', 'B6']);
  });

  it.each(benchmarks.map((b) => [b.name, b] as const))('%s runs and fills its table without failures', async (_name, b) => {
    const before = await recorded();
    const cleanup = new Cleanup();
    let result;
    try {
      result = await b.run({ ...b.smoke }, cleanup, { smoke: true });
    } finally {
      expect(await cleanup.run()).toEqual([]);
    }
    expect(result.failures).toEqual([]);
    expect(result.benchmark).toBe(b.name);
    expect(result.smoke).toBe(true);
    expect(result.rows.length).toBeGreaterThan(0);
    for (const row of result.rows) {
      expect(row.cells, `${b.name}: ${row.label}`).toHaveLength(result.columns.length);
      expect(row.cells.some((c) => typeof c === 'number'), `${b.name}: ${row.label} has no figure`).toBe(true);
    }
    // The first row is the platform's own measurement: every column of it is filled.
    expect(result.rows[0].cells.filter((c) => c === null), `${b.name}: ${result.rows[0].label}`).toEqual([]);
    // A target may read n/a at these sizes (e.g. a CPU ratio below the clock's resolution), but each is there.
    expect(result.targets.length).toBeGreaterThan(0);
    for (const t of result.targets) expect(t.actual, `${b.name}: ${t.name}`).toBeTruthy();
    // The sides ran in alternated pairs (a size without a baseline: once), every budget figure read over them.
    const pairs = b.smoke.pairs ?? 1;
    expect(result.pairs).toBe(pairs);
    for (const t of result.targets.filter((x) => x.spread)) expect(t.spread!.values, `${b.name}: ${t.name}`).toHaveLength(pairs);
    expect(result.targets.some((t) => t.spread)).toBe(true);
    // Every latency plot has both sides of every pair.
    for (const d of result.distributions ?? []) {
      for (const side of ['platform', 'baseline']) expect(d.curves.filter((c) => c.side === side).map((c) => c.pair), `${b.name} ${d.name} ${side}`).toEqual(Array.from({ length: pairs }, (_, i) => i + 1));
    }
    expect(await recorded()).toEqual(before);
  }, 600_000);
});
