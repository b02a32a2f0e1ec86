import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODULE_DEPENDENCIES } from '../../module-dependencies.mjs';

const modulesDir = new URL('../modules/', import.meta.url);
const graph: Record<string, readonly string[]> = MODULE_DEPENDENCIES;

/** A cycle through `graph` as a path of names, or null (depth-first search with colours). */
function findCycle(g: Record<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (n: string): string[] | null => {
    if (state.get(n) === 'done') return null;
    if (state.get(n) === 'open') return [...path.slice(path.indexOf(n)), n];
    state.set(n, 'open');
    path.push(n);
    for (const m of g[n] ?? []) {
      const cycle = visit(m);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(n, 'done');
    return null;
  };
  for (const n of Object.keys(g)) {
    const cycle = visit(n);
    if (cycle) return cycle;
  }
  return null;
}

describe('the modules\' declared dependencies (enforced by ESLint)', () => {
  it('name every module folder and only those', () => {
    const folders = readdirSync(modulesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    expect(Object.keys(graph).sort()).toEqual(folders);
    for (const deps of Object.values(graph)) for (const d of deps) expect(folders).toContain(d);
  });

  it('form no cycle', () => {
    expect(findCycle(graph)).toBeNull();
  });

  it('the cycle finder finds one', () => {
    expect(findCycle({ a: ['b'], b: ['c'], c: ['a'] })).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle({ a: ['b', 'c'], b: ['c'], c: [] })).toBeNull();
  });
});
