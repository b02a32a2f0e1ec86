import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchResult, Params } from '../types.js';
import type { Machine } from './machine.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The commit measured, with "+changes" when server/ differs from it: figures are only comparable
 * between runs of known code. "unknown" outside a git checkout.
 */
export function revision(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const head = git('rev-parse', '--short', 'HEAD');
    return git('status', '--porcelain', '--', 'server') ? `${head}+changes` : head;
  } catch {
    return 'unknown';
  }
}

/** The fields every result starts with: which benchmark and budget, when, how long, on which commit, machine and sizes. */
export function runHeader(benchmark: string, budget: string, o: { durationS: number; smoke: boolean; machine: Machine; params: Params }):
  Pick<BenchResult, 'benchmark' | 'budget' | 'date' | 'durationS' | 'revision' | 'smoke' | 'machine' | 'params'> {
  return { benchmark, budget, date: new Date().toISOString(), durationS: Math.round(o.durationS * 10) / 10, revision: revision(), smoke: o.smoke, machine: o.machine, params: o.params };
}
