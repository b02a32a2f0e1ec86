import type { EntityManager } from '@mikro-orm/postgresql';
import { MONTH, rollupSums } from './rollup.sql.js';
import { cellOf, type CaseScope } from './stats.sql.js';
import type { CellCount } from './suppression.js';

/** Code-point order of keys (as SQL's C collation), missing keys last. */
export const byKey = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

/** A row of an aggregate: its bucket, its cell columns ("c0"…), its count and key sum (bigint sums come as strings). */
export type SqlRow = { key: string | null; n: string | number; k: string | number | null } & Record<string, unknown>;

/** Rows as cell counts (the cell from the "c0"… columns; `key` as given). */
export const cellCounts = (rows: readonly SqlRow[], key: (r: SqlRow) => string | null = (r) => r.key): CellCount[] =>
  rows.map((r) => ({ key: key(r), cell: cellOf(r), n: Number(r.n), k: Number(r.k ?? 0) }));

/** What every figure of one request reads with: the database, the cases in scope, and whether the viewer sees exact counts. */
export class StatsContext {
  /** A period without filters reads the daily rollup; filters read the cases' facts. */
  readonly fromRollup: boolean;

  /** `now`: the platform's time (shared/clock.ts), for what depends on the time of asking (overdue cases). */
  constructor(readonly em: EntityManager, readonly scope: CaseScope, readonly exact: boolean, readonly now: Date = new Date()) {
    this.fromRollup = !scope.platformIds.length && !scope.regions.length && !scope.statuses.length;
  }

  /** Sums of a rollup measure over the period, split by month for perturbed figures (the rollup path has no filter to split by). */
  rollup<T>(measure: string, columns: Record<string, string>) {
    return rollupSums<T>(this.em, measure, this.scope.days, this.scope.cells ? { ...columns, c0: MONTH } : columns);
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
