import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENEROUS_LIMITS } from '../../../server/src/test-support/limits.js';
import { startChild, type Child } from './child.js';
import type { Cleanup } from './cleanup.js';

/** server/, where `--import tsx` and the server's own modules resolve. */
export const SERVER_DIR = fileURLToPath(new URL('../../../server/', import.meta.url));

export interface ServerProcess extends Child {
  /** http://127.0.0.1:PORT, from the server's `platform ready` log line. */
  url: string;
}

/** Variables the command line (`--server-env`) sets over every benchmark's own. */
let commandLineEnv: Record<string, string> = {};
export function overrideServerEnv(env: Record<string, string>): void {
  commandLineEnv = { ...env };
}

/**
 * The real server (src/main.ts under tsx) as a child process, so that its CPU time can be read
 * apart from the benchmark's clients; on the given database, with the demo panel seeded.
 * `nodeArgs` go to node before the script (e.g. `--inspect`), `logLevel` to LOG_LEVEL, `env` over the rest
 * (e.g. a benchmark's raised limits).
 */
export async function startServerProcess(cleanup: Cleanup, databaseUrl: string, options: { nodeArgs?: string[]; logLevel?: string; env?: Record<string, string> } = {}): Promise<ServerProcess> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'panel-bench-data-'));
  cleanup.defer('remove the server data folder', () => rm(dataDir, { recursive: true, force: true }));
  const child = startChild(cleanup, 'server', [...(options.nodeArgs ?? []), '--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/root',
      DATABASE_URL: databaseUrl,
      DEMO: '1',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: options.logLevel ?? 'info',
      DATA_DIR: dataDir,
      // Benchmarks drive thousands of sockets and writes from one address and a few accounts: the
      // per-instance rate and connection limits must not be what they measure.
      ...GENEROUS_LIMITS,
      ...options.env,
      ...commandLineEnv,
    },
  });
  const ready = await child.waitFor(/"msg":"platform ready"/, 120_000);
  const url = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(ready.input)?.[1];
  if (!url) throw new Error(`server: no 127.0.0.1 url in ${ready.input}`);
  return { ...child, url };
}
