import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ProbeSample } from '../../server/src/app/probe.js';
import { GENEROUS_LIMITS } from '../../server/src/test-support/limits.js';

// The one way tests, the soak and the benchmarks run the server as a child process: spawn, wait for
// `platform ready`, stop. (In the test's own process, startTestPlatform is the way.)

/** server/, where `--import tsx` and the server's own modules resolve. */
export const SERVER_DIR = fileURLToPath(new URL('../../server/', import.meta.url));
const KEEP_LINES = 400;

export interface PlatformProcess {
  url: string;
  pid: number;
  /** The last lines it printed (stdout and stderr). */
  lines: string[];
  /** How many lines looked like pino warnings or errors (level ≥ 40). */
  warnings: () => number;
  /** The embedded cluster's port, when it runs one (no DATABASE_URL). */
  embeddedPort: number | null;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Memory and socket counts, over IPC (PROBE_IPC=1 is set for it). */
  probe: (ms?: number) => Promise<ProbeSample>;
  kill: (signal: NodeJS.Signals) => void;
  /** SIGTERM (a graceful drain), then SIGKILL after `graceMs`; resolves with the exit code (null when killed). */
  stop: (graceMs?: number) => Promise<number | null>;
}

/**
 * The server's own node flags, as `pnpm start` (server/package.json) and the image (server/Dockerfile)
 * run it; node-flags.test.ts keeps the three alike. A young generation of 32 MB per semi-space: a room
 * open allocates ~1 MB of short-lived objects (rows, results, the answer's JSON), and with the default
 * (16 MB at most, grown only slowly) a fifth of the server's CPU under load was scavenges. Measured with
 * `pnpm bench openroom`: CPU per open 14.7 → 10.6 ms; memory per idle connection (B4) unchanged.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=32'];

export interface SpawnOptions {
  /** Variables over the defaults (PORT=0, HOST=127.0.0.1, LOG_LEVEL=info, PROBE_IPC=1, GENEROUS_LIMITS). */
  env?: Record<string, string>;
  /** The database (DATABASE_URL); without it the server starts its embedded PostgreSQL in DATA_DIR. */
  databaseUrl?: string;
  /** A built entry file (e.g. a bundle's server/dist/main.js) run with plain node in `cwd`; default: src/main.ts under tsx in server/. */
  entry?: { file: string; cwd: string };
  /** Node options before the script (e.g. `--expose-gc`, `--inspect`), after SERVER_NODE_FLAGS. */
  nodeArgs?: string[];
  /** false: the server's own rate and connection limits (default: GENEROUS_LIMITS). */
  generousLimits?: boolean;
  readyMs?: number;
}

/**
 * The real server as a child process, ready when it logs `platform ready` (LOG_LEVEL info or lower).
 * Rejects, with its last lines, when it exits first or is not ready in `readyMs` (and leaves nothing running).
 */
export async function spawnPlatform(options: SpawnOptions = {}): Promise<PlatformProcess> {
  const readyMs = options.readyMs ?? 90_000;
  const script = options.entry ? [options.entry.file] : ['--import', 'tsx', 'src/main.ts'];
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...(options.nodeArgs ?? []), ...script], {
    cwd: options.entry?.cwd ?? SERVER_DIR,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/root',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      PROBE_IPC: '1',
      ...(options.generousLimits === false ? {} : GENEROUS_LIMITS),
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  if (child.pid === undefined) throw new Error('the server process did not start');
  const lines: string[] = [];
  let warnings = 0;
  let partial = '';
  let embeddedPort: number | null = null;
  let onReady: (url: string) => void;
  const ready = new Promise<string>((resolve) => (onReady = resolve));
  const take = (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts.filter(Boolean)) {
      lines.push(line);
      if (lines.length > KEEP_LINES) lines.shift();
      if (/"level":(4|5|6)\d/.test(line)) warnings += 1;
      const port = /"port":(\d+).*embedded PostgreSQL started/.exec(line);
      if (port) embeddedPort = Number(port[1]);
      const url = /"url":"(http:\/\/127\.0\.0\.1:\d+)".*platform ready/.exec(line);
      if (url) onReady(url[1]);
    }
  };
  child.stdout!.on('data', take);
  child.stderr!.on('data', take);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  const url = await Promise.race([
    ready,
    exited.then(({ code }) => { throw new Error(`the server exited (${code}) before it was ready:\n${lines.slice(-20).join('\n')}`); }),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`the server was not ready in ${readyMs} ms:\n${lines.slice(-20).join('\n')}`)), readyMs).unref()),
  ]).catch(async (e) => {
    // Never leave a half-started server (and its embedded cluster) behind.
    child.kill('SIGTERM');
    const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(kill);
    throw e;
  });

  const waiting: ((s: ProbeSample) => void)[] = [];
  child.on('message', (m: ProbeSample) => { if (m?.type === 'probe') waiting.shift()?.(m); });
  const probe = (ms = 5_000) =>
    new Promise<ProbeSample>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no probe answer in ${ms} ms`)), ms);
      waiting.push((s) => { clearTimeout(timer); resolve(s); });
      child.send({ type: 'probe' });
    });
  let stopping: Promise<number | null> | null = null;
  const stop = (graceMs = 15_000) =>
    (stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(kill);
      }
      return (await exited).code;
    })());
  return { url, pid: child.pid, lines, warnings: () => warnings, get embeddedPort() { return embeddedPort; }, exited, probe, kill: (signal) => child.kill(signal), stop };
}
