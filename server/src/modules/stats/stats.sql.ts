import type { EntityManager } from '@mikro-orm/postgresql';
import type { PeriodDays } from './rollup.sql.js';

/** The cases a statistics query looks at: received in the period and matching the filter. One place builds it. */
export interface CaseScope {
  start: Date;
  end: Date;
  /** The same period as Kazakhstan dates (inclusive), for the rollup. */
  days: PeriodDays;
  /** Registry platform ids. */
  platformIds: string[];
  regions: string[];
  statuses: string[];
  /**
   * How figures are split into the cells noise is drawn for: null for exact figures (the chair's);
   * otherwise by month of receipt and by each filtered value (region, status, the case's platforms),
   * so a filter's figure is the sum of its values' cells (stratum), whatever else it lists.
   */
  cells: CellSplit | null;
}

/** The filters a perturbed figure is split by (each one given, and not every value of it). */
export interface CellSplit {
  region: boolean;
  status: boolean;
  platforms: boolean;
}

/**
 * The columns of `case_stats_index`: the scope reads only them, so a period is an index-only scan of
 * narrow tuples instead of the wide case rows (names, descriptions) — see the stats_facts migration.
 */
const FACTS = ['id', 'received_at', 'status', 'child_region', 'child_age_band', 'decided_at', 'due_at', 'extended_at', 'outcome', 'platform_ids', 'record_key'];

/** Where rows carry the case's filter columns: the case row itself, or the rollup's rows split by them (stats_cube migration). */
export interface FilterColumns {
  status: string;
  region: string;
  platforms: string;
}

/** The scope's filter (not its period) on rows with these columns: SQL conditions and their parameters. */
export function filterOf(s: CaseScope, on: FilterColumns): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (s.statuses.length) { where.push(`${on.status} in (?)`); params.push(s.statuses); }
  if (s.regions.length) { where.push(`${on.region} in (?)`); params.push(s.regions); }
  if (s.platformIds.length) { where.push(`${on.platforms} && array[?]::uuid[]`); params.push(s.platformIds); }
  return { where, params };
}

/** The cell expressions of perturbed figures: the month, then each filter that splits them; none for exact figures. */
export function cellExprs(s: CaseScope, month: string, on: FilterColumns): string[] {
  return !s.cells ? [] : [month, ...(s.cells.region ? [on.region] : []), ...(s.cells.status ? [on.status] : []), ...(s.cells.platforms ? [on.platforms] : [])];
}

/** The cell columns ("c0", "c1"…) of perturbed figures, as select-list entries keyed by alias. */
export const cellColumns = (s: CaseScope, month: string, on: FilterColumns): Record<string, string> =>
  Object.fromEntries(cellExprs(s, month, on).map((e, i) => [`c${i}`, e]));

const onCase = (alias: string): FilterColumns => ({ status: `${alias}."status"`, region: `${alias}."child_region"`, platforms: `${alias}."platform_ids"` });

/** A CTE `scoped` of the cases in scope (their statistics facts), with its parameters; every aggregate starts from it. */
export function scopedCte(s: CaseScope): { sql: string; params: unknown[] } {
  const filter = filterOf(s, onCase('c'));
  const where = ['c."received_at" >= ?', 'c."received_at" < ?', ...filter.where];
  const params: unknown[] = [s.start, s.end, ...filter.params];
  const columns = FACTS.map((f) => `c."${f}"`).join(', ') + (s.cells ? `, ${MONTH_OF('c."received_at"')} as "m"` : '');
  return { sql: `with scoped as (select ${columns} from "case" c where ${where.join(' and ')})`, params };
}

/**
 * The cell columns of an aggregate over `scoped` (alias `s`), as SQL to add to its select list
 * (aliased "c0", "c1"…) and to an outer query's lists ("c0", …), and its whole group-by list after
 * the given leading terms (`()`, one group, when empty); no columns for exact figures.
 */
export function cellsOf(s: CaseScope, alias = 's') {
  const exprs = cellExprs(s, `${alias}."m"`, onCase(alias));
  return {
    select: exprs.map((e, i) => `, ${e} as "c${i}"`).join(''),
    names: exprs.map((_, i) => `, "c${i}"`).join(''),
    groupAll: (lead: string[] = []) => ([...lead, ...exprs].join(', ') || '()'),
  };
}

/**
 * Cases of the scope read from a partial index of the case rows (what depends on the time of
 * asking): its SQL conditions, parameters and cell columns, the month as the rollup formats it so
 * that its cells meet the rollup's.
 */
export function caseRowsOf(s: CaseScope): { where: string; params: unknown[]; cells: Record<string, string> } {
  const filter = filterOf(s, onCase('c'));
  return {
    where: ['c."received_at" >= ?', 'c."received_at" < ?', ...filter.where].join(' and '),
    params: [s.start, s.end, ...filter.params],
    cells: cellColumns(s, MONTH_KEY(MONTH_OF('c."received_at"')), onCase('c')),
  };
}

/** The cell of a row from its "c0", "c1"… columns. */
export const cellOf = (r: Record<string, unknown>): string =>
  ['c0', 'c1', 'c2', 'c3'].map((c) => { const v = r[c]; return v instanceof Date ? v.toISOString() : v === undefined ? '' : String(v); }).join('|');

/** Runs an aggregate over the scoped cases. */
export function aggregate<T>(em: EntityManager, scope: CaseScope, body: string, extra: unknown[] = []): Promise<T[]> {
  const cte = scopedCte(scope);
  return withStatsSettings(em, `${cte.sql} ${body}`, [...cte.params, ...extra]);
}

/** Runs a statistics query in a transaction with the statistics settings. */
export function withStatsSettings<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return em.transactional(async (tx) => {
    await tx.execute(STATS_SETTINGS);
    return tx.execute<T[]>(sql, params);
  });
}

/**
 * Memory enough for the sorts of the percentiles and the hashes of the breakdowns (the default
 * spills to disk); no JIT compilation, which costs more than it saves on queries of this size; and
 * no parallel workers: an index-only scan of a year is faster alone than shared among workers that
 * compete with the server for the same cores (measured on 2 cores: B5 in BENCHMARKS.md).
 */
export const STATS_SETTINGS = `select set_config('work_mem', '64MB', true), set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)`;

// Months are Kazakhstan months (UTC+5), whatever the session's time zone; truncated per row, formatted per group.
export const MONTH_OF = (col: string) => `date_trunc('month', (${col} at time zone 'UTC') + interval '5 hours')`;
export const MONTH_KEY = (col: string) => `to_char(${col}, 'YYYY-MM')`;
