// `pnpm bench [name…] [--smoke] [--set key=value…] [--server-env KEY=VALUE…]`: runs benchmarks (all when no name is given),
// prints their tables, records full runs in test/bench/results/<name>.json, appends their budgets'
// medians to test/bench/results/history.json and regenerates BENCHMARKS.md with its plots (docs/bench/*.svg). Run from server/ (see the root package.json): tsx there reads the server's tsconfig.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runMain } from '../../server/src/shared/run-main.js';
import { Cleanup } from './lib/cleanup.js';
import { printResult } from './report/console.js';
import { HISTORY_FILE } from './report/history-markdown.js';
import { appendHistory, readHistory, writeHistory } from './report/history.js';
import { writeBenchmarks } from './report/markdown.js';
import { overrideServerEnv } from './lib/server-process.js';
import { benchmarks } from './registry.js';
import type { Benchmark, BenchResult, Params } from './types.js';

const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));
const BENCHMARKS_MD = fileURLToPath(new URL('../../BENCHMARKS.md', import.meta.url));

const USAGE = `usage: pnpm bench [name…] [--smoke] [--set key=value…] [--server-env KEY=VALUE…]
  --server-env sets a variable of the platform's server process (e.g. a limit) over the benchmark's own.
  Exits 1 when any benchmark reports a failure (lost, duplicated or failed deliveries or writes).
${benchmarks.map((b) => `  ${b.name.padEnd(10)} ${b.budget}: ${b.summary}\n             sizes: ${Object.entries(b.defaults).map(([k, v]) => `${k}=${v}`).join(' ')}`).join('\n')}`;

function parseCommandLine(argv: string[]): { chosen: Benchmark[]; smoke: boolean; overrides: Params; serverEnv: Record<string, string> } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      smoke: { type: 'boolean', default: false },
      set: { type: 'string', multiple: true, default: [] },
      'server-env': { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const chosen = positionals.length ? positionals.map((name) => {
    const b = benchmarks.find((x) => x.name === name);
    if (!b) throw new Error(`unknown benchmark "${name}"\n${USAGE}`);
    return b;
  }) : [...benchmarks];
  const overrides: Params = {};
  for (const pair of values.set) {
    const m = /^(\w+)=(.+)$/.exec(pair);
    if (!m || !Number.isFinite(Number(m[2]))) throw new Error(`--set expects key=number, got "${pair}"`);
    overrides[m[1]] = Number(m[2]);
  }
  const serverEnv: Record<string, string> = {};
  for (const pair of values['server-env']) {
    const m = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(pair);
    if (!m) throw new Error(`--server-env expects NAME=value, got "${pair}"`);
    serverEnv[m[1]] = m[2];
  }
  return { chosen, smoke: values.smoke, overrides, serverEnv };
}

/** Runs one benchmark with its own cleanup, which runs whatever happens (and on Ctrl-C). */
async function runOne(b: Benchmark, smoke: boolean, overrides: Params): Promise<BenchResult> {
  const unknown = Object.keys(overrides).filter((k) => !(k in b.defaults));
  if (unknown.length) throw new Error(`${b.name} has no param ${unknown.join(', ')} (it has ${Object.keys(b.defaults).join(', ')})`);
  const cleanup = new Cleanup();
  // Ctrl-C stops the servers and the clusters and removes the temp folders, then exits.
  const interrupted = (signal: NodeJS.Signals) => {
    process.stderr.write(`\n${signal}: cleaning up…\n`);
    void cleanup.run().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  try {
    return await b.run({ ...(smoke ? b.smoke : b.defaults), ...overrides }, cleanup, { smoke });
  } finally {
    const failures = await cleanup.run();
    for (const f of failures) process.stderr.write(`cleanup: ${f}\n`);
    process.removeListener('SIGINT', interrupted).removeListener('SIGTERM', interrupted);
  }
}

async function main(): Promise<number> {
  const { chosen, smoke, overrides, serverEnv } = parseCommandLine(process.argv.slice(2));
  overrideServerEnv(serverEnv);
  const started = performance.now();
  let failed = false;
  for (const b of chosen) {
    const result = await runOne(b, smoke, overrides);
    printResult(result);
    failed ||= result.failures.length > 0;
    // Smoke runs check that the benchmark works; their figures would overwrite real ones.
    if (!smoke) {
      await mkdir(RESULTS_DIR, { recursive: true });
      await writeFile(`${RESULTS_DIR}${b.name}.json`, `${JSON.stringify(result, null, 2)}\n`);
      const historyFile = `${RESULTS_DIR}${HISTORY_FILE}`;
      await writeHistory(historyFile, appendHistory(await readHistory(historyFile), result));
    }
  }
  process.stdout.write(`${chosen.length} benchmark${chosen.length > 1 ? 's' : ''} took ${Math.round((performance.now() - started) / 1000)} s in all\n`);
  if (!smoke) {
    await writeBenchmarks(BENCHMARKS_MD, RESULTS_DIR, benchmarks);
    process.stdout.write(`wrote ${BENCHMARKS_MD}\n`);
  }
  return failed ? 1 : 0;
}

runMain(main);
