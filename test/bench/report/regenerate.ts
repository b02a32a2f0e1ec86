// `pnpm --filter ./server exec tsx ../test/bench/report/regenerate.ts`: rewrites BENCHMARKS.md from the recorded results (after editing findings.ts).
import { fileURLToPath } from 'node:url';
import { benchmarks } from '../registry.js';
import { writeBenchmarks } from './markdown.js';

await writeBenchmarks(fileURLToPath(new URL('../../../BENCHMARKS.md', import.meta.url)), fileURLToPath(new URL('../results/', import.meta.url)), benchmarks);
