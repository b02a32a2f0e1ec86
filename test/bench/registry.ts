import { fanout } from './fanout/index.js';
import { stats } from './stats/index.js';
import type { Benchmark } from './types.js';
import { writes } from './writes/index.js';

/** Every benchmark `pnpm bench` knows, by name; `pnpm bench` alone runs them all, in this order. */
export const benchmarks: readonly Benchmark[] = [writes, fanout, stats];
