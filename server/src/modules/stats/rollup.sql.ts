import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterColumns } from './stats.sql.js';

/** The days of a period (Kazakhstan dates, inclusive): what the rollup is keyed by. */
export interface PeriodDays {
  from: string;
  to: string;
}

/** Rows of the rollup a read sums: the whole rollup, or (filtered) its rows split by the cases' filter columns, with the filter's conditions. */
export interface RollupSource {
  table: 'stats_day' | 'stats_cube_day' | 'stats_target_day';
  where: string[];
  params: unknown[];
}

export const WHOLE_ROLLUP: RollupSource = { table: 'stats_day', where: [], params: [] };

/** The filter columns of `stats_cube_day` and `stats_target_day` (stats_cube migration). */
export const ON_ROLLUP: FilterColumns = { status: '"status"', region: '"region"', platforms: '"platform_ids"' };

/**
 * Sums `n` and the record keys (`k`) of one measure of the rollup (kept by the triggers of the
 * stats_rollup, stats_disclosure and stats_cube migrations) over the days of a period, grouped by
 * the given columns (alias → SQL over "day", "key", "bucket" and, filtered, the filter columns);
 * groups whose facts cancelled out (a case that moved on) are left out.
 */
export function rollupSums<T>(em: EntityManager, measure: string, days: PeriodDays, columns: Record<string, string>, from: RollupSource = WHOLE_ROLLUP): Promise<(T & { n: string; k: string })[]> {
  const entries = Object.entries(columns);
  const select = entries.map(([alias, sql]) => `${sql} as "${alias}"`).join(', ');
  const group = entries.map((_, i) => i + 1).join(', ');
  const where = ['"measure" = ?', '"day" between ?::date and ?::date', ...from.where].join(' and ');
  return em.execute(
    `select ${select}, sum("n") as n, sum("key_sum") as k from "${from.table}" where ${where} group by ${group} having sum("n") <> 0`,
    [measure, days.from, days.to, ...from.params]);
}

/** The rollup's key as readers see it ('' in the rollup where a fact has none). */
export const KEY = `nullif("key", '')`;
export const MONTH = `to_char("day", 'YYYY-MM')`;
export const HOURS = `"bucket"::int`;

/** A histogram of the rollup as its reader uses it: hour buckets per key (percentiles), and counts per key and cell (published counts). */
export interface HistogramSums<R> {
  hours: (R & { h: number | string })[];
  counts: R[];
}

/**
 * Sums of a histogram measure (whole hours in "bucket") over a period in one read, grouped two ways:
 * by key and hour, and by key and cell — instead of by key, hour and cell, whose rows (hours times
 * months) the reader would only add up again.
 */
export async function rollupHistogramSums<R>(em: EntityManager, measure: string, days: PeriodDays, key: string, cells: Record<string, string>,
  from: RollupSource = WHOLE_ROLLUP): Promise<HistogramSums<R>> {
  const cellList = Object.entries(cells);
  const select = [`${key} as "key"`, `${HOURS} as "h"`, ...cellList.map(([alias, sql]) => `${sql} as "${alias}"`)].join(', ');
  const where = ['"measure" = ?', '"day" between ?::date and ?::date', ...from.where].join(' and ');
  const sets = `(${key}, ${HOURS}), (${[key, ...cellList.map(([, sql]) => sql)].join(', ')})`;
  const rows = await em.execute<(R & { h: number | string; by_cell: number })[]>(
    `select ${select}, grouping(${HOURS}) as by_cell, sum("n") as n, sum("key_sum") as k from "${from.table}" where ${where}
      group by grouping sets (${sets}) having sum("n") <> 0`,
    [measure, days.from, days.to, ...from.params]);
  return { hours: rows.filter((r) => Number(r.by_cell) === 0), counts: rows.filter((r) => Number(r.by_cell) === 1) };
}
