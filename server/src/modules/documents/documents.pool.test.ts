import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { confirmedCase, demoTokens } from '../../test-support/scenarios.js';
import { startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { describeBurst, measureBurst } from './burst.test-support.js';
import { extractPdf, flat } from './pdf-text.test-support.js';

const get = (tp: TestPlatform, path: string, token: string) => fetch(`${tp.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
const protocolPath = (decisionId: string) => `/documents/decisions/${decisionId}/protocol.pdf`;

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

describe('a burst of 30 distinct protocols, rendered on worker threads', () => {
  let tp: TestPlatform;
  let t: Record<string, string>;
  beforeAll(async () => {
    tp = await startTestPlatform();
    t = await demoTokens(tp);
  });
  afterAll(() => tp.close());

  // The measurement behind issue 14 (BENCHMARKS.md): 30 members download 30 different protocols at
  // once (nothing cached) while /healthz is asked every 10 ms from another process. The target is
  // /healthz within 50 ms (p99 and max); asserted here with room for a busy 2-core test machine, on
  // top of what /healthz takes on it right now with no downloads at all (the control).
  it('keeps /healthz answering while 30 protocols render, every PDF whole, and gives the memory back', async () => {
    const cases = [];
    for (let i = 0; i < 30; i += 6) cases.push(...(await Promise.all(Array.from({ length: 6 }, () => confirmedCase(tp, t)))));
    const who = ['chair', 'deputy', 'secretary', 'member1', 'member2', 'member3', 'member4', 'member5'];
    const rendersBefore = tp.platform.documents.pool.renders;

    const control = await measureBurst(tp, [], { settleMs: 0 });
    const r = await measureBurst(tp, cases.map((c, i) => ({ path: protocolPath(c.decision.id), token: t[who[i % who.length]] })), { keepBody: 7 });
    console.info(`${describeBurst('control, /healthz alone', control)}\n${describeBurst('30 distinct protocols', r)}`);

    expect(r.downloads.map((d) => d.status)).toEqual(Array(30).fill(200));
    for (const d of r.downloads) expect(d.head).toBe('%PDF-');
    expect(tp.platform.documents.pool.renders - rendersBefore).toBe(30);
    const text = flat((await extractPdf(r.kept!)).text);
    expect(text).toContain(cases[7].decision.protocolNumber);
    expect(text).toMatch(/ХАТТАМА|Хаттама/);

    expect(r.healthz.n).toBeGreaterThan(50);
    expect(r.healthz.p50).toBeLessThan(50);
    expect(r.healthz.max).toBeLessThan(250 + control.healthz.max);
    // The idle render thread exits and its memory goes with it (one thread holds ~100 MB).
    expect(r.threadsSettled).toBe(0);
    expect(r.rss.settled).toBeLessThan(r.rss.before + 64);
  }, 180_000);
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

    for (let i = 0; i < 2; i += 1) expect((await get(tp, `/documents/cases/${c.id}/answer.pdf`, t.secretary)).status).toBe(200);
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
