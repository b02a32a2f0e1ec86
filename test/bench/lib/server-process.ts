import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnPlatform, type PlatformProcess } from '../../support/platform-process.js';
import type { Cleanup } from './cleanup.js';

export type ServerProcess = PlatformProcess;

/** Variables the command line (`--server-env`) sets over every benchmark's own. */
let commandLineEnv: Record<string, string> = {};
export function overrideServerEnv(env: Record<string, string>): void {
  commandLineEnv = { ...env };
}

/** The production server's token secret (production requires one): a fresh one per benchmark run. */
const TOKEN_SECRET = randomBytes(24).toString('hex');

/**
 * The real server (spawnPlatform: src/main.ts under tsx) as a child process, so that its CPU time can be
 * read apart from the benchmark's clients; on the given database, stopped by the cleanup. It runs as
 * deployed, with NODE_ENV=production (graphql-js's production checks, no introspection); production
 * never seeds the demo panel the benchmarks sign in as, so a development start on the same database
 * seeds it first and stops. `nodeArgs` go to node before the script (e.g. `--inspect`), `logLevel` to
 * LOG_LEVEL, `env` over the rest (e.g. a benchmark's raised limits). BENCH_SERVER_NODE_ARGS (e.g.
 * `--cpu-prof --cpu-prof-dir=/tmp/prof`) goes to every measured server's node too, to profile it under
 * a benchmark's load. Benchmarks drive thousands of sockets and writes from one address and a few
 * accounts: spawnPlatform's GENEROUS_LIMITS keep the per-instance rate and connection limits out of
 * what they measure.
 */
export async function startServerProcess(cleanup: Cleanup, databaseUrl: string, options: { nodeArgs?: string[]; logLevel?: string; env?: Record<string, string> } = {}): Promise<ServerProcess> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'panel-bench-data-'));
  cleanup.defer('remove the server data folder', () => rm(dataDir, { recursive: true, force: true }));
  const seeding = await spawnPlatform({ databaseUrl, readyMs: 120_000, env: { DEMO: '1', DATA_DIR: dataDir, JOBS_EVERY_MS: '86400000' } });
  const seeded = await seeding.stop(20_000);
  if (seeded !== 0) throw new Error(`the server that seeds the demo panel exited with ${seeded}`);
  const server = await spawnPlatform({
    databaseUrl,
    nodeArgs: [...(options.nodeArgs ?? []), ...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [])],
    readyMs: 120_000,
    env: { NODE_ENV: 'production', TOKEN_SECRET, LOG_LEVEL: options.logLevel ?? 'info', DATA_DIR: dataDir, ...options.env, ...commandLineEnv },
  });
  cleanup.defer('stop server', () => server.stop(20_000));
  return server;
}
