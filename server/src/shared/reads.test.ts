import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../test-support/databases.js';
import { startTestPlatform, type TestPlatform } from '../test-support/platform.js';
import { isDatabaseUnavailable } from '../app/database-outage.js';
import { poolOf } from './pool.js';
import { ReadConnections } from './reads.js';

// The instance's read connections (shared/reads.ts) on the real database and the ORM's own pool:
// statements mean what they mean on the ORM, connections are kept up to the limit and no more,
// and whatever broke goes back to the pool.

let tp: TestPlatform;
let reads: ReadConnections;
beforeAll(async () => {
  tp = await startTestPlatform();
}, 60_000);
afterEach(() => reads?.close());
afterAll(() => tp?.close());

const poolInUse = () => (poolOf(tp.platform.orm.em) as unknown as { pool: { numUsed(): number } }).pool.numUsed();
const fresh = (keep: number) => (reads = new ReadConnections(poolOf(tp.platform.orm.em), keep));
const pidOf = async (r: ReadConnections) => (await r.execute<{ pid: number }[]>('select pg_backend_pid() as pid'))[0].pid;

describe('ReadConnections', () => {
  it('sends `?` parameters apart and expands an array into a list, as the ORM does', async () => {
    const r = fresh(2);
    const sql = `select x from unnest(array['a', 'b', 'c']) x where x in (?) and ? order by x`;
    expect(await r.execute(sql, [['a', 'c', 'd'], true])).toEqual([{ x: 'a' }, { x: 'c' }]);
    expect(await tp.platform.orm.em.fork().execute(sql, [['a', 'c', 'd'], true])).toEqual([{ x: 'a' }, { x: 'c' }]);
    // A quote in a value is a value, not SQL.
    expect(await r.execute('select ?::text as v', ["o'clock; drop table member"])).toEqual([{ v: "o'clock; drop table member" }]);
    await expect(r.execute('select ? as a, ? as b', [1])).rejects.toThrow(/2 placeholders for 1 parameters/);
    expect(r.sql.isInTransaction()).toBe(false);
  });

  it('keeps up to its limit of connections between statements, and lends the rest back to the pool', async () => {
    const before = poolInUse();
    const r = fresh(2);
    await Promise.all(Array.from({ length: 6 }, () => r.execute('select pg_sleep(0.05)')));
    expect(poolInUse()).toBe(before + 2);
    // The next statements run on the kept connections.
    const pids = new Set(await Promise.all(Array.from({ length: 2 }, () => pidOf(r))));
    await Promise.all(Array.from({ length: 6 }, () => r.execute('select 1')));
    expect(poolInUse()).toBe(before + 2);
    expect(new Set([...pids, await pidOf(r)]).size).toBeLessThanOrEqual(2);
    await r.close();
    expect(poolInUse()).toBe(before);
    // After closing, a statement borrows and returns.
    expect(await r.execute('select 1 as one')).toEqual([{ one: 1 }]);
    expect(poolInUse()).toBe(before);
  });

  it('passes a refused statement\'s error on, and its connection serves the next statement', async () => {
    const r = fresh(1);
    const pid = await pidOf(r);
    await expect(r.execute('select * from no_such_table')).rejects.toThrow(/no_such_table/);
    expect(await pidOf(r)).toBe(pid);
  });

  it('replaces a kept connection that the database closed: the next statement runs on a new one', async () => {
    const r = fresh(1);
    const pid = await pidOf(r);
    await query(tp.dbUrl, 'select pg_terminate_backend($1)', [pid]);
    await new Promise((resolve) => setTimeout(resolve, 200)); // the driver hears of it
    expect(await pidOf(r)).not.toBe(pid);
  });

  it('reports a connection lost during its statement as the database being unavailable, and the next statement runs', async () => {
    const r = fresh(1);
    const pid = await pidOf(r);
    const lost = await Promise.all([r.execute('select pg_sleep(5)'), query(tp.dbUrl, 'select pg_sleep(0.1), pg_terminate_backend($1)', [pid])]).then(() => null, (e: unknown) => e);
    expect(isDatabaseUnavailable(lost)).toBe(true);
    expect(await pidOf(r)).not.toBe(pid);
  });
});
