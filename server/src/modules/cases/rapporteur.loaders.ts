import type { Sql } from '../../shared/sql.js';
import { mapLoader } from '../../shared/loaders.js';

/** Each case's rapporteur (a member's id, or null), one query per request whatever the page. */
export function rapporteurLoaders(db: Sql) {
  return {
    rapporteurByCase: mapLoader<string | null>(async (caseIds) => {
      const rows = await db.execute<{ case_id: string; member_id: string }[]>('select case_id, member_id from case_rapporteur where case_id in (?)', [[...caseIds]]);
      const found = new Map<string, string | null>(caseIds.map((id) => [id, null]));
      for (const r of rows) found.set(r.case_id, r.member_id);
      return found;
    }),
  };
}

declare module '../../shared/context.js' {
  interface Loaders extends ReturnType<typeof rapporteurLoaders> {}
}
