import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { caseInReview, demoTokens } from '../../test-support/scenarios.js';
import { Case } from '../../modules/cases/case.entity.js';
import { lockCase, lockCaseRow, lockInCaseRow, lockRow } from '../locks.js';
import { emit, write } from '../write.js';
import type { NewEvent } from './event-kinds.js';
import { EVENTS_CHANNEL, LOG_TOPIC, readWatermark } from './event-log.js';
import { LogTails } from './log-tail.js';

let tp: TestPlatform;
let caseId: string;
let otherCaseId: string;
beforeAll(async () => {
  tp = await startTestPlatform();
  const tokens = await demoTokens(tp);
  caseId = (await caseInReview(tp, tokens)).id;
  otherCaseId = (await caseInReview(tp, tokens)).id;
}, 60_000);
afterAll(() => tp?.close());

const connect = async () => {
  const c = new pg.Client({ connectionString: tp.dbUrl });
  await c.connect();
  return c;
};

const marker = (id: string): NewEvent => ({ caseId: id, kind: 'comment.deleted', actorId: null, payload: { commentId: randomUUID() } });

/** Begins a transaction on its own connection that appends one event and stays open until `commit`. */
async function appendInFlight(forCase: string) {
  const c = await connect();
  await c.query('begin');
  const { rows: [row] } = await c.query<{ seq: string }>('select case_event_append($1::jsonb) as seq', [JSON.stringify([marker(forCase)])]);
  return { seq: BigInt(row.seq), commit: async () => { await c.query('commit'); await c.end(); }, rollback: async () => { await c.query('rollback'); await c.end(); } };
}

const appendNow = (forCase: string) => write(tp.platform.orm.em.fork(), async (tx) => emit(tx, marker(forCase)));
const lastSeq = async () => BigInt((await query<{ seq: string }>(tp.dbUrl, 'select max(seq)::text as seq from case_event'))[0].seq);

describe('the log without a global lock', () => {
  it('lets an append of another case commit while one is in flight, and holds the watermark below the one in flight until it ends', async () => {
    const slow = await appendInFlight(caseId);
    try {
      const started = Date.now();
      await appendNow(otherCaseId); // would wait for `slow` under a global lock
      expect(Date.now() - started).toBeLessThan(2_000);
      const later = await lastSeq();
      expect(later).toBeGreaterThan(slow.seq);
      const mark = await readWatermark(tp.platform.orm.em);
      expect(mark.upTo).toBe(slow.seq - 1n);
      expect(mark.last).toBeGreaterThanOrEqual(later);
    } finally {
      await slow.commit();
    }
    const after = await readWatermark(tp.platform.orm.em);
    expect(after.upTo).toBe(after.last);
  });

  it('drops the floor of an append that rolls back', async () => {
    const gone = await appendInFlight(caseId);
    expect((await readWatermark(tp.platform.orm.em)).upTo).toBeLessThan(gone.seq);
    await gone.rollback();
    const mark = await readWatermark(tp.platform.orm.em);
    expect(mark.upTo).toBe(mark.last);
  });

  it('gives a live reader the lower seq that commits last, then the higher one, each once and in order', async () => {
    const tails = new LogTails(tp.platform.feed);
    const start = String((await readWatermark(tp.platform.orm.em)).upTo);
    const { tail, release } = tails.acquire('test:panel', '*', { caseIds: [caseId, otherCaseId] }, start);
    try {
      const slow = await appendInFlight(caseId);
      await appendNow(otherCaseId);
      tail.touch();
      expect(await tail.after(BigInt(start))).toEqual([]); // the higher seq waits for the lower one
      await slow.commit();
      let rows = await tail.after(BigInt(start));
      for (let i = 0; i < 100 && rows.length < 2; i += 1) {
        await new Promise((r) => setTimeout(r, 20));
        rows = await tail.after(BigInt(start));
      }
      expect(rows.map((r) => BigInt(r.seq))).toEqual([slow.seq, slow.seq + 1n]);
      expect(rows.map((r) => r.caseId)).toEqual([caseId, otherCaseId]);
    } finally {
      release();
    }
  });

  it('wakes each topic of a commit once, at the commit, and appends in the order emitted', async () => {
    const listener = await connect();
    const heard: string[] = [];
    listener.on('notification', (n) => heard.push(n.payload ?? ''));
    try {
      await listener.query(`listen ${EVENTS_CHANNEL}`);
      const events: NewEvent[] = [marker(caseId), marker(caseId), { caseId: null, kind: 'settings.changed', actorId: null, payload: { changed: [randomUUID()] } }];
      const before = await lastSeq();
      await write(tp.platform.orm.em.fork(), async (tx) => {
        emit(tx, ...events);
        await new Promise((r) => setTimeout(r, 200));
        expect(heard).toEqual([]); // nothing is appended, let alone announced, before the work is done and commits
      });
      await new Promise((r) => setTimeout(r, 300));
      expect(heard.filter((t) => t === caseId || t === LOG_TOPIC).sort()).toEqual([caseId, LOG_TOPIC].sort());
      const stored = await query<{ kind: string; payload: unknown }>(tp.dbUrl, 'select kind, payload from case_event where seq > $1 order by seq', [String(before)]);
      expect(stored.map((r) => ({ kind: r.kind, payload: r.payload }))).toEqual(events.map((e) => ({ kind: e.kind, payload: e.payload })));
    } finally {
      await listener.end();
    }
  });

  it('appends nothing when the work fails', async () => {
    const before = await lastSeq();
    await expect(write(tp.platform.orm.em.fork(), async (tx) => {
      emit(tx, marker(caseId));
      throw new Error('refused');
    })).rejects.toThrow('refused');
    expect(await lastSeq()).toBe(before);
  });
});

describe('the write path', () => {
  it('refuses events outside a write', async () => {
    expect(() => emit(tp.platform.orm.em.fork(), marker(caseId))).toThrow(/write\(\)/);
    await expect(tp.platform.orm.em.fork().transactional(async (tx) => emit(tx, marker(caseId)))).rejects.toThrow(/write\(\)/);
  });

  it.each([
    ['a second case after a first', async (tx: Parameters<Parameters<typeof write>[1]>[0]) => { await lockCase(tx, Case, caseId); await lockCase(tx, Case, otherCaseId); }],
    ['a case for update after the same case for share', async (tx: Parameters<Parameters<typeof write>[1]>[0]) => { await lockCaseRow(tx, caseId, 'share'); await lockCase(tx, Case, caseId); }],
    ['a case after a row outside cases', async (tx: Parameters<Parameters<typeof write>[1]>[0]) => {
      const [m] = await tx.execute<{ id: string }[]>('select id from member limit 1');
      await lockRow(tx, (await import('../../modules/members/member.entity.js')).Member, m.id);
      await lockCase(tx, Case, caseId);
    }],
  ])('fails a write that locks %s (the lock order), changing nothing', async (_name, locks) => {
    const before = await lastSeq();
    await expect(write(tp.platform.orm.em.fork(), async (tx) => { emit(tx, marker(caseId)); await locks(tx); })).rejects.toThrow(/lock order/);
    expect(await lastSeq()).toBe(before);
  });

  it('locks a row of a case after its case, and the case again at no cost', async () => {
    const [episode] = await query<{ id: string }>(tp.dbUrl, 'select id from episode where case_id = $1 limit 1', [caseId]);
    await write(tp.platform.orm.em.fork(), async (tx) => {
      expect(await lockInCaseRow(tx, 'episode', episode.id)).toBe(true);
      expect(await lockCase(tx, Case, caseId)).not.toBeNull();
      expect(await lockInCaseRow(tx, 'episode', randomUUID())).toBe(false);
      await expect(lockCase(tx, Case, otherCaseId)).rejects.toThrow(/lock order/);
    });
  });
});
