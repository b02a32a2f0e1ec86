import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migration20261209300000_agency_names } from '../../db/migrations/Migration20261209300000_agency_names.js';
import { query } from '../../test-support/databases.js';
import { startTestPlatform, type TestPlatform } from '../../test-support/platform.js';

// The migration that gave agencies their Kazakh and English names, run down and up again on a
// database holding agencies as they were before it: each takes its existing (Russian) name.

let tp: TestPlatform;
beforeAll(async () => {
  tp = await startTestPlatform({ demo: false });
});
afterAll(() => tp.close());

async function sqlOf(step: 'up' | 'down'): Promise<string[]> {
  const { orm } = tp.platform;
  const migration = new Migration20261209300000_agency_names(orm.em.getDriver(), orm.config);
  await migration[step]();
  return migration.getQueries().map((q) => String(q));
}

describe('migration agency_names', () => {
  it('backfills the Kazakh and English names of existing agencies from their name, and makes them required', async () => {
    for (const sql of await sqlOf('down')) await query(tp.dbUrl, sql);
    await query(tp.dbUrl, `insert into agency (id, name, kind, created_at) values (gen_random_uuid(), 'Министерство старое', 'STATE_BODY', now())`);
    for (const sql of await sqlOf('up')) await query(tp.dbUrl, sql);
    expect(await query(tp.dbUrl, `select name, name_kk, name_en from agency where name = 'Министерство старое'`)).toEqual([{ name: 'Министерство старое', name_kk: 'Министерство старое', name_en: 'Министерство старое' }]);
    await expect(query(tp.dbUrl, `insert into agency (id, name, kind, created_at) values (gen_random_uuid(), 'Без имён', 'NGO', now())`)).rejects.toThrow(/name_kk/);
    expect(await query(tp.dbUrl, `select column_name, is_nullable from information_schema.columns where table_name = 'platform' and column_name = 'name_kk'`)).toEqual([{ column_name: 'name_kk', is_nullable: 'YES' }]);
  });
});
