import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { caseInReview, demoTokens } from '../../test-support/scenarios.js';
import { appendEvent, appendEvents, EVENT_LOG_LOCK, EVENTS_CHANNEL, LOG_TOPIC } from './event-log.js';

let tp: TestPlatform;
let caseId: string;
beforeAll(async () => {
  tp = await startTestPlatform();
  caseId = (await caseInReview(tp, await demoTokens(tp))).id;
}, 60_000);
afterAll(() => tp?.close());

const connect = async () => {
  const c = new pg.Client({ connectionString: tp.dbUrl });
  await c.connect();
  return c;
};

/** Resolves once some session of the test database waits for a lock. */
async function someoneWaitsOnALock() {
  for (let i = 0; i < 100; i += 1) {
    const [{ n }] = await query<{ n: number }>(tp.dbUrl, `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`);
    if (n > 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the append never waited for the log\'s lock');
}

it('numbers an append only once it holds the log\'s lock: one that waited gets a later seq than the holder\'s', async () => {
  const holder = await connect();
  try {
    // Another transaction holds the log's lock (as an append does until its commit) and has not numbered its row yet.
    await holder.query('begin');
    await holder.query('select pg_advisory_xact_lock($1)', [EVENT_LOG_LOCK]);
    const waiting = tp.platform.orm.em.fork().transactional((em) => appendEvent(em, { caseId, kind: 'test.waited', actorId: null }));
    await someoneWaitsOnALock();
    const { rows: [held] } = await holder.query<{ seq: string }>(`insert into case_event (case_id, kind, actor_id, payload) values ($1, 'test.held', null, '{}') returning seq`, [caseId]);
    await holder.query('commit');
    expect(BigInt(await waiting)).toBeGreaterThan(BigInt(held.seq));
  } finally {
    await holder.end();
  }
});

it('wakes each topic of a commit once, at the commit, and returns the seqs in the order given', async () => {
  const listener = await connect();
  const heard: string[] = [];
  listener.on('notification', (n) => heard.push(n.payload ?? ''));
  try {
    await listener.query(`listen ${EVENTS_CHANNEL}`);
    const kinds = ['test.first', 'test.second', 'test.third'];
    const seqs = await tp.platform.orm.em.fork().transactional(async (em) => {
      const s = await appendEvents(em, [
        { caseId, kind: kinds[0], actorId: null, payload: { n: 1 } },
        { caseId, kind: kinds[1], actorId: null, payload: { n: 2 } },
        { caseId: null, kind: kinds[2], actorId: null, payload: { marker: randomUUID() } },
      ]);
      await new Promise((r) => setTimeout(r, 200));
      expect(heard).toEqual([]); // nothing is announced before the commit
      return s;
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(heard.filter((t) => t === caseId || t === LOG_TOPIC).sort()).toEqual([caseId, LOG_TOPIC].sort());
    const stored = await query<{ seq: string; kind: string }>(tp.dbUrl, 'select seq::text as seq, kind from case_event where seq = any($1::bigint[]) order by seq', [seqs]);
    expect(stored.map((r) => r.kind)).toEqual(kinds);
    expect(stored.map((r) => r.seq)).toEqual(seqs);
  } finally {
    await listener.end();
  }
});
