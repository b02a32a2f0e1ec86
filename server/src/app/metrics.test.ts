import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../test-support/databases.js';
import { applicationInput, REGISTER } from '../test-support/factories.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../test-support/platform.js';
import { collect, wsClient } from '../test-support/ws-client.js';
import { PlatformMetrics, type MetricSources } from './metrics.js';

const TOKEN = 'metrics-token-for-tests-0123456789';
const FEED = 'subscription MetricsFeed($id: ID!) { caseEvents(caseId: $id) { seq kind } }';
const START = 'mutation StartScreening($id: ID!) { startScreening(caseId: $id) { status } }';

let tp: TestPlatform;
let secretary: string;
beforeAll(async () => {
  tp = await startTestPlatform({ env: { METRICS_TOKEN: TOKEN } });
  secretary = await tp.login('secretary@demo.kz');
});
afterAll(() => tp.close());

const scrape = async (url = `${tp.url}/metrics`, token: string | null = TOKEN) => {
  const res = await fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
};

/** The sum of a metric's samples whose labels include every one of `labels`; null when there is none. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | null {
  let total: number | null = null;
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const has = Object.entries(labels).every(([k, v]) => (m[2] ?? '').includes(`${k}="${v}"`));
    if (has) total = (total ?? 0) + Number(m[3]);
  }
  return total;
}

/** Scrapes until `check` holds (gauges follow closes and deliveries asynchronously). */
async function eventually(check: (text: string) => boolean, ms = 5_000): Promise<string> {
  const until = Date.now() + ms;
  for (;;) {
    const { text } = await scrape();
    if (check(text) || Date.now() > until) return text;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('/metrics behind METRICS_TOKEN', () => {
  it.each([
    ['no token', null],
    ['a wrong token', 'metrics-token-for-tests-0123456780'],
    ['a member token', 'not-the-metrics-token'],
  ])('refuses a scrape with %s (401)', async (_what, token) => {
    const r = await scrape(undefined, token);
    expect(r.status).toBe(401);
    expect(r.text).not.toContain('graphql_');
  });

  it('serves Prometheus exposition text with the token', async () => {
    const r = await scrape();
    expect(r.status).toBe(200);
    expect(r.type).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = r.text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    expect(samples.length).toBeGreaterThan(20);
    for (const line of samples) expect(line).toMatch(/^[a-zA-Z_:][\w:]*(\{([a-zA-Z_]\w*="(?:[^"\\]|\\.)*",?)*\})? (-?\d+(\.\d+)?(e[+-]?\d+)?|NaN|[+-]Inf)$/);
    for (const name of ['process_cpu_user_seconds_total', 'jobs_pending', 'jobs_due', 'jobs_failed', 'db_pool_used', 'db_pool_free', 'db_pool_pending', 'ws_connections', 'ws_subscriptions']) {
      expect(sample(r.text, name), name).not.toBeNull();
    }
    expect(sample(r.text, 'jobs_pending')).toBeGreaterThanOrEqual(1); // the recurring jobs seeded at boot
    expect(sample(r.text, 'jobs_failed')).toBe(0);
  });

  it('reads the job gauges from the table on every scrape', async () => {
    const before = (await scrape()).text;
    await query(tp.dbUrl, `update scheduled_job set failed_at = now(), attempts = 5 where id = (select min(id) from scheduled_job where done_at is null and failed_at is null)`);
    const after = (await scrape()).text;
    expect(sample(after, 'jobs_failed')).toBe(1);
    expect(sample(after, 'jobs_pending')).toBe(sample(before, 'jobs_pending')! - 1);
  });

  it('times operations by name and kind, and counts FORBIDDEN among the errors sent', async () => {
    for (let i = 0; i < 3; i++) await tp.gql('query MetricsMe { me { id } }', {}, secretary);
    await tp.gql('{ me { id } }', {}, secretary);
    const member = await tp.login('member1@demo.kz');
    const c = (await tp.gql(REGISTER, { input: applicationInput() }, secretary)).data!.registerApplication as { id: string };
    expect(codeOf(await tp.gql(START, { id: c.id }, member))).toBe('FORBIDDEN');
    const { text } = await scrape();
    expect(sample(text, 'graphql_request_duration_seconds_count', { operation: 'MetricsMe', kind: 'query' })).toBe(3);
    expect(sample(text, 'graphql_request_duration_seconds_count', { operation: 'anonymous', kind: 'query' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'graphql_request_duration_seconds_count', { operation: 'StartScreening', kind: 'mutation' })).toBe(1);
    expect(sample(text, 'graphql_errors_total', { code: 'FORBIDDEN', transport: 'http' })).toBe(1);
    // Labels carry names and codes only: nothing of the case or of a person.
    expect(text).not.toContain(c.id);
    expect(text).not.toContain('@demo.kz');
  });

  it('counts sockets and subscriptions while open and not after, and measures delivery lag once per event', async () => {
    const before = await scrape();
    const lagBefore = sample(before.text, 'event_delivery_lag_seconds_count') ?? 0;
    const c = (await tp.gql(REGISTER, { input: applicationInput() }, secretary)).data!.registerApplication as { id: string };
    const client = wsClient(tp.url, await tp.login('member2@demo.kz'));
    const feeds = [collect(client, FEED, { id: c.id }, 'caseEvents'), collect(client, FEED, { id: c.id }, 'caseEvents')];
    const open = await eventually((t) => sample(t, 'ws_subscriptions') === 2);
    expect(sample(open, 'ws_connections')).toBe(1);
    expect(sample(open, 'ws_subscriptions')).toBe(2);
    expect(sample(open, 'graphql_request_duration_seconds_count', { operation: 'MetricsFeed', kind: 'subscription' })).toBe(2);

    expect((await tp.gql(START, { id: c.id }, secretary)).data!.startScreening.status).toBe('SCREENING');
    await Promise.all(feeds.map((f) => f.until(1)));
    // Two subscribers, one event: observed once on this instance.
    const delivered = await eventually((t) => sample(t, 'event_delivery_lag_seconds_count') === lagBefore + 1);
    expect(sample(delivered, 'event_delivery_lag_seconds_count')).toBe(lagBefore + 1);

    feeds[0].stop();
    expect(sample(await eventually((t) => sample(t, 'ws_subscriptions') === 1), 'ws_subscriptions')).toBe(1);
    await client.dispose();
    const closed = await eventually((t) => sample(t, 'ws_connections') === 0);
    expect(sample(closed, 'ws_connections')).toBe(0);
    expect(sample(closed, 'ws_subscriptions')).toBe(0);
  });

  it('counts errors sent over the WebSocket by code', async () => {
    const client = wsClient(tp.url, await tp.login('analyst@demo.kz'));
    const feed = collect(client, FEED, { id: '00000000-0000-4000-8000-000000000000' }, 'caseEvents');
    await feed.done;
    await client.dispose();
    expect(JSON.stringify(feed.errors)).toContain('FORBIDDEN');
    expect(sample((await scrape()).text, 'graphql_errors_total', { code: 'FORBIDDEN', transport: 'ws' })).toBe(1);
  });
});

describe('/metrics on METRICS_PORT', () => {
  let own: TestPlatform;
  beforeAll(async () => { own = await startTestPlatform({ demo: false, env: { METRICS_PORT: '0' } }); });
  afterAll(() => own.close());

  it('serves metrics on its own port only', async () => {
    expect(own.platform.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    expect(own.platform.metricsUrl).not.toContain(own.url);
    const r = await scrape(own.platform.metricsUrl!, null);
    expect(r.status).toBe(200);
    expect(sample(r.text, 'ws_connections')).toBe(0);
    const main = await fetch(`${own.url}/metrics`);
    expect(await main.text()).not.toContain('graphql_request_duration_seconds');
    expect((await fetch(own.platform.metricsUrl!.replace('/metrics', '/graphql'))).status).toBe(404);
  });
});

describe('without METRICS_PORT or METRICS_TOKEN', () => {
  it('has no metrics endpoint', async () => {
    expect(tp.platform.metricsUrl).toBe(`${tp.url}/metrics`);
    const plain = await startTestPlatform({ demo: false });
    try {
      expect(plain.platform.metricsUrl).toBeNull();
      expect(await (await fetch(`${plain.url}/metrics`)).text()).not.toContain('graphql_request_duration_seconds');
    } finally {
      await plain.close();
    }
  });
});

describe('PlatformMetrics', () => {
  // No database: the pool reads 0 and the job gauges NaN, which the exposition allows.
  const offline = () => new PlatformMetrics({
    orm: { em: { getConnection: () => { throw new Error('offline'); } } },
    feed: { subscriberCount: 0, reconnects: 0 },
  } as unknown as MetricSources);

  it('keeps 100 operation names and folds the rest into other', async () => {
    const m = offline();
    for (let i = 0; i < 150; i++) m.observeOperation(`Op${i}`, 'query', 0.01);
    m.observeOperation('Op3', 'query', 0.01);
    m.observeOperation('not a name!', 'mutation', 0.01);
    const text = await m.scrape();
    expect(new Set([...text.matchAll(/operation="(\w+)"/g)].map((x) => x[1])).size).toBe(101);
    expect(sample(text, 'graphql_request_duration_seconds_count', { operation: 'other', kind: 'query' })).toBe(50);
    expect(sample(text, 'graphql_request_duration_seconds_count', { operation: 'other', kind: 'mutation' })).toBe(1);
    expect(sample(text, 'graphql_request_duration_seconds_count', { operation: 'Op3' })).toBe(2);
    expect(sample(text, 'jobs_pending')).toBeNaN();
  });

  it('measures each event once however many tails read it, from its time in the log', async () => {
    const m = offline();
    const at = new Date(Date.now() - 2_000);
    m.delivered([{ seq: '7', at }, { seq: '8', at }]);
    m.delivered([{ seq: '8', at }]); // the panel's tail reads what the case's tail read
    const text = await m.scrape();
    expect(sample(text, 'event_delivery_lag_seconds_count')).toBe(2);
    expect(sample(text, 'event_delivery_lag_seconds_bucket', { le: '1' })).toBe(0);
    expect(sample(text, 'event_delivery_lag_seconds_sum')).toBeGreaterThanOrEqual(4);
  });

  it('counts error codes, and an unknown shape as other', async () => {
    const m = offline();
    m.countErrors([{ extensions: { code: 'FORBIDDEN' } }, { extensions: { code: 'lower-case' } }, {}], 'http');
    const text = await m.scrape();
    expect(sample(text, 'graphql_errors_total', { code: 'FORBIDDEN' })).toBe(1);
    expect(sample(text, 'graphql_errors_total', { code: 'other' })).toBe(1);
    expect(sample(text, 'graphql_errors_total', { code: 'NONE' })).toBe(1);
  });
});
