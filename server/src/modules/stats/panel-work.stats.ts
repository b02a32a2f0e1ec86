import { cellCounts, type SqlRow, type StatsContext } from './stats.context.js';
import { aggregate, cellsOf } from './stats.sql.js';
import type { PanelWork } from './stats.types.js';
import { NO_TALLY, tallies } from './suppression.js';

type WorkRow = SqlRow & { name: string; kind: string; cases: string; cases_k: string; votes: string; votes_k: string };

/**
 * Cases and current votes per member or agency. The admin's figures are perturbed like every other
 * count (a filtered list is a count of children's cases): cases with the cases' record keys, votes
 * with the key of the case of each vote.
 */
export async function panelWorkOf(ctx: StatsContext, per: 'member' | 'agency'): Promise<PanelWork[]> {
  const name = per === 'member' ? 'm."name"' : 'a."name"';
  const cells = cellsOf(ctx.scope);
  const rows = await aggregate<WorkRow>(ctx.em, ctx.scope, `select x.name, x.kind${cells.names}, count(*) as cases, sum(x.rk) as cases_k, sum(x.v) as votes, sum(x.v * x.rk) as votes_k
    from (select ${name} as name, a."kind" as kind, s."id", s."record_key" as rk${cells.select}, count(v."id") as v from scoped s
      join "voting_round" r on r."case_id" = s."id" join "vote" v on v."round_id" = r."id" and v."superseded_at" is null
      join "member" m on m."id" = v."member_id" join "agency" a on a."id" = m."agency_id" group by ${cells.groupAll(['1', '2', 's."id"', 's."record_key"'])}) x
    group by x.name, x.kind${cells.names}`);
  const id = (r: SqlRow) => JSON.stringify([r.name, r.kind]);
  const cases = tallies(cellCounts(rows.map((r) => ({ ...r, n: r.cases, k: r.cases_k })), id), ctx.exact);
  const votes = tallies(cellCounts(rows.map((r) => ({ ...r, n: r.votes, k: r.votes_k })), id), ctx.exact);
  return [...cases].map(([key, c]) => {
    const [n, kind] = JSON.parse(key!) as [string, string];
    return { name: n, agencyKind: kind, cases: c.shown, votes: (votes.get(key) ?? NO_TALLY).shown };
  }).sort((a, b) => b.cases - a.cases || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
