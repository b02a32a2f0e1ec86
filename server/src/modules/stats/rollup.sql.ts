import type { EntityManager } from '@mikro-orm/postgresql';

/** The days of a period (Kazakhstan dates, inclusive): what the rollup is keyed by. */
export interface PeriodDays {
  from: string;
  to: string;
}

/**
 * Sums `n` and the record keys (`k`) of one measure of `stats_day` (the rollup the triggers of the
 * stats_rollup and stats_disclosure migrations keep) over the days of a period, grouped by the given
 * columns (alias → SQL over "day", "key", "bucket"); groups whose facts cancelled out (a case that
 * moved on) are left out.
 */
export function rollupSums<T>(em: EntityManager, measure: string, days: PeriodDays, columns: Record<string, string>): Promise<(T & { n: string; k: string })[]> {
  const entries = Object.entries(columns);
  const select = entries.map(([alias, sql]) => `${sql} as "${alias}"`).join(', ');
  const group = entries.map((_, i) => i + 1).join(', ');
  return em.execute(
    `select ${select}, sum("n") as n, sum("key_sum") as k from "stats_day" where "measure" = ? and "day" between ?::date and ?::date group by ${group} having sum("n") <> 0`,
    [measure, days.from, days.to]);
}

/** The rollup's key as readers see it ('' in the rollup where a fact has none). */
export const KEY = `nullif("key", '')`;
export const MONTH = `to_char("day", 'YYYY-MM')`;
export const HOURS = `"bucket"::int`;
