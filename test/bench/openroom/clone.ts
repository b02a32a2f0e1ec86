import type { PgClient } from '../lib/pg.js';

/**
 * Copies of one seeded case room, made in SQL: the case (new number), its episodes, resources,
 * comments (replies, revisions, mentions), voting rounds, votes and timeline events. Every uuid
 * column whose value is the id of a copied row is pointed at its copy, whatever the table, so the
 * copies have the same shape as the original. Seeding 50 comments and the votes through the API
 * takes a minute per room on a busy machine; a copy takes milliseconds.
 */
const TABLES: { table: string; where: string; hasId: boolean }[] = [
  { table: 'case', where: 'id = $1', hasId: true },
  { table: 'episode', where: 'case_id = $1', hasId: true },
  { table: 'resource', where: 'case_id = $1', hasId: true },
  { table: 'comment', where: 'case_id = $1', hasId: true },
  { table: 'comment_revision', where: 'comment_id in (select id from comment where case_id = $1)', hasId: true },
  { table: 'comment_mention', where: 'comment_id in (select id from comment where case_id = $1)', hasId: true },
  { table: 'voting_round', where: 'case_id = $1', hasId: true },
  { table: 'vote', where: 'round_id in (select id from voting_round where case_id = $1)', hasId: true },
  { table: 'case_event', where: 'case_id = $1', hasId: false },
];

async function columnsOf(db: PgClient, table: string): Promise<{ name: string; uuid: boolean }[]> {
  const { rows } = await db.query<{ column_name: string; data_type: string }>(
    `select column_name, data_type from information_schema.columns where table_schema = 'public' and table_name = $1 and column_name <> 'seq' and is_generated = 'NEVER' order by ordinal_position`, [table]);
  return rows.map((r) => ({ name: r.column_name, uuid: r.data_type === 'uuid' }));
}

/** `count` copies of case `source`; returns their ids. */
export async function cloneRoom(db: PgClient, source: string, count: number): Promise<string[]> {
  const columns = new Map<string, { name: string; uuid: boolean }[]>();
  for (const t of TABLES) columns.set(t.table, await columnsOf(db, t.table));
  const ids: string[] = [];
  for (let k = 0; k < count; k++) {
    await db.query('begin');
    try {
      await db.query('create temp table clone_map (old uuid primary key, new uuid not null) on commit drop');
      for (const t of TABLES.filter((x) => x.hasId)) {
        await db.query(`insert into clone_map select id, gen_random_uuid() from "${t.table}" where ${t.where}`, [source]);
      }
      for (const t of TABLES) {
        const cols = columns.get(t.table)!;
        const values = cols.map((c) => {
          if (c.uuid) return `coalesce((select new from clone_map where old = t."${c.name}"), t."${c.name}")`;
          if (t.table === 'case' && (c.name === 'number' || c.name === 'application_number')) return `t."${c.name}" || '-' || $2::text`;
          return `t."${c.name}"`;
        });
        const params = t.table === 'case' ? [source, `c${Date.now().toString(36)}${k}`] : [source];
        await db.query(`insert into "${t.table}" (${cols.map((c) => `"${c.name}"`).join(', ')}) select ${values.join(', ')} from "${t.table}" t where ${t.where.replace(/\b(id|case_id|comment_id|round_id) (=|in)/, 't.$1 $2')} order by ${t.hasId ? 't.id' : 't.seq'}`, params);
      }
      const { rows } = await db.query<{ new: string }>('select new from clone_map where old = $1', [source]);
      await db.query('commit');
      ids.push(rows[0].new);
    } catch (e) {
      await db.query('rollback').catch(() => undefined);
      throw e;
    }
  }
  return ids;
}
