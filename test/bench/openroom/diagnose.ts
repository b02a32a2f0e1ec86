import { sleep } from '../lib/clock.js';
import type { PgClient } from '../lib/pg.js';
import type { RoomClient } from './load.js';

/** PostgreSQL flushes a backend's statistics at most every 10 s while it idles: wait that long before reading. */
const STATS_FLUSH_MS = 11_000;
export const DIAGNOSE_OPENS = 20;

/** Per room open: transactions committed (≈ statements, outside explicit transactions) and index/sequential scans per table. */
export interface OpenCost {
  opens: number;
  transactionsPerOpen: number;
  scansPerOpen: Record<string, number>;
}

interface Counters {
  xacts: number;
  scans: Map<string, number>;
}

async function counters(db: PgClient): Promise<Counters> {
  const { rows: [d] } = await db.query<{ n: string }>('select xact_commit as n from pg_stat_database where datname = current_database()');
  const { rows } = await db.query<{ relname: string; n: string }>('select relname, coalesce(seq_scan, 0) + coalesce(idx_scan, 0) as n from pg_stat_user_tables');
  return { xacts: Number(d.n), scans: new Map(rows.map((r) => [r.relname, Number(r.n)])) };
}

/**
 * Opens `DIAGNOSE_OPENS` rooms one after the other and counts what PostgreSQL did for them, from
 * its cumulative statistics: how many round trips a room open costs, and on which tables.
 * The checking connection's own queries are taken out (one transaction and one scan per read).
 */
export async function measureOpenCost(db: PgClient, client: RoomClient, caseId: string): Promise<OpenCost> {
  await sleep(STATS_FLUSH_MS);
  const before = await counters(db);
  for (let i = 0; i < DIAGNOSE_OPENS; i++) await client.open(caseId, performance.now(), () => undefined);
  await sleep(STATS_FLUSH_MS);
  const after = await counters(db);
  const scansPerOpen: Record<string, number> = {};
  for (const [table, n] of after.scans) {
    const d = n - (before.scans.get(table) ?? 0);
    if (d > 0) scansPerOpen[table] = Number((d / DIAGNOSE_OPENS).toFixed(1));
  }
  // The two reads of `counters` are transactions of their own (2 per read) on this connection.
  return { opens: DIAGNOSE_OPENS, transactionsPerOpen: Number(((after.xacts - before.xacts - 2) / DIAGNOSE_OPENS).toFixed(1)), scansPerOpen };
}
