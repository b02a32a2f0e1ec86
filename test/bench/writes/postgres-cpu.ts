import { readdirSync, readFileSync } from 'node:fs';
import { CPU_TICK_MS } from '../lib/cpu.js';
import type { PgClient } from '../lib/pg.js';

/** Fields after the `(comm)` of /proc/<pid>/stat, numbered as in proc(5) (state is field 3). */
function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null; // the process ended between listing and reading
  }
}

const field = (f: string[], n: number) => Number(f[n - 3]);

/**
 * CPU (user + system, ms) of a whole PostgreSQL cluster so far: the postmaster, its live children
 * (backends, WAL writer …) and, through the postmaster's cutime/cstime, the children that already exited.
 */
function clusterCpuMs(postmaster: number): number {
  const own = statFields(postmaster);
  if (!own) return Number.NaN;
  let ticks = field(own, 14) + field(own, 15) + field(own, 16) + field(own, 17);
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const f = statFields(Number(name));
    if (f && field(f, 4) === postmaster) ticks += field(f, 14) + field(f, 15);
  }
  return ticks * CPU_TICK_MS;
}

/** A reader of the benchmark cluster's CPU, found through the postmaster of one of its backends. */
export async function postgresCpuReader(client: PgClient): Promise<() => number> {
  const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
  const backend = statFields(rows[0].pid);
  if (!backend) return () => Number.NaN; // PostgreSQL on another host or in another PID namespace
  const postmaster = field(backend, 4);
  return () => clusterCpuMs(postmaster);
}
