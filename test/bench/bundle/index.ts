import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { FIRST_LOAD_BUDGET_BYTES, kb, MANIFEST_PATH, measureFirstLoad, type ChunkSize, type FirstLoad } from '../../../client/build/first-load.js';
import type { Cleanup } from '../lib/cleanup.js';
import { progress } from '../lib/clock.js';
import { describeMachine } from '../lib/machine.js';
import { runHeader } from '../lib/revision.js';
import { round } from '../lib/stats.js';
import { pairedTarget } from '../report/paired.js';
import type { Benchmark, BenchResult, Cell } from '../types.js';

const CLIENT_DIR = fileURLToPath(new URL('../../../client/', import.meta.url));
const CLIENT_DIST = path.join(CLIENT_DIR, 'dist');
const VITE = path.join(CLIENT_DIR, 'node_modules/vite/bin/vite.js');
const BUILD_TIMEOUT_MS = 5 * 60_000;
const run = promisify(execFile);

/** A fresh production build of the client in a temp folder (client/dist, which tests may be serving, is left alone). */
async function buildClient(cleanup: Cleanup): Promise<string> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'panel-bench-dist-'));
  cleanup.defer('remove the build folder', () => rm(outDir, { recursive: true, force: true }));
  const controller = new AbortController();
  cleanup.defer('stop vite build', () => controller.abort());
  await run(process.execPath, [VITE, 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: CLIENT_DIR,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', NODE_ENV: 'production' },
    signal: controller.signal,
    timeout: BUILD_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  }).catch((e: Error & { stdout?: string; stderr?: string }) => {
    throw new Error(`vite build failed: ${e.message}\n${(e.stderr ?? '').slice(-2000)}`);
  });
  return outDir;
}

const row = (label: string, chunks: ChunkSize[]): { label: string; cells: Cell[] } => ({
  label,
  cells: [chunks.length, round(chunks.reduce((n, c) => n + c.bytes, 0) / 1000, 1), round(chunks.reduce((n, c) => n + c.gzipBytes, 0) / 1000, 1)],
});

function bundleResult(o: { first: FirstLoad; built: boolean; params: Record<string, number>; smoke: boolean; durationS: number }): BenchResult {
  const f = o.first;
  return {
    ...runHeader('bundle', 'B6', { ...o, machine: describeMachine('none (no database)') }),
    workload: `the JS a browser downloads before the case room (/cases/:id) renders, from ${o.built ? 'a fresh production build' : 'the existing client/dist build'}`,
    columns: ['chunks', 'raw KB', 'gzip KB'],
    rows: [
      row('entry + its static imports', f.entry),
      row('messages of one language (the largest)', f.language),
      row('case room route + its static imports', f.caseRoom),
      row('before the case room renders', [...f.entry, ...f.language, ...f.caseRoom]),
      row('loaded after it renders (not counted)', f.afterRender),
    ],
    // One measurement: a size has no baseline to alternate with and does not wobble.
    pairs: 1,
    distributions: [],
    targets: [pairedTarget({ name: 'JS before the case room renders', target: `≤ ${kb(FIRST_LOAD_BUDGET_BYTES)} KB gzip`, values: [f.totalGzipBytes / 1000], limit: { limit: FIRST_LOAD_BUDGET_BYTES / 1000, better: 'lower' }, unit: 'KB gzip' })],
    failures: f.entry.length === 0 || f.caseRoom.length === 0 ? ['the manifest gave no entry or no case-room chunk'] : [],
    notes: [
      'no baseline: the budget is an absolute size (ratio n/a).',
      ...(o.built ? [] : ['measured the existing client/dist (smoke): rebuild for a figure of the current code.']),
    ],
    details: { entry: f.entry, language: f.language, caseRoom: f.caseRoom, afterRender: f.afterRender, totalBytes: f.totalBytes, totalGzipBytes: f.totalGzipBytes },
  };
}

/** Budget B6: the gzip size of the client's JS before the case room renders (no baseline). */
export const bundle: Benchmark = {
  name: 'bundle',
  budget: 'B6',
  summary: 'gzip size of the JS before the case room renders: entry chunk + static imports + one language\'s messages + the case room route\'s chunks, from a production build',
  defaults: { build: 1 },
  // Smoke reads the build `pnpm test` already made (client/dist), and builds only when it has no manifest.
  smoke: { build: 0 },
  glossary: [
    '**build**: `vite build` of client/ (production mode) into a temp folder, with `build.manifest`; `--set build=0` measures client/dist as it is instead. The client build prints the same figures itself (client/build/report-sizes.ts).',
    '**entry + its static imports**: the chunk of index.html and every chunk reachable from it through static `import`s (the manifest\'s `imports`): the shell every page loads. **messages of one language**: each interface language (src/app/i18n/kk.ts, ru.ts, en.ts) is a lazy chunk that the entry loads before the first render; the largest is counted. **case room route**: the lazy chunk of src/features/case-room/case-room.page.tsx and its static imports not already in the shell. **before the case room renders**: both, the budget\'s figure. **loaded after it renders**: the room\'s own lazy imports (the voting panel), fetched once the file is on screen: listed, not counted.',
    '**gzip KB**: each JS file compressed with zlib\'s default level, summed, in KB of 1 000 bytes (as Vite prints sizes); CSS and fonts are not counted (the budget is JS).',
  ],
  run: async (params, cleanup, { smoke }) => {
    const started = performance.now();
    const wantBuild = params.build !== 0 || !existsSync(path.join(CLIENT_DIST, MANIFEST_PATH));
    let dist = CLIENT_DIST;
    if (wantBuild) {
      progress('bundle', 'building the client (vite build) into a temp folder');
      dist = await buildClient(cleanup);
    }
    const first = measureFirstLoad(dist);
    return bundleResult({ first, built: wantBuild, params, smoke, durationS: (performance.now() - started) / 1000 });
  },
};
