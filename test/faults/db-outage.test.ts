import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '../../server/src/config/env.js';
import { startPlatform, type Platform } from '../../server/src/app/platform.js';
import { startEmbeddedPostgres, type EmbeddedCluster } from '../../server/src/db/embedded.js';
import { prepareTemplate } from '../../server/src/test-support/template.js';
import { applicationInput, REGISTER } from '../../server/src/test-support/factories.js';
import { silentLogger } from '../../server/src/test-support/platform.js';
import { query } from '../../server/src/test-support/databases.js';
import { collect, wsClient } from '../../server/src/test-support/ws-client.js';
import { ADD_COMMENT, gqlAttempt, gqlData, signIn, type GqlAttempt } from '../../server/src/test-support/graphql-http.js';
import { GENEROUS_LIMITS } from '../../server/src/test-support/limits.js';
import { exactlyOnceInOrder, resumableFeed } from '../support/resumable-feed.js';

// Its own cluster: stopping it must not disturb the other test files.
let dir: string;
let cluster: EmbeddedCluster;
let platform: Platform;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string) => gqlAttempt<T>(platform.url, query, variables, token);

const rows = <T extends Record<string, unknown>>(sql: string, params: unknown[]) => query<T>(cluster.url('postgres'), sql, params);

/** Retries a write until the pool has reconnected (a refused write is an error, never a silent loss). */
async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn().catch(() => undefined as T);
    if (v !== undefined && ok(v)) return v;
    if (Date.now() > end) throw new Error('did not recover in time');
    await sleep(200);
  }
}

/** The close code a fresh WebSocket gets when it signs in (connection_init) with `token`. */
function closeCodeOnConnect(token: string): Promise<{ code: number; reason: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${platform.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    const timer = setTimeout(() => { ws.terminate(); reject(new Error('no close in 10 s')); }, 10_000);
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    ws.on('message', (m) => { if (JSON.parse(String(m)).type === 'connection_ack') ws.close(1000); });
    ws.on('close', (code, reason) => { clearTimeout(timer); resolve({ code, reason: String(reason) }); });
    ws.on('error', () => undefined);
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'panel-restart-'));
  cluster = await startEmbeddedPostgres(path.join(dir, 'pg'), () => undefined);
  await prepareTemplate(cluster.url('postgres'));
  const env = parseEnv({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: cluster.url('postgres'), DATA_DIR: dir, DEMO: '1', LOG_LEVEL: 'silent', ...GENEROUS_LIMITS });
  platform = await startPlatform(env, silentLogger());
});
afterAll(async () => {
  await platform?.close();
  await cluster?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('the database restarts while a client is subscribed', () => {
  it('the live feed reconnects by itself and the subscriber catches up from the log', async () => {
    const secretary = await signIn(platform.url, 'secretary@demo.kz');
    const member = await signIn(platform.url, 'member1@demo.kz');
    const { registerApplication: kase } = await gqlData<{ registerApplication: { id: string } }>(platform.url, REGISTER, { input: applicationInput() }, secretary);
    const client = wsClient(platform.url, member);
    const feed = collect<{ seq: string; comment: { body: string } | null }>(
      client, 'subscription($id: ID!) { caseEvents(caseId: $id, after: "0") { seq comment { body } } }', { id: kase.id }, 'caseEvents');
    await feed.until(1);
    const reconnectsBefore = platform.feed.reconnects;

    await cluster.stop();
    const during = await gql('mutation($c: ID!) { addComment(caseId: $c, body: "пока база недоступна") { id } }', { c: kase.id }, member);
    expect(during.errors?.[0].extensions?.code).toBe('INTERNAL'); // refused, not silently lost
    await cluster.start();

    await until(() => gql('mutation($c: ID!) { addComment(caseId: $c, body: "после перезапуска") { id } }', { c: kase.id }, member), (r) => !!r.data?.addComment);
    const events = await feed.until(2, 20_000);
    expect(events[1].comment?.body).toBe('после перезапуска');
    expect(feed.items.some((e) => e.comment?.body === 'пока база недоступна')).toBe(false);
    await until(async () => platform.feed.reconnects, (n) => n > reconnectsBefore);
    feed.stop();
    await client.dispose();
  }, 60_000);
});

describe('the database stops during a burst of writes', () => {
  interface Outcome { body: string; answer: GqlAttempt<{ addComment: { id: string } }>; startedAt: number }

  it('acknowledged writes are stored once, refused ones fail fast with a retryable INTERNAL, the pool recovers, and late subscribers catch up', async () => {
    const writers = ['member1', 'member2', 'member3', 'chair', 'deputy', 'secretary'];
    const tokens = await Promise.all(writers.map((w) => signIn(platform.url, `${w}@demo.kz`)));
    const unseen = await signIn(platform.url, 'member5@demo.kz'); // never used with its token before the outage
    const { registerApplication: kase } = await gqlData<{ registerApplication: { id: string } }>(platform.url, REGISTER, { input: applicationInput() }, tokens[5]);
    const before = resumableFeed({ urls: [platform.url], token: tokens[0], caseId: kase.id, after: '0' });
    await before.until((e) => e.length >= 1, 10_000);

    // N writers, each writing one comment after another until told to stop.
    const outcomes: Outcome[] = [];
    let writing = true;
    const burst = writers.map(async (w, i) => {
      for (let k = 0; writing; k++) {
        const body = `${w}-${k}`;
        const startedAt = Date.now();
        const answer = await gqlAttempt<{ addComment: { id: string } }>(platform.url, ADD_COMMENT, { c: kase.id, b: body }, tokens[i], 10_000);
        outcomes.push({ body, answer, startedAt });
        await sleep(answer.data?.addComment ? 20 : 100);
      }
    });

    await sleep(800);
    await cluster.stop();
    const downAt = Date.now();
    // A subscriber that arrives while the database is away, and a socket whose member is not cached yet.
    await sleep(300);
    const during = resumableFeed({ urls: [platform.url], token: tokens[1], caseId: kase.id, after: '0', retryMs: 300 });
    const unseenClose = await closeCodeOnConnect(unseen);
    await sleep(1_500);
    await cluster.start();
    const upAt = Date.now();
    await sleep(3_000);
    writing = false;
    await Promise.all(burst);

    // No call hung and none failed below GraphQL: each was answered, with data or with a stable code.
    expect(outcomes.filter((o) => o.answer.failure)).toEqual([]);
    const acked = outcomes.filter((o) => o.answer.data?.addComment);
    const refused = outcomes.filter((o) => !o.answer.data?.addComment);
    expect(acked.length).toBeGreaterThan(writers.length);
    expect(refused.length).toBeGreaterThan(0);
    for (const o of refused) {
      expect(o.answer.errors?.map((e) => e.extensions?.code)).toEqual(['INTERNAL']);
      expect(o.answer.errors?.[0].extensions?.retryable).toBe(true);
      expect(JSON.stringify(o.answer.errors)).not.toMatch(/ECONN|insert|select|postgres|127\.0\.0\.1|\.ts:\d|at \w+ \(/i);
      expect(o.answer.ms).toBeLessThan(5_000);
    }
    expect(unseenClose.code).toBe(1013); // retryable by clients, unlike graphql-ws's 4500
    expect(unseenClose.reason).not.toMatch(/ECONN|127\.0\.0\.1/);

    // The pool recovered by itself: every writer's last write, started well after the restart, succeeded.
    for (const w of writers) {
      const mine = outcomes.filter((o) => o.body.startsWith(`${w}-`));
      expect(mine.at(-1)!.answer.data?.addComment, w).toBeTruthy();
    }
    expect(acked.some((o) => o.startedAt > upAt)).toBe(true);

    // Every acknowledged write is stored exactly once, under the id it was acknowledged with.
    const stored = await rows<{ id: string; body: string }>('select id, body from comment where case_id = $1', [kase.id]);
    const byBody = new Map<string, string[]>();
    for (const r of stored) byBody.set(r.body, [...(byBody.get(r.body) ?? []), r.id]);
    for (const o of acked) expect(byBody.get(o.body), o.body).toEqual([o.answer.data!.addComment.id]);
    // A refused write may have committed just as the connection died (its answer was lost); never twice.
    const refusedButStored = refused.filter((o) => byBody.has(o.body));
    for (const o of refusedButStored) expect(byBody.get(o.body)).toHaveLength(1);
    expect(stored.length).toBe(acked.length + refusedButStored.length);

    // Both subscribers end with every event of the case exactly once, in seq order.
    const expected = (await rows<{ seq: string }>('select seq::text from case_event where case_id = $1 order by seq', [kase.id])).map((r) => r.seq);
    for (const feed of [before, during]) {
      await feed.until((e) => e.length >= expected.length, 20_000);
      await sleep(200);
      expect(exactlyOnceInOrder(feed.events, expected), `${feed.events.length} of ${expected.length}; losses ${feed.losses.join(' | ')}`).toBe(true);
    }
    expect(during.resubscribes).toBeGreaterThan(0); // it was refused while the database was away, then resumed
    console.info(`db outage: ${outcomes.length} writes, ${acked.length} acknowledged, ${refused.length} refused (${refusedButStored.length} of them stored), outage ${upAt - downAt} ms, ` +
      `slowest refusal ${Math.max(...refused.map((o) => o.answer.ms))} ms; late subscriber resubscribed ${during.resubscribes}×`);
    await before.stop();
    await during.stop();
  }, 60_000);
});
