// The load side of the documents burst measurement (burst.test-support.ts), run as a process of its
// own so that its work — 30 downloads, a /healthz every few ms — never runs on the measured server's
// event loop. Started as `node --import tsx burst-load.test-support.ts '<json>'`; prints one JSON line.
//
// Every request opens a connection of its own, as 30 members' browsers and a load balancer's health
// check would: so /healthz also waits for its turn to be accepted, which is what a busy loop delays.
import { request } from 'node:http';

interface LoadConfig {
  url: string;
  downloads: { path: string; token: string }[];
  pollEveryMs: number;
  /** /healthz alone before the burst, and after it. */
  leadMs: number;
  tailMs: number;
  /** With no downloads (a control run): how long to poll /healthz alone. */
  quietMs: number;
  /** The index of the download whose body is printed (base64), or -1. */
  keepBody: number;
}

interface Answer {
  status: number;
  body: Buffer;
  started: number;
  ms: number;
  error?: string;
}

const config = JSON.parse(process.argv[2]) as LoadConfig;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const t0 = performance.now();
const at = () => performance.now() - t0;

/** One GET on a fresh connection: status, body, time from the call to the last byte. */
const get = (path: string, headers: Record<string, string> = {}) => new Promise<Answer>((resolve) => {
  const started = at();
  const req = request(`${config.url}${path}`, { agent: false, headers }, (res) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), started, ms: at() - started }));
  });
  req.on('error', (e) => resolve({ status: 0, error: String(e), body: Buffer.alloc(0), started, ms: at() - started }));
  req.end();
});

// Open loop: a /healthz is sent every `pollEveryMs` whether or not the previous one has answered,
// so a stall shows in every request it holds up (no coordinated omission).
const health: { at: number; ms: number; status: number }[] = [];
let polling = true;
const poller = (async () => {
  const pending: Promise<unknown>[] = [];
  while (polling) {
    pending.push(get('/healthz').then((r) => health.push({ at: Math.round(r.started), ms: r.ms, status: r.status })));
    await sleep(config.pollEveryMs);
  }
  await Promise.all(pending);
})();

await sleep(config.leadMs);
const burstStartedAt = at();
const results = await Promise.all(config.downloads.map(({ path, token }) => get(path, { authorization: `Bearer ${token}` })));
if (config.downloads.length === 0) await sleep(config.quietMs);
const burstMs = at() - burstStartedAt;
await sleep(config.tailMs);
polling = false;
await poller;

process.stdout.write(`${JSON.stringify({
  // Wall-clock time of the burst's start (ms since the epoch), to line up the server's own records.
  burstStartedEpoch: performance.timeOrigin + t0 + burstStartedAt,
  burstStartedAt,
  burstMs,
  downloads: results.map((r, i) => ({
    status: r.status,
    bytes: r.body.length,
    head: r.body.subarray(0, 5).toString('latin1'),
    ms: r.ms,
    error: r.error,
    body: i === config.keepBody ? r.body.toString('base64') : undefined,
  })),
  health,
  cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
})}\n`);
