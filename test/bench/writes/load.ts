import { processCpuMs } from '../lib/cpu.js';
import { summarize, type Summary } from '../lib/stats.js';

/** One write; resolves with the id of the row it wrote once the write is acknowledged (committed). */
export type WriteOp = (i: number) => Promise<string>;

const MAX_KEPT_ERRORS = 5;

/** One side's figures for one op (platform or baseline). */
export interface LoadMeasurement {
  clients: number;
  /** Writes acknowledged in the measured window. */
  ops: number;
  /** Writes that failed in the measured window. */
  errors: number;
  /** A few of the error messages, measured window and warm-up alike. */
  errorSamples: string[];
  /** From the first measured send until the last measured write returned. */
  wallMs: number;
  opsPerS: number;
  /** Per write, send to acknowledgement, ms; null when none succeeded. */
  latency: Summary | null;
  warmUpOps: number;
  warmUpErrors: number;
  /** Ids of every acknowledged write, warm-up included: what the database must hold afterwards. */
  acknowledged: string[];
  /** CPU over the measured window (ms): the server child (platform only), the PostgreSQL cluster, this process. */
  serverCpuMs: number | null;
  postgresCpuMs: number;
  loadGeneratorCpuMs: number;
}

interface Window {
  ok: number;
  failed: number;
  latencies: number[];
}

/**
 * `clients` closed loops, each sending its next write as soon as the previous one returns, until
 * `ms` have passed; a write started before the end is waited for. Writes are numbered across the
 * loops, so write i goes to account i mod n whichever loop sends it.
 */
async function loops(clients: number, ms: number, op: WriteOp, next: () => number, acknowledged: string[], errors: string[]): Promise<Window> {
  const w: Window = { ok: 0, failed: 0, latencies: [] };
  const end = performance.now() + ms;
  const loop = async () => {
    while (performance.now() < end) {
      const i = next();
      const t0 = performance.now();
      try {
        acknowledged.push(await op(i));
        w.latencies.push(performance.now() - t0);
        w.ok += 1;
      } catch (e) {
        w.failed += 1;
        if (errors.length < MAX_KEPT_ERRORS) errors.push((e as Error).message);
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, loop));
  return w;
}

/** Warm-up, then the measured window, with CPU read at its edges. */
export async function runLoad(o: { clients: number; warmUpMs: number; measureMs: number; op: WriteOp; serverPid: number | null; postgresCpuMs: () => number }): Promise<LoadMeasurement> {
  let counter = 0;
  const next = () => counter++;
  const acknowledged: string[] = [];
  const errorSamples: string[] = [];
  const warm = await loops(o.clients, o.warmUpMs, o.op, next, acknowledged, errorSamples);

  const server0 = o.serverPid === null ? 0 : processCpuMs(o.serverPid);
  const pg0 = o.postgresCpuMs();
  const own0 = process.cpuUsage();
  const t0 = performance.now();
  const measured = await loops(o.clients, o.measureMs, o.op, next, acknowledged, errorSamples);
  const wallMs = performance.now() - t0;
  const own = process.cpuUsage(own0);
  const serverCpuMs = o.serverPid === null ? null : processCpuMs(o.serverPid) - server0;
  const postgresCpuMs = o.postgresCpuMs() - pg0;

  return {
    clients: o.clients,
    ops: measured.ok,
    errors: measured.failed,
    errorSamples,
    wallMs,
    opsPerS: (measured.ok * 1000) / wallMs,
    latency: summarize(Float64Array.from(measured.latencies)),
    warmUpOps: warm.ok,
    warmUpErrors: warm.failed,
    acknowledged,
    serverCpuMs,
    postgresCpuMs,
    loadGeneratorCpuMs: (own.user + own.system) / 1000,
  };
}
