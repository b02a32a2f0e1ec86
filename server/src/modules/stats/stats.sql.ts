import type { EntityManager } from '@mikro-orm/postgresql';

/** The cases a statistics query looks at: received in the period and matching the filter. One place builds it. */
export interface CaseScope {
  start: Date;
  end: Date;
  platforms: string[];
  regions: string[];
  statuses: string[];
}

/** A CTE `scoped(id)` of the cases in scope, with its parameters; every aggregate starts from it. */
export function scopedCte(s: CaseScope): { sql: string; params: unknown[] } {
  const where = ['c."received_at" >= ?', 'c."received_at" < ?'];
  const params: unknown[] = [s.start, s.end];
  if (s.statuses.length) { where.push('c."status" in (?)'); params.push(s.statuses); }
  if (s.regions.length) { where.push('c."child_region" in (?)'); params.push(s.regions); }
  if (s.platforms.length) {
    where.push('exists (select 1 from "episode" e join "platform" p on p."id" = e."platform_id" where e."case_id" = c."id" and p."code" in (?))');
    params.push(s.platforms);
  }
  return { sql: `with scoped as (select c.* from "case" c where ${where.join(' and ')})`, params };
}

/** Runs an aggregate over the scoped cases. */
export async function aggregate<T>(em: EntityManager, scope: CaseScope, body: string, extra: unknown[] = []): Promise<T[]> {
  const cte = scopedCte(scope);
  return em.execute<T[]>(`${cte.sql} ${body}`, [...cte.params, ...extra]);
}

// Months are Kazakhstan months (UTC+5), whatever the session's time zone.
export const MONTH_OF = (col: string) => `to_char((${col} at time zone 'UTC') + interval '5 hours', 'YYYY-MM')`;
export const HOURS_BETWEEN = (from: string, to: string) => `extract(epoch from (${to} - ${from})) / 3600.0`;
