import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { caseInReview, demoTokens } from '../../test-support/scenarios.js';
import { collect, wsClient } from '../../test-support/ws-client.js';
import { readWatermark } from './event-log.js';
import { LogTails } from './log-tail.js';

let tp: TestPlatform;
let t: Record<string, string>;
beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
}, 60_000);
afterAll(() => tp?.close());

const FEED = 'subscription($id: ID!, $after: String) { caseEvents(caseId: $id, after: $after) { seq kind } }';
const COMMENT = 'mutation($c: ID!, $b: String!) { addComment(caseId: $c, body: $b) { id } }';

it('a feed resumed from its case\'s last seq goes on when only other cases had events since', async () => {
  const a = await caseInReview(tp, t);
  const seen = (await tp.gql(COMMENT, { c: a.id, b: 'Первый' }, t.member1)).data!.addComment;
  expect(seen).toBeTruthy();
  const last = (await tp.gql('query($id: ID!) { case(id: $id) { events { seq } } }', { id: a.id }, t.member1)).data!.case.events.at(-1).seq;
  // Another case moves on: the log's head is now past this case's last event.
  await caseInReview(tp, t);
  const client = wsClient(tp.url, t.member1);
  const feed = collect<{ kind: string }>(client, FEED, { id: a.id, after: last }, 'caseEvents');
  try {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await tp.gql(COMMENT, { c: a.id, b: 'Второй' }, t.member2);
    expect((await feed.until(1)).map((e) => e.kind)).toEqual(['COMMENT_ADDED']);
  } finally {
    feed.stop();
    await client.dispose();
  }
});

it('a reader whose place a long catch-up drops from the tail reads those events from the log, none skipped', async () => {
  const kase = await caseInReview(tp, t);
  const { feed } = tp.platform;
  const start = (await readWatermark(tp.platform.orm.em)).upTo;
  const tails = new LogTails(feed);
  const { tail, release } = tails.acquire(`test:catch-up:${kase.id}`, kase.id, { caseIds: [kase.id] }, String(start));
  try {
    // More events than the tail keeps, appended before it reads any: one refresh takes them all and
    // moves its floor past `start`, where this reader stands.
    // The feed's connection (where tails read) is kept busy meanwhile, so the reader below is already
    // waiting for that refresh when it takes the rows and drops the oldest.
    const busy = feed.read('test-busy', 'select pg_sleep(0.5)', []);
    const events = Array.from({ length: 300 }, (_, i) => ({ caseId: kase.id, kind: 'comment.deleted', actorId: null, payload: { commentId: randomUUID(), i } }));
    await query(tp.dbUrl, 'select case_event_append($1::jsonb)', [JSON.stringify(events)]);
    tail.touch();
    const first = tail.after(start);
    await busy;
    const got: bigint[] = (await first).map((r) => BigInt(r.seq));
    let at = got.at(-1) ?? start;
    while (got.length < events.length) {
      const rows = await tail.after(at);
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) got.push(BigInt(r.seq));
      at = got.at(-1)!;
    }
    const stored = (await query<{ seq: string }>(tp.dbUrl, 'select seq::text from case_event where case_id = $1 and seq > $2 order by seq', [kase.id, String(start)])).map((r) => BigInt(r.seq));
    expect(got).toEqual(stored);
  } finally {
    release();
  }
});
