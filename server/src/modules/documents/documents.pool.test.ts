import { get as httpGet } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { confirmedCase, demoTokens } from '../../test-support/scenarios.js';
import { startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { extractPdf, flat } from './pdf-text.test-support.js';

const get = (tp: TestPlatform, path: string, token: string) => fetch(`${tp.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
const protocolPath = (decisionId: string) => `/documents/decisions/${decisionId}/protocol.pdf`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

/** One GET /healthz on a connection of its own, so that it never waits behind a download on a shared one. */
const healthz = (url: string) => new Promise<void>((resolve, reject) => {
  const req = httpGet(`${url}/healthz`, { agent: false }, (res) => {
    res.resume();
    res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`healthz ${res.statusCode}`))));
  });
  req.on('error', reject);
});

/** Asks /healthz every 20 ms until stopped; returns each answer's time in ms and the highest RSS seen. */
function pollHealth(url: string): { stop: () => Promise<{ times: number[]; peakRss: number }> } {
  const times: number[] = [];
  let peakRss = process.memoryUsage().rss;
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      await healthz(url);
      times.push(performance.now() - started);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      await sleep(20);
    }
  })();
  return { stop: async () => { running = false; await loop; return { times, peakRss }; } };
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

/** The RATE_LIMITED refusal: 429, Retry-After in whole seconds, and the platform's error body. */
async function expectRateLimited(res: Response): Promise<number> {
  expect(res.status).toBe(429);
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  const body = (await res.json()) as { error: { code: string; messages: { ru: string } } };
  expect(body.error.code).toBe('RATE_LIMITED');
  expect(body.error.messages.ru.length).toBeGreaterThan(5);
  return retryAfter;
}

describe('a burst of protocol downloads, rendered on worker threads', () => {
  let tp: TestPlatform;
  let t: Record<string, string>;
  beforeAll(async () => {
    // No cache: every download below really renders.
    tp = await startTestPlatform({ env: { DOCUMENT_CACHE_MB: '0' } });
    t = await demoTokens(tp);
  });
  afterAll(() => tp.close());

  it('keeps the event loop free while 30 protocols render, /healthz answering, and every PDF whole', async () => {
    const cases = await Promise.all([0, 1, 2].map(() => confirmedCase(tp, t)));
    const rssBefore = process.memoryUsage().rss;
    const rendersBefore = tp.platform.documents.pool.renders;
    const loopDelay = monitorEventLoopDelay({ resolution: 5 });
    loopDelay.enable();
    const health = pollHealth(tp.url);
    await sleep(100);
    const started = performance.now();
    const bodies = await Promise.all(Array.from({ length: 30 }, async (_, i) => {
      const res = await get(tp, protocolPath(cases[i % 3].decision.id), t.chair);
      expect(res.status).toBe(200);
      return Buffer.from(await res.arrayBuffer());
    }));
    const burstMs = performance.now() - started;
    await sleep(100);
    const { times, peakRss } = await health.stop();
    loopDelay.disable();
    const rssAfterBurst = process.memoryUsage().rss;
    await sleep(11_000); // the idle render thread exits after 10 s
    const rssAfterIdle = process.memoryUsage().rss;
    const sorted = [...times].sort((a, b) => a - b);
    const delayMax = loopDelay.max / 1e6;
    const delayP99 = loopDelay.percentile(99) / 1e6;
    console.info([
      `30 protocols rendered in ${Math.round(burstMs)} ms`,
      `/healthz ×${times.length}: max ${ms(sorted[sorted.length - 1])}, p95 ${ms(percentile(sorted, 0.95))}, p50 ${ms(percentile(sorted, 0.5))}`,
      `event-loop delay: max ${ms(delayMax)}, p99 ${ms(delayP99)}`,
      `RSS: before ${mb(rssBefore)} MB, peak ${mb(peakRss)} MB, after the burst ${mb(rssAfterBurst)} MB, after the render thread idled out ${mb(rssAfterIdle)} MB`,
    ].join('\n'));

    expect(tp.platform.documents.pool.renders - rendersBefore).toBe(30);
    for (const pdf of bodies) expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = flat((await extractPdf(bodies[1])).text);
    expect(text).toContain(cases[1].decision.protocolNumber);
    expect(text).toMatch(/ХАТТАМА|Хаттама/);
    // One render takes ~150 ms on a thread (~0.5 s on the loop before): none of them ran on the loop.
    expect(delayP99).toBeLessThan(150);
    expect(percentile(sorted, 0.5)).toBeLessThan(50);
  }, 120_000);
});

describe('cached documents and the download budget', () => {
  let tp: TestPlatform;
  let t: Record<string, string>;
  beforeAll(async () => {
    tp = await startTestPlatform({ env: { LIMIT_DOCUMENTS_PER_MEMBER: '5/10m' } });
    t = await demoTokens(tp);
  });
  afterAll(() => tp.close());

  it('serves a repeated download from the cache, and still logs each read of the answer', async () => {
    const c = await confirmedCase(tp, t);
    const renders = () => tp.platform.documents.pool.renders;
    const before = renders();
    const first = Buffer.from(await (await get(tp, protocolPath(c.decision.id), t.chair)).arrayBuffer());
    const again = Buffer.from(await (await get(tp, protocolPath(c.decision.id), t.deputy)).arrayBuffer());
    expect(renders() - before).toBe(1);
    expect(again.equals(first)).toBe(true);

    for (let i = 0; i < 2; i += 1) expect((await get(tp, `/documents/decisions/${c.decision.id}/answer.pdf`, t.secretary)).status).toBe(200);
    expect(renders() - before).toBe(2);
    const logged = await query(tp.dbUrl, `select 1 from case_event where case_id = $1 and kind = 'pii.viewed' and payload->>'document' = 'answer'`, [c.id]);
    expect(logged).toHaveLength(2);
  });

  it('refuses a member past their download budget with 429 and Retry-After, and leaves another member alone', async () => {
    const c = await confirmedCase(tp, t);
    for (let i = 0; i < 5; i += 1) expect((await get(tp, protocolPath(c.decision.id), t.member1)).status).toBe(200);
    const retryAfter = await expectRateLimited(await get(tp, protocolPath(c.decision.id), t.member1));
    expect(retryAfter).toBeLessThanOrEqual(120); // one download back every 10 min / 5
    expect((await get(tp, protocolPath(c.decision.id), t.member2)).status).toBe(200);
  });
});

describe('the render queue', () => {
  let tp: TestPlatform;
  let t: Record<string, string>;
  beforeAll(async () => {
    tp = await startTestPlatform({ env: { DOCUMENT_CACHE_MB: '0', DOCUMENT_RENDER_THREADS: '1', DOCUMENT_RENDER_QUEUE: '1' } });
    t = await demoTokens(tp);
  });
  afterAll(() => tp.close());

  it('answers 429 with Retry-After when more documents wait than the queue holds, and renders the rest', async () => {
    const c = await confirmedCase(tp, t);
    const responses = await Promise.all(Array.from({ length: 8 }, () => get(tp, protocolPath(c.decision.id), t.chair)));
    const ok = responses.filter((r) => r.status === 200);
    const refused = responses.filter((r) => r.status !== 200);
    expect(ok.length).toBeGreaterThanOrEqual(2); // one rendering, one waiting
    expect(refused.length).toBeGreaterThan(0);
    for (const res of refused) await expectRateLimited(res);
    for (const res of ok) expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
