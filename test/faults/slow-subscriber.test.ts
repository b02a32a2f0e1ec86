import type { Socket } from 'node:net';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationInput, REGISTER } from '../../server/src/test-support/factories.js';
import { startTestPlatform, type TestPlatform } from '../../server/src/test-support/platform.js';
import { ADD_COMMENT, gqlAttempt } from '../../server/src/test-support/graphql-http.js';
import { exactlyOnceInOrder, resumableFeed, type FeedEvent } from '../support/resumable-feed.js';
import { query } from '../../server/src/test-support/databases.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Latency percentile of a sample (nearest rank). */
function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const NORMAL = 20;
const SLOW_SUBSCRIPTIONS = 30; // on one socket: its unsent frames add up quickly
const STALL_MS = 1_500;
const BODY = 'ж'.repeat(9_000); // 18 KB of UTF-8 per comment, so that the kernel's buffers fill in seconds

let tp: TestPlatform;
beforeAll(async () => {
  tp = await startTestPlatform({ env: { WS_STALL_MS: String(STALL_MS), WS_MAX_BUFFERED_BYTES: String(4 * 1024 * 1024) } });
});
afterAll(() => tp?.close());

/** A raw graphql-ws client that subscribes and then stops reading its socket. */
async function stalledReader(token: string, caseId: string) {
  const ws = new WebSocket(`${tp.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const received: FeedEvent[] = [];
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  ws.on('error', () => undefined);
  await new Promise((resolve) => ws.once('open', resolve));
  const openedAt = Date.now();
  ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  await new Promise<void>((resolve) => ws.on('message', (m) => {
    const msg = JSON.parse(String(m));
    if (msg.type === 'connection_ack') resolve();
    if (msg.type === 'next' && msg.id === 's0') received.push(msg.payload.data.caseEvents);
  }));
  for (let i = 0; i < SLOW_SUBSCRIPTIONS; i++) {
    ws.send(JSON.stringify({ id: `s${i}`, type: 'subscribe', payload: { query: 'subscription($id: ID!) { caseEvents(caseId: $id, after: "0") { seq kind comment { body } } }', variables: { id: caseId } } }));
  }
  const socket = (ws as unknown as { _socket: Socket })._socket;
  socket.pause();
  return { openedAt, received, closed, resume: () => socket.resume() };
}

describe('a subscriber that never reads', () => {
  it('is cut off within a bound without slowing the others, and resumes from its last seq without a gap', async () => {
    const t = Object.fromEntries(await Promise.all(['secretary', 'member1', 'member2', 'member3', 'chair', 'deputy', 'advisor', 'member4', 'member5'].map(async (m) => [m, await tp.login(`${m}@demo.kz`)] as const)));
    const readers = ['member1', 'member2', 'member3', 'chair', 'deputy', 'advisor'];
    const kase = (await tp.gql(REGISTER, { input: applicationInput() }, t.secretary)).data!.registerApplication as { id: string };

    // Delivery latency: from the event's transaction (the database's clock, on this machine) to its arrival.
    const latencies: number[] = [];
    const onEvent = (e: FeedEvent, receivedAt: number) => { if (e.kind === 'COMMENT_ADDED') latencies.push(receivedAt - Date.parse(e.at)); };
    const normal = Array.from({ length: NORMAL }, (_, i) =>
      resumableFeed({ urls: [tp.url], token: t[readers[i % readers.length]], caseId: kase.id, after: '0', onEvent, fields: 'seq kind at' }));
    await Promise.all(normal.map((f) => f.until((e) => e.length >= 1, 10_000)));
    const baseline = tp.platform.feed.subscriberCount;

    const slow = await stalledReader(t.member4, kase.id);
    for (const end = Date.now() + 10_000; tp.platform.feed.subscriberCount < baseline + SLOW_SUBSCRIPTIONS && Date.now() < end;) await sleep(20);
    expect(tp.platform.feed.subscriberCount).toBe(baseline + SLOW_SUBSCRIPTIONS);

    // Two writers keep the room busy until the stalled reader is gone, and a little after.
    const memory: number[] = [];
    let cutAt = 0;
    const watch = setInterval(() => {
      const m = process.memoryUsage();
      memory.push(m.heapUsed + m.external);
      if (!cutAt && tp.platform.feed.subscriberCount === baseline) cutAt = Date.now();
    }, 50);
    let writes = 0;
    const writer = async (token: string) => {
      while (!cutAt || Date.now() - cutAt < 2_000) {
        if (Date.now() - slow.openedAt > 30_000) break;
        const r = await gqlAttempt(tp.url, ADD_COMMENT, { c: kase.id, b: BODY }, token);
        expect(r.errors).toBeUndefined();
        writes += 1;
      }
    };
    await Promise.all([writer(t.member5), writer(t.secretary)]);
    clearInterval(watch);

    // Cut off by the server, before graphql-ws's keep-alive could have (a ping after 12 s, unanswered for 12 s more);
    // the time is mostly the kernel's socket buffers filling up, then the stall limit.
    expect(cutAt, 'the stalled reader was never cut off').toBeGreaterThan(0);
    expect(cutAt - slow.openedAt).toBeLessThan(20_000);
    // Memory stayed bounded while it was stalled (its frames wait in its socket, not in an unbounded queue).
    const growthMb = (Math.max(...memory) - memory[0]) / 2 ** 20;
    expect(growthMb).toBeLessThan(200);

    // The others: every event exactly once, never cut off, and quickly.
    const expected = (await query<{ seq: string }>(tp.dbUrl, 'select seq::text from case_event where case_id = $1 order by seq', [kase.id])).map((r) => r.seq);
    await Promise.all(normal.map((f) => f.until((e) => e.length >= expected.length, 15_000)));
    for (const f of normal) {
      expect(exactlyOnceInOrder(f.events, expected)).toBe(true);
      expect(f.resubscribes).toBe(0);
    }
    const p99 = percentile(latencies, 99);
    expect(latencies.length).toBe(NORMAL * writes);
    expect(p99).toBeLessThan(1_000);

    // The stalled reader reads again: what was in flight arrives, then the close; it resumes with `after`.
    slow.resume();
    expect(await slow.closed).toBe(1006); // terminated: no close frame could pass the bytes it had not read
    const last = slow.received.at(-1)?.seq ?? '0';
    const resumed = resumableFeed({ urls: [tp.url], token: t.member4, caseId: kase.id, after: last });
    await resumed.until((e) => slow.received.length + e.length >= expected.length, 15_000);
    expect(exactlyOnceInOrder([...slow.received, ...resumed.events], expected)).toBe(true);
    console.info(`slow subscriber: cut off ${cutAt - slow.openedAt} ms after it connected (stall limit ${STALL_MS} ms), ${writes} writes of 18 KB, ` +
      `${slow.received.length} events had reached it; others' p99 ${p99} ms (p50 ${percentile(latencies, 50)} ms, ${latencies.length} deliveries); heap+external growth ${growthMb.toFixed(1)} MB`);
    await resumed.stop();
    await Promise.all(normal.map((f) => f.stop()));
  }, 60_000);
});
