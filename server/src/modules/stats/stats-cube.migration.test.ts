import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migration20261210100000_stats_cube } from '../../db/migrations/Migration20261210100000_stats_cube.js';
import { generate } from '../../db/generate/generate.js';
import { query } from '../../test-support/databases.js';
import { startTestPlatform, type TestPlatform } from '../../test-support/platform.js';

// The migration that split the rollup by the filter columns, run down and up again on generated
// data: each way the rollup is rebuilt, and the triggers keep it as that version defines it.

let tp: TestPlatform;
beforeAll(async () => {
  tp = await startTestPlatform({ demo: false });
  await generate(tp.dbUrl, { cases: 300, batch: 300 });
}, 120_000);
afterAll(() => tp?.close());

async function run(step: 'up' | 'down'): Promise<void> {
  const { orm } = tp.platform;
  const migration = new Migration20261210100000_stats_cube(orm.em.getDriver(), orm.config);
  await migration[step]();
  for (const sql of migration.getQueries().map((q) => String(q))) await query(tp.dbUrl, sql);
}

const sums = () => query(tp.dbUrl, `select "measure", "key", sum("n")::int as n, sum("key_sum")::int as k from "stats_day" group by 1, 2 having sum("n") <> 0 order by 1, 2`);
const cube = () => query(tp.dbUrl, `select "measure", "key", sum("n")::int as n, sum("key_sum")::int as k from "stats_cube_day" group by 1, 2 having sum("n") <> 0 order by 1, 2`);
const cubeTable = () => query(tp.dbUrl, `select count(*)::int as n from information_schema.tables where table_name = 'stats_cube_day'`);
/** The facts this migration adds: the answer, the late notice, and the due days of running cases. */
const answerFacts = (rows: Record<string, unknown>[]) => rows.filter((r) => (r.measure === 'deadline' && ['answered', 'lateAnswer', 'lateNotice'].includes(String(r.key))) || r.measure === 'running_due');

describe('migration stats_cube', () => {
  it('goes down to the rollup without the split and the answer facts, and up again to the same rollup', async () => {
    await query(tp.dbUrl, `update "case" set "answer_sent_at" = "due_at" + interval '1 day' where "number" in (select "number" from "case" order by "number" limit 7)`);
    const before = await sums();
    expect(answerFacts(before).length).toBeGreaterThan(0);
    expect(await cube()).toEqual(before);

    await run('down');
    expect(await cubeTable()).toEqual([{ n: 0 }]);
    const down = await sums();
    expect(answerFacts(down)).toEqual([]);
    expect(down).toEqual(before.filter((r) => !answerFacts([r]).length));
    // The old trigger still keeps the rollup.
    await query(tp.dbUrl, `update "case" set "status" = 'CLOSED' where "number" in (select "number" from "case" where "status" = 'VOTING' order by "number" limit 3)`);

    await run('up');
    const up = await sums();
    expect(await cube()).toEqual(up);
    // Three cases closed while it was down: statuses moved, and they no longer run.
    const moved = (r: Record<string, unknown>) => r.measure === 'status' || r.measure === 'running_due';
    expect(up.filter((r) => !moved(r))).toEqual(before.filter((r) => !moved(r)));
    expect(up.filter((r) => r.measure === 'running_due').reduce((s, r) => s + Number(r.n), 0)).toBe(before.filter((r) => r.measure === 'running_due').reduce((s, r) => s + Number(r.n), 0) - 3);
    expect(up.filter((r) => r.measure === 'status').reduce((s, r) => s + Number(r.n), 0)).toBe(before.filter((r) => r.measure === 'status').reduce((s, r) => s + Number(r.n), 0));
  }, 120_000);
});
