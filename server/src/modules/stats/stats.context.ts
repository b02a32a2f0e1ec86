import type { EntityManager } from '@mikro-orm/postgresql';
import { MONTH, ON_ROLLUP, rollupHistogramSums, rollupSums, WHOLE_ROLLUP, type RollupSource } from './rollup.sql.js';
import { cellColumns, cellOf, filterOf, type CaseScope } from './stats.sql.js';
import type { CellCount } from './suppression.js';

/** Code-point order of keys (as SQL's C collation), missing keys last. */
export const byKey = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

/** A row of an aggregate: its bucket, its cell columns ("c0"…), its count and key sum (bigint sums come as strings). */
export type SqlRow = { key: string | null; n: string | number; k: string | number | null } & Record<string, unknown>;

/** Rows as cell counts (the cell from the "c0"… columns; `key` as given). */
export const cellCounts = (rows: readonly SqlRow[], key: (r: SqlRow) => string | null = (r) => r.key): CellCount[] =>
  rows.map((r) => ({ key: key(r), cell: cellOf(r), n: Number(r.n), k: Number(r.k ?? 0) }));

/**
 * Where figures are read from: the rollup the triggers keep (the platform's way), or the cases'
 * own facts, the aggregates the rollup must agree with (stats.rollup.test.ts).
 */
export type StatsSource = 'rollup' | 'facts';

/** What every figure of one request reads with: the database, the cases in scope, and whether the viewer sees exact counts. */
export class StatsContext {
  /** Figures are read from the rollup: a period without filters from its sums, filters from its rows split by the filter columns. */
  readonly fromRollup: boolean;
  /** Whether the scope has a filter (by platform, region or status). */
  readonly filtered: boolean;

  /** `now`: the platform's time (shared/clock.ts), for what depends on the time of asking (overdue cases). */
  constructor(readonly em: EntityManager, readonly scope: CaseScope, readonly exact: boolean, readonly now: Date = new Date(), source: StatsSource = 'rollup') {
    this.fromRollup = source === 'rollup';
    this.filtered = scope.platformIds.length > 0 || scope.regions.length > 0 || scope.statuses.length > 0;
  }

  /** The rows of the rollup the scope reads, with the filter's conditions on their filter columns. */
  rollupSource(table: 'stats_cube_day' | 'stats_target_day'): RollupSource {
    return { table, ...filterOf(this.scope, ON_ROLLUP) };
  }

  /** Cell columns of rollup rows: the month, and each filter column that splits perturbed figures; none for exact figures. */
  rollupCells(): Record<string, string> {
    return cellColumns(this.scope, MONTH, ON_ROLLUP);
  }

  /** Sums of a rollup measure over the period and the filter (and the given conditions on its rows), split into the cells of perturbed figures. */
  rollup<T>(measure: string, columns: Record<string, string>, where: { where: string[]; params: unknown[] } = { where: [], params: [] }) {
    const source = this.dailySource();
    const from = { table: source.table, where: [...source.where, ...where.where], params: [...source.params, ...where.params] };
    return rollupSums<T>(this.em, measure, this.scope.days, { ...columns, ...this.rollupCells() }, from);
  }

  /** A histogram measure of the rollup over the period and the filter: hours per key, and counts per key and cell of perturbed figures. */
  rollupHistogram<R>(measure: string, key: string) {
    return rollupHistogramSums<R>(this.em, measure, this.scope.days, key, this.rollupCells(), this.dailySource());
  }

  /** The daily rollup the scope reads: its sums without a filter, its rows split by the filter columns with one. */
  private dailySource(): RollupSource {
    return this.filtered ? this.rollupSource('stats_cube_day') : WHOLE_ROLLUP;
  }

  /** Platform codes by registry id (text), read once per request for the rollup's platform keys. */
  private codes?: Promise<Map<string, string>>;
  platformCodes() {
    return (this.codes ??= this.em.execute<{ id: string; code: string }[]>('select "id"::text as id, "code" from "platform"').then((rows) => new Map(rows.map((r) => [r.id, r.code]))));
  }

  /** Rollup rows keyed by platform id, keyed by its code instead; ids no longer in the registry are left out (as the join of the cases' path does). */
  async byPlatformCode<R extends { key: string | null }>(rows: R[]): Promise<R[]> {
    const codes = await this.platformCodes();
    return rows.filter((r) => codes.has(r.key!)).map((r) => ({ ...r, key: codes.get(r.key!)! }));
  }
}
