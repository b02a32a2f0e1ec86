import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { constants, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import type { TestPlatform } from '../../test-support/platform.js';

/** One download of the burst: the path and whose token asks for it. */
export interface BurstDownload {
  path: string;
  token: string;
}

export interface BurstReport {
  /** When the burst began (ms since the epoch). */
  startedEpoch: number;
  burstMs: number;
  downloads: { status: number; bytes: number; head: string; ms: number; error?: string }[];
  /** The body of the download `keepBody` names. */
  kept: Buffer | null;
  /** /healthz latencies (ms) of the requests sent while the burst ran. */
  healthz: { n: number; p50: number; p99: number; max: number; over50: number };
  /** The five slowest /healthz: when each was sent (ms after the burst began) and how long it took. */
  slowest: { at: number; ms: number }[];
  /** The server's event-loop delay (ms) over the burst. */
  loopDelay: { p99: number; max: number };
  /** Garbage-collection pauses of the server's main thread over the burst (ms). */
  gc: { count: number; total: number; max: number; major: number };
  /** The main thread over the burst (Linux): ms on a CPU, and ms runnable but waiting for one (other threads, other processes). */
  mainThread: { cpuMs: number; waitMs: number } | null;
  /** CPU over the burst (ms): the whole machine (all cores; steal = taken by the hypervisor), this process (all its threads), the load process. */
  cpu: { machineBusy: number; machineIdle: number; steal: number; server: number; load: number } | null;
  /** RSS (MB) of the server's process: before, highest during, right after, and once settled. */
  rss: { before: number; peak: number; afterBurst: number; settled: number; settledAfterMs: number; trace: string };
  /** Render threads alive once settled (idle ones exit, giving their memory back). */
  threadsSettled: number;
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const nearestRank = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
const round1 = (x: number) => Math.round(x * 10) / 10;

/** The calling thread's scheduler counters (Linux): ns on a CPU, ns waiting on a run queue; null elsewhere. */
function schedstat(): [number, number] | null {
  try {
    const [cpu, wait] = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number);
    return [cpu, wait];
  } catch {
    return null;
  }
}

/** The machine's CPU counters (Linux, ms summed over cores): busy, idle, steal; null elsewhere. */
function machineCpu(): [number, number, number] | null {
  try {
    const [user, nice, system, idle, iowait, irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
    const tick = 10; // USER_HZ = 100 on Linux
    return [(user + nice + system + irq + softirq) * tick, (idle + iowait) * tick, steal * tick];
  } catch {
    return null;
  }
}

/** What burst-load.test-support.ts prints: its times are ms since it started, bar `burstStartedEpoch`. */
interface LoadResult {
  burstStartedEpoch: number;
  burstStartedAt: number;
  burstMs: number;
  downloads: (BurstReport['downloads'][number] & { body?: string })[];
  health: { at: number; ms: number; status: number }[];
  /** The load process's own CPU time (ms). */
  cpuMs: number;
}

/** Runs burst-load.test-support.ts in a process of its own (through tsx) and returns what it printed. */
function runLoad(config: Record<string, unknown>): Promise<LoadResult> {
  const script = fileURLToPath(new URL('./burst-load.test-support.ts', import.meta.url));
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', tsx, script, JSON.stringify(config)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as LoadResult) : reject(new Error(`the burst's load process exited with ${code}`))));
  });
}

/** Watches this process while the burst runs: event-loop delay, GC pauses, the main thread's scheduling, peak RSS. */
function watchServer() {
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 20);
  const delay = monitorEventLoopDelay({ resolution: 2 });
  const pauses: number[] = [];
  let major = 0;
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      pauses.push(e.duration);
      if ((e as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) major += 1;
    }
  });
  gc.observe({ entryTypes: ['gc'] });
  const sched0 = schedstat();
  const machine0 = machineCpu();
  const cpu0 = process.cpuUsage();
  delay.enable();
  return {
    before,
    stop: () => {
      delay.disable();
      const sched1 = schedstat();
      const machine1 = machineCpu();
      const cpu1 = process.cpuUsage(cpu0);
      gc.disconnect();
      clearInterval(sampler);
      const afterBurst = process.memoryUsage.rss();
      return {
        afterBurst,
        peak: Math.max(peak, afterBurst),
        loopDelay: { p99: round1(delay.percentile(99) / 1e6), max: round1(delay.max / 1e6) },
        gc: { count: pauses.length, total: round1(pauses.reduce((a, b) => a + b, 0)), max: round1(Math.max(0, ...pauses)), major },
        machine: machine0 && machine1 ? { machineBusy: machine1[0] - machine0[0], machineIdle: machine1[1] - machine0[1], steal: machine1[2] - machine0[2] } : null,
        serverCpuMs: Math.round((cpu1.user + cpu1.system) / 1000),
        mainThread: sched0 && sched1 ? { cpuMs: Math.round((sched1[0] - sched0[0]) / 1e6), waitMs: Math.round((sched1[1] - sched0[1]) / 1e6) } : null,
      };
    },
  };
}

/** Waits up to `maxMs` for the render threads to exit and RSS to come back within `marginMb` of `before`. */
async function settle(tp: TestPlatform, before: number, maxMs: number, marginMb: number) {
  const started = performance.now();
  const trace: string[] = [];
  for (let i = 0; ; i += 1) {
    const rss = process.memoryUsage.rss();
    if (i % 4 === 0) trace.push(`${Math.round((performance.now() - started) / 1000)}s:${mb(rss)}`);
    const done = tp.platform.documents.pool.threads === 0 && mb(rss) <= mb(before) + marginMb;
    if (done || performance.now() - started > maxMs) return { rss, afterMs: Math.round(performance.now() - started), trace: trace.join(' ') };
    await sleep(250);
  }
}

/** The /healthz sent from the burst's start until its last download came back: their percentiles and the slowest. */
function healthDuring(load: LoadResult, pollEveryMs: number): Pick<BurstReport, 'healthz' | 'slowest'> {
  const end = load.burstStartedAt + load.burstMs;
  const during = load.health.filter((h) => h.at >= load.burstStartedAt - pollEveryMs && h.at <= end);
  if (during.some((h) => h.status !== 200)) throw new Error('a /healthz failed during the burst');
  const times = during.map((h) => h.ms).sort((a, b) => a - b);
  return {
    healthz: { n: times.length, p50: round1(nearestRank(times, 0.5)), p99: round1(nearestRank(times, 0.99)), max: round1(times[times.length - 1] ?? NaN), over50: times.filter((t) => t > 50).length },
    slowest: [...during].sort((a, b) => b.ms - a.ms).slice(0, 5).map((h) => ({ at: Math.round(h.at - load.burstStartedAt), ms: round1(h.ms) })),
  };
}

/**
 * Sends `downloads` all at once from another process while /healthz is asked every `pollEveryMs`
 * (with none, a control: /healthz alone for `quietMs`), measures this — the server's — process
 * meanwhile, then waits up to `settleMs` for the render threads to exit and RSS to come back.
 */
export async function measureBurst(tp: TestPlatform, downloads: BurstDownload[], opts: { pollEveryMs?: number; settleMs?: number; settleMarginMb?: number; keepBody?: number; quietMs?: number } = {}): Promise<BurstReport> {
  const { pollEveryMs = 10, settleMs = 30_000, settleMarginMb = 30, keepBody = -1, quietMs = 2000 } = opts;
  await sleep(200);
  const watch = watchServer();
  const load = await runLoad({ url: tp.url, downloads, pollEveryMs, leadMs: 150, tailMs: 150, quietMs, keepBody });
  const { afterBurst, peak, machine, serverCpuMs, ...server } = watch.stop();
  const settled = await settle(tp, watch.before, settleMs, settleMarginMb);
  return {
    startedEpoch: load.burstStartedEpoch,
    burstMs: Math.round(load.burstMs),
    downloads: load.downloads.map(({ body: _body, ...d }) => d),
    kept: keepBody >= 0 ? Buffer.from(load.downloads[keepBody].body ?? '', 'base64') : null,
    ...healthDuring(load, pollEveryMs),
    ...server,
    cpu: machine && { ...machine, server: serverCpuMs, load: Math.round(load.cpuMs) },
    rss: { before: mb(watch.before), peak: mb(peak), afterBurst: mb(afterBurst), settled: mb(settled.rss), settledAfterMs: settled.afterMs, trace: settled.trace },
    threadsSettled: tp.platform.documents.pool.threads,
  };
}

/** The report in a few lines, for the test's output and BENCHMARKS.md. */
export const describeBurst = (label: string, r: BurstReport): string => [
  `${label}: ${r.downloads.length} downloads in ${r.burstMs} ms`,
  `  /healthz ×${r.healthz.n} during the burst: p50 ${r.healthz.p50} ms, p99 ${r.healthz.p99} ms, max ${r.healthz.max} ms (${r.healthz.over50} over 50 ms); slowest [sent at +ms → ms]: ${r.slowest.map((h) => `${h.at}→${h.ms}`).join(', ')}`,
  `  event-loop delay: p99 ${r.loopDelay.p99} ms, max ${r.loopDelay.max} ms; GC pauses ×${r.gc.count} (${r.gc.major} major): ${r.gc.total} ms in all, max ${r.gc.max} ms`,
  `  main thread meanwhile: ${r.mainThread ? `${r.mainThread.cpuMs} ms on a CPU, ${r.mainThread.waitMs} ms runnable but waiting for one` : 'n/a'}`,
  `  CPU meanwhile (ms, all cores): machine busy ${r.cpu?.machineBusy ?? 'n/a'}, idle ${r.cpu?.machineIdle ?? 'n/a'}, steal ${r.cpu?.steal ?? 'n/a'}; this process ${r.cpu?.server ?? 'n/a'}, the load process ${r.cpu?.load ?? 'n/a'}`,
  `  RSS: before ${r.rss.before} MB, peak ${r.rss.peak} MB, right after ${r.rss.afterBurst} MB, ${r.rss.settled} MB ${(r.rss.settledAfterMs / 1000).toFixed(1)} s later (render threads left: ${r.threadsSettled}); MB by second: ${r.rss.trace}`,
].join('\n');
