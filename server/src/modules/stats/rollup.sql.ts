import type { EntityManager } from '@mikro-orm/postgresql';
import { addCalendarDays } from '../../shared/working-days/calendar.js';
import { lastDayOfMonth } from './period.js';
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

/** Days of a period read from one table of the whole rollup: `stats_day`, or `stats_month` (a row per month, keyed by its first day). */
export interface RollupSpan extends PeriodDays {
  table: 'stats_day' | 'stats_month';
}

/**
 * Where the whole rollup keeps a period: its whole months in `stats_month` (stats_month migration),
 * the days before and after them in `stats_day`; a period within one month, or across the end of
 * one without a whole month, in `stats_day` alone.
 */
export function rollupSpans(days: PeriodDays): RollupSpan[] {
  const first = days.from.endsWith('-01') ? days.from : addCalendarDays(lastDayOfMonth(days.from), 1);
  const last = days.to === lastDayOfMonth(days.to) ? days.to : addCalendarDays(`${days.to.slice(0, 8)}01`, -1);
  if (first > last) return [{ table: 'stats_day', ...days }];
  return [
    ...(days.from < first ? [{ table: 'stats_day' as const, from: days.from, to: addCalendarDays(first, -1) }] : []),
    { table: 'stats_month', from: first, to: last },
    ...(last < days.to ? [{ table: 'stats_day' as const, from: addCalendarDays(last, 1), to: days.to }] : []),
  ];
}

/** The rows of a source within a period, as a from-item (`r`) and its parameters: the whole rollup from its months and days, a split one from its days. */
function rowsOf(from: RollupSource, days: PeriodDays): { sql: string; params: unknown[] } {
  const spans = from.table === 'stats_day' ? rollupSpans(days) : [{ table: from.table, ...days }];
  const columns = from.table === 'stats_day' ? '"measure", "day", "key", "bucket", "n", "key_sum"' : '*';
  const branches = spans.map((s) => `select ${columns} from "${s.table}" where "day" between ?::date and ?::date`);
  return { sql: `(${branches.join(' union all ')}) r`, params: spans.flatMap((s) => [s.from, s.to]) };
}

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
  const rows = rowsOf(from, days);
  const where = ['"measure" = ?', ...from.where].join(' and ');
  return em.execute(
    `select ${select}, sum("n") as n, sum("key_sum") as k from ${rows.sql} where ${where} group by ${group} having sum("n") <> 0`,
    [...rows.params, measure, ...from.params]);
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
  const source = rowsOf(from, days);
  const where = ['"measure" = ?', ...from.where].join(' and ');
  const sets = `(${key}, ${HOURS}), (${[key, ...cellList.map(([, sql]) => sql)].join(', ')})`;
  const rows = await em.execute<(R & { h: number | string; by_cell: number })[]>(
    `select ${select}, grouping(${HOURS}) as by_cell, sum("n") as n, sum("key_sum") as k from ${source.sql} where ${where}
      group by grouping sets (${sets}) having sum("n") <> 0`,
    [...source.params, measure, ...from.params]);
  return { hours: rows.filter((r) => Number(r.by_cell) === 0), counts: rows.filter((r) => Number(r.by_cell) === 1) };
}
