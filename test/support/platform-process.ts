import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ProbeSample } from '../../server/src/app/probe.js';

const SERVER_DIR = fileURLToPath(new URL('../../server/', import.meta.url));
const KEEP_LINES = 400;

/** Rate limits far above what a fault test or the soak sends from one address. */
export const UNLIMITED = {
  LIMIT_LOGIN_PER_IP: '100000/1m',
  LIMIT_LOGIN_PER_EMAIL: '100000/1m',
  LIMIT_WRITES_PER_MEMBER: '1000000/1m',
  LIMIT_WRITES_PER_IP: '1000000/1m',
  LIMIT_WS_SUBSCRIPTIONS: '1000',
  LIMIT_WS_SOCKETS_PER_MEMBER: '10000',
};

export interface PlatformProcess {
  url: string;
  pid: number;
  /** The last lines it printed (stdout and stderr). */
  lines: string[];
  /** The embedded cluster's port, when it runs one (no DATABASE_URL). */
  embeddedPort: number | null;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Memory and socket counts, over IPC (PROBE_IPC=1 is set for it). */
  probe: (ms?: number) => Promise<ProbeSample>;
  kill: (signal: NodeJS.Signals) => void;
  /** SIGTERM (a graceful drain), then SIGKILL after `graceMs`. */
  stop: (graceMs?: number) => Promise<void>;
}

/** The real server (server/src/main.ts under tsx) as a child process, ready when it logs `platform ready` (LOG_LEVEL info or lower). */
export async function spawnPlatform(env: Record<string, string>, options: { readyMs?: number; nodeArgs?: string[] } = {}): Promise<PlatformProcess> {
  const readyMs = options.readyMs ?? 90_000;
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/root',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      PROBE_IPC: '1',
      ...UNLIMITED,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  if (child.pid === undefined) throw new Error('the server process did not start');
  const lines: string[] = [];
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
  let stopping: Promise<void> | null = null;
  const stop = (graceMs = 15_000) =>
    (stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(kill);
    })());
  return { url, pid: child.pid, lines, get embeddedPort() { return embeddedPort; }, exited, probe, kill: (signal) => child.kill(signal), stop };
}
