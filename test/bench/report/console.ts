import { machineLine } from '../lib/machine.js';
import type { BenchResult } from '../types.js';
import { resultBody, textTable, verdict } from './table.js';

/** The result as the terminal shows it after a run. */
export function printResult(r: BenchResult): void {
  const out = [
    '',
    `${r.benchmark} (${r.budget})${r.smoke ? ' — SMOKE sizes, not a measurement' : ''}: ${r.workload}`,
    `machine: ${machineLine(r.machine)}; commit ${r.revision}`,
    '',
    textTable(['', ...r.columns], resultBody(r)),
    '',
    ...r.targets.map((t) => `${r.budget} ${t.name}: ${t.actual} (target ${t.target}) ${verdict(t.met)}`),
    ...(r.failures.length ? ['', 'FAILURES:', ...r.failures.map((f) => `  - ${f}`)] : []),
    ...(r.notes.length ? ['', 'notes:', ...r.notes.map((n) => `  - ${n}`)] : []),
    `took ${r.durationS} s`,
    '',
  ];
  process.stdout.write(out.join('\n') + '\n');
}
