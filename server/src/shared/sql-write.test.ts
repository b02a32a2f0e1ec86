import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../test-support/databases.js';
import { startTestPlatform, type TestPlatform } from '../test-support/platform.js';
import { caseInReview, demoTokens } from '../test-support/scenarios.js';
import { isDatabaseUnavailable } from '../app/database-outage.js';
import { DomainError, msg } from './domain-error.js';
import type { NewEvent } from './events/event-kinds.js';
import { lockCaseRow } from './locks.js';
import { record, sqlWrite, write, type SqlTx } from './write.js';

// The lean transaction of the hot writes (sqlWrite): the same guarantees as write(), on a
// connection of the ORM's pool, with the real database and pool.

let tp: TestPlatform;
let caseId: string;
let otherCaseId: string;
beforeAll(async () => {
  tp = await startTestPlatform();
  const tokens = await demoTokens(tp);
  caseId = (await caseInReview(tp, tokens)).id;
  otherCaseId = (await caseInReview(tp, tokens)).id;
  await query(tp.dbUrl, 'create table sql_write_probe (id uuid primary key, note text not null)');
}, 60_000);
afterAll(() => tp?.close());

const em = () => tp.platform.orm.em.fork();
const marker = (commentId: string): NewEvent => ({ caseId, kind: 'comment.deleted', actorId: null, payload: { commentId } });
const insert = (tx: SqlTx, id: string, note: string) => tx.execute('insert into sql_write_probe (id, note) values (?, ?)', [id, note]);
const stored = async (id: string) => (await query<{ note: string }>(tp.dbUrl, 'select note from sql_write_probe where id = $1', [id])).map((r) => r.note);
const events = async (id: string) => Number((await query<{ n: string }>(tp.dbUrl, "select count(*) as n from case_event where payload->>'commentId' = $1", [id]))[0].n);
const poolInUse = () => (tp.platform.orm.em.getConnection().getKnex().client as { pool: { numUsed(): number } }).pool.numUsed();

describe('sqlWrite', () => {
  it('commits the rows and the emitted events together, and returns the connection to the pool', async () => {
    const id = randomUUID();
    const before = poolInUse();
    const result = await sqlWrite(em(), async (tx) => {
      expect(tx.isInTransaction()).toBe(true);
      await insert(tx, id, 'kept');
      tx.emit(marker(id));
      return id;
    });
    expect(result).toBe(id);
    expect(await stored(id)).toEqual(['kept']);
    expect(await events(id)).toBe(1);
    expect(poolInUse()).toBe(before);
  });

  it('keeps nothing of a write that fails — no row, no event — and passes its error on unchanged', async () => {
    const id = randomUUID();
    const refusal = new DomainError('CONFLICT', msg('no', 'нет', 'жоқ'));
    const before = poolInUse();
    await expect(sqlWrite(em(), async (tx) => {
      await insert(tx, id, 'rolled back');
      tx.emit(marker(id));
      throw refusal;
    })).rejects.toBe(refusal);
    // The next writes (on the same pooled connections) commit nothing of it either.
    for (let i = 0; i < 3; i++) await sqlWrite(em(), (tx) => insert(tx, randomUUID(), 'next'));
    expect(await stored(id)).toEqual([]);
    expect(await events(id)).toBe(0);
    expect(poolInUse()).toBe(before);
  });

  it('keeps nothing when a statement fails, and the connection serves the next write', async () => {
    const id = randomUUID();
    await expect(sqlWrite(em(), async (tx) => {
      await insert(tx, id, 'first');
      await insert(tx, id, 'duplicate key');
    })).rejects.toMatchObject({ code: '23505' });
    expect(await stored(id)).toEqual([]);
    await sqlWrite(em(), (tx) => insert(tx, id, 'after'));
    expect(await stored(id)).toEqual(['after']);
  });

  it('runs the work again inside write() when it asks for the ORM, the lean attempt rolled back', async () => {
    const first = randomUUID();
    const second = randomUUID();
    const attempts: string[] = [];
    const result = await sqlWrite(em(), async (tx) => {
      attempts.push(attempts.length === 0 ? 'lean' : 'orm');
      await insert(tx, attempts.length === 1 ? first : second, attempts.at(-1)!);
      tx.emit(marker(attempts.length === 1 ? first : second));
      const orm = tx.orm();
      expect(orm.isInTransaction()).toBe(true);
      return attempts.length;
    });
    expect(attempts).toEqual(['lean', 'orm']);
    expect(result).toBe(2);
    expect(await stored(first)).toEqual([]);
    expect(await events(first)).toBe(0);
    expect(await stored(second)).toEqual(['orm']);
    expect(await events(second)).toBe(1);
  });

  it('runs inside the caller\'s transaction when there is one: the caller\'s rollback takes it back too', async () => {
    const id = randomUUID();
    await expect(write(em(), async (outer) => {
      await sqlWrite(outer, async (tx) => {
        await insert(tx, id, 'nested');
        tx.emit(marker(id));
      });
      expect(await outer.execute('select note from sql_write_probe where id = ?', [id])).toEqual([{ note: 'nested' }]);
      throw new Error('the caller fails after');
    })).rejects.toThrow('the caller fails after');
    expect(await stored(id)).toEqual([]);
    expect(await events(id)).toBe(0);
  });

  it('keeps nothing when the append fails, and the connection serves the next write', async () => {
    const id = randomUUID();
    const failed = await sqlWrite(em(), async (tx) => {
      await insert(tx, id, 'its append fails');
      tx.emit({ caseId, kind: 'comment.deleted', actorId: 'not-a-member-id', payload: { commentId: id } });
    }).then(() => null, (e: unknown) => e);
    expect((failed as Error).message).toMatch(/uuid/);
    expect(await stored(id)).toEqual([]);
    expect(await events(id)).toBe(0);
    await sqlWrite(em(), async (tx) => {
      await insert(tx, id, 'next');
      tx.emit(marker(id));
    });
    expect(await stored(id)).toEqual(['next']);
    expect(await events(id)).toBe(1);
  });

  it('keeps the lock order of shared/locks.ts', async () => {
    await expect(sqlWrite(em(), async (tx) => {
      await lockCaseRow(tx, caseId, 'share');
      await lockCaseRow(tx, otherCaseId);
    })).rejects.toThrow(/lock order/);
    await expect(sqlWrite(em(), async (tx) => {
      await lockCaseRow(tx, caseId, 'share');
      await lockCaseRow(tx, caseId, 'update');
    })).rejects.toThrow(/lock order/);
  });

  it('reports a connection lost mid-write as the database being unavailable, and the pool serves the next write on a new one', async () => {
    const id = randomUUID();
    let pid = 0;
    const lost = await sqlWrite(em(), async (tx) => {
      pid = (await tx.execute<{ pid: number }[]>('select pg_backend_pid() as pid'))[0].pid;
      await insert(tx, id, 'lost');
      await query(tp.dbUrl, 'select pg_terminate_backend($1)', [pid]);
      await tx.execute('select 1');
    }).then(() => null, (e: unknown) => e);
    expect(isDatabaseUnavailable(lost)).toBe(true);
    expect(await stored(id)).toEqual([]);
    const next = await sqlWrite(em(), async (tx) => {
      await insert(tx, id, 'next');
      return (await tx.execute<{ pid: number }[]>('select pg_backend_pid() as pid'))[0].pid;
    });
    expect(next).not.toBe(pid);
    expect(await stored(id)).toEqual(['next']);
  });
});

describe('record', () => {
  it('appends a record of a read at once, and refuses to append it inside a transaction, whose rollback would take it along', async () => {
    const id = randomUUID();
    await record(em(), marker(id));
    expect(await events(id)).toBe(1);
    const inside = randomUUID();
    await expect(write(em(), async (tx) => record(tx, marker(inside)))).rejects.toThrow(/apart from any transaction/);
    await expect(sqlWrite(em(), async (tx) => record(tx, marker(inside)))).rejects.toThrow(/apart from any transaction/);
    expect(await events(inside)).toBe(0);
  });
});
