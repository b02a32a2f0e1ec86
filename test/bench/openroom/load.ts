import http from 'node:http';
import { sha256 } from '../../../server/src/app/persisted/persisted-documents.js';
import { sleep } from '../lib/clock.js';
import { summarize, type Summary } from '../lib/stats.js';

/** One of the client's operations, ready to POST (the body differs only by the case id). */
export interface RoomOperation {
  operationName: string;
  query: string;
  byCase: boolean;
}

const MAX_KEPT_ERRORS = 5;

/** What one phase measured on one side. */
export interface PhaseMeasurement {
  mode: 'fixed' | 'max';
  /** Room opens (each = every operation of the room, sent together) completed in the window. */
  opens: number;
  requests: number;
  errors: number;
  errorSamples: string[];
  wallMs: number;
  opensPerS: number;
  requestsPerS: number;
  /** Per room open: from its due time (fixed rate) or its send (max) to its last answer. */
  openLatency: Summary | null;
  /** Per HTTP request, measured the same way. */
  requestLatency: Summary | null;
  /** Response bytes per open (all operations), mean. */
  bytesPerOpen: number;
  /** Opens sent more than 10 ms after their due time (the load generator fell behind, or all slots were taken). */
  lateSends: number;
  /** Fixed rate: opens not sent or not answered when the phase ended; their waits so far are in the latencies. */
  unfinished: number;
  appCpuMs: number | null;
  loadGeneratorCpuMs: number;
}

/** A keep-alive HTTP client that POSTs the room's operations and checks each answer has data and no errors. */
export class RoomClient {
  private readonly agent: http.Agent;
  private readonly host: string;
  private readonly port: number;
  private readonly bodies: Map<string, Buffer[]> = new Map();

  constructor(url: string, sockets: number, private readonly token: string, private readonly operations: readonly RoomOperation[]) {
    const u = new URL(url);
    this.host = u.hostname;
    this.port = Number(u.port);
    this.agent = new http.Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
  }

  /**
   * The request bodies for a case, made once: as the client sends them, by the sha256 of the text
   * (persisted documents); with the text too when `withText` (the client's retry on
   * PersistedQueryNotFound, which registers the document with a server that lacks it).
   */
  private bodiesFor(caseId: string, withText = false): Buffer[] {
    const key = `${withText ? 'text' : 'hash'}:${caseId}`;
    let b = this.bodies.get(key);
    if (!b) {
      b = this.operations.map((op) => Buffer.from(JSON.stringify({
        operationName: op.operationName,
        ...(withText ? { query: op.query } : {}),
        variables: op.byCase ? { id: caseId } : {},
        extensions: { persistedQuery: { version: 1, sha256Hash: sha256(op.query) } },
      })));
      this.bodies.set(key, b);
    }
    return b;
  }

  /** One POST; resolves with the body's length, rejects on a non-200 status or an answer that is not `{"data":…}` alone. Raw http.request on purpose (a measured keep-alive load, pre-encoded bodies), not gqlPost. */
  private post(body: Buffer): Promise<number> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        { host: this.host, port: this.port, path: '/graphql', method: 'POST', agent: this.agent, headers: { 'content-type': 'application/json', 'content-length': body.length, authorization: `Bearer ${this.token}` } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks);
            // Errors come first in a GraphQL answer: an answer that starts with data has none.
            if (res.statusCode !== 200 || text.subarray(0, 8).toString() !== '{"data":') reject(new Error(`HTTP ${res.statusCode}: ${text.subarray(0, 300).toString()}`));
            else resolve(text.length);
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  /** The whole answer of each operation, parsed, for checking the two sides agree; sent with the text, so the server knows each hash after. */
  async fetchAll(caseId: string): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const [i, body] of this.bodiesFor(caseId, true).entries()) {
      const text = await new Promise<string>((resolve, reject) => {
        const req = http.request({ host: this.host, port: this.port, path: '/graphql', method: 'POST', agent: this.agent, headers: { 'content-type': 'application/json', 'content-length': body.length, authorization: `Bearer ${this.token}` } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
          res.on('error', reject);
        });
        req.on('error', reject);
        req.end(body);
      });
      out[this.operations[i].operationName] = JSON.parse(text);
    }
    return out;
  }

  /** Opens a room: every operation at once, as the page does; `onRequest` gets each request's latency. */
  async open(caseId: string, since: number, onRequest: (ms: number) => void): Promise<number> {
    const sizes = await Promise.all(this.bodiesFor(caseId).map(async (b) => {
      const n = await this.post(b);
      onRequest(performance.now() - since);
      return n;
    }));
    return sizes.reduce((a, b) => a + b, 0);
  }

  close(): void {
    this.agent.destroy();
  }
}

interface Window {
  opens: number[];
  requests: number[];
  bytes: number;
  errors: number;
  lateSends: number;
  unfinished: number;
}

const record = (w: Window, errorSamples: string[]) => ({
  ok: (bytes: number, ms: number) => { w.opens.push(ms); w.bytes += bytes; },
  fail: (e: unknown) => { w.errors += 1; if (errorSamples.length < MAX_KEPT_ERRORS) errorSamples.push((e as Error).message); },
});

/**
 * Open loop: room opens at `opensPerS`, each on its own due time, for `ms`. At most `cap` opens are
 * outstanding (a send waits for a free slot, and its latency still counts from its due time); at
 * `ms + drainMs` the phase ends: opens not sent or not answered by then count with the time they
 * had waited so far (a lower bound), as `unfinished`. Answers still on their way are awaited, not
 * counted, so the next phase starts on an idle server.
 */
async function fixedRate(client: RoomClient, cases: string[], opensPerS: number, ms: number, drainMs: number, w: Window, errorSamples: string[]): Promise<void> {
  const period = 1000 / opensPerS;
  const count = Math.max(1, Math.round((ms / 1000) * opensPerS));
  const cap = Math.max(16, Math.ceil(opensPerS));
  const start = performance.now();
  const hardEnd = start + ms + drainMs;
  const pending = new Map<number, Promise<void>>();
  const dueOf = new Map<number, number>();
  const r = record(w, errorSamples);
  let closed = false;
  let sent = 0;
  for (let i = 0; i < count; i++) {
    const due = start + i * period;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    while (pending.size >= cap && performance.now() < hardEnd) await Promise.race([...pending.values(), sleep(hardEnd - performance.now())]);
    if (performance.now() >= hardEnd) break;
    if (performance.now() - due > 10) w.lateSends += 1;
    dueOf.set(i, due);
    // Latency counts from the due time, so a late send is not hidden (no coordinated omission).
    const done = client.open(cases[i % cases.length], due, (x) => { if (!closed) w.requests.push(x); })
      .then((bytes) => { if (!closed) r.ok(bytes, performance.now() - due); }, (e) => { if (!closed) r.fail(e); })
      .finally(() => pending.delete(i));
    pending.set(i, done);
    sent += 1;
  }
  while (pending.size && performance.now() < hardEnd) await Promise.race([...pending.values(), sleep(hardEnd - performance.now())]);
  closed = true;
  const end = performance.now();
  const censored = [...pending.keys()].map((i) => end - dueOf.get(i)!);
  for (let i = sent; i < count; i++) censored.push(Math.max(0, end - (start + i * period)));
  w.unfinished = censored.length;
  for (const ms of censored) { w.opens.push(ms); w.requests.push(ms); }
  await Promise.all(pending.values());
}

/** Closed loop: `clients` loops, each opening the next room when the previous one is open, for `ms`. */
async function maxRate(client: RoomClient, cases: string[], clients: number, ms: number, w: Window, errorSamples: string[]): Promise<void> {
  const end = performance.now() + ms;
  let next = 0;
  const r = record(w, errorSamples);
  const loop = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      await client.open(cases[next++ % cases.length], t0, (x) => w.requests.push(x)).then((bytes) => r.ok(bytes, performance.now() - t0), r.fail);
    }
  };
  await Promise.all(Array.from({ length: clients }, loop));
}

/** One measured phase with CPU read at its edges. */
export async function runPhase(o: {
  mode: 'fixed' | 'max';
  client: RoomClient;
  cases: string[];
  /** Opens per second (fixed) or concurrent loops (max). */
  level: number;
  ms: number;
  /** Fixed rate: how long after the last due time answers are waited for. */
  drainMs?: number;
  appCpuMs: () => number | null;
}): Promise<PhaseMeasurement> {
  const w: Window = { opens: [], requests: [], bytes: 0, errors: 0, lateSends: 0, unfinished: 0 };
  const errorSamples: string[] = [];
  const app0 = o.appCpuMs();
  const own0 = process.cpuUsage();
  const t0 = performance.now();
  if (o.mode === 'fixed') await fixedRate(o.client, o.cases, o.level, o.ms, o.drainMs ?? o.ms, w, errorSamples);
  else await maxRate(o.client, o.cases, o.level, o.ms, w, errorSamples);
  const wallMs = performance.now() - t0;
  const own = process.cpuUsage(own0);
  const app1 = o.appCpuMs();
  return {
    mode: o.mode,
    opens: w.opens.length - w.unfinished,
    requests: w.requests.length - w.unfinished,
    errors: w.errors,
    errorSamples,
    wallMs,
    opensPerS: ((w.opens.length - w.unfinished) * 1000) / wallMs,
    requestsPerS: ((w.requests.length - w.unfinished) * 1000) / wallMs,
    openLatency: summarize(Float64Array.from(w.opens)),
    requestLatency: summarize(Float64Array.from(w.requests)),
    bytesPerOpen: w.opens.length > w.unfinished ? w.bytes / (w.opens.length - w.unfinished) : 0,
    lateSends: w.lateSends,
    unfinished: w.unfinished,
    appCpuMs: app0 === null || app1 === null ? null : app1 - app0,
    loadGeneratorCpuMs: (own.user + own.system) / 1000,
  };
}
