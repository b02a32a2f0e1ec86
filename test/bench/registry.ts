import { bundle } from './bundle/index.js';
import { connections } from './connections/index.js';
import { fanout } from './fanout/index.js';
import { openroom } from './openroom/index.js';
import { stats } from './stats/index.js';
import type { Benchmark } from './types.js';
import { writes } from './writes/index.js';

/** Every benchmark `pnpm bench` knows, by name; `pnpm bench` alone runs them all, in this order. */
export const benchmarks: readonly Benchmark[] = [openroom, writes, fanout, connections, stats, bundle];
