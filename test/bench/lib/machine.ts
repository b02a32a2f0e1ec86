import os from 'node:os';

export interface Machine {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  postgres: string;
  os: string;
  /** 1-minute load average when the run started: other work on the machine shows here. */
  loadAverage?: number;
}

/** What the figures were measured on: they mean little without it. */
export function describeMachine(postgresVersion: string): Machine {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    postgres: postgresVersion,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: Number(os.loadavg()[0].toFixed(2)),
  };
}

/** One line for tables: cores, model, memory, Node, PostgreSQL, load. */
export function machineLine(m: Machine): string {
  const pg = /PostgreSQL [\d.]+/.exec(m.postgres)?.[0] ?? m.postgres;
  const load = m.loadAverage === undefined ? '' : `, load average ${m.loadAverage} at start`;
  return `${m.cores} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, ${pg}, ${m.os}${load}`;
}
