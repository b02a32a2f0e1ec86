import { groupHistograms, histogramPercentiles } from './histogram.js';
import { KEY, type HistogramSums } from './rollup.sql.js';
import { byKey, cellCounts, type SqlRow, type StatsContext } from './stats.context.js';
import { aggregate, cellsOf } from './stats.sql.js';
import type { PlatformCompliance } from './stats.types.js';
import { countView, NO_TALLY, shareOf, SUPPRESS_BELOW, tallies } from './suppression.js';

const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
type StatusRow = SqlRow & { status: string };
type HistogramRow = SqlRow & { h: number | string };

/**
 * Prescriptions per platform (registry id, or null once the platform left the registry) and status,
 * and delivery → removal histograms (hours per platform; counts per platform and cell); each counted
 * with the prescriptions' record keys.
 */
async function rows(ctx: StatsContext): Promise<[StatusRow[], HistogramSums<SqlRow>]> {
  if (ctx.fromRollup) {
    return Promise.all([
      ctx.rollup<StatusRow>('prescription', { key: KEY, status: '"bucket"' }),
      ctx.rollupHistogram<SqlRow>('removal_hours', KEY),
    ]);
  }
  const cells = cellsOf(ctx.scope);
  const [statuses, removal] = await Promise.all([
    aggregate<StatusRow>(ctx.em, ctx.scope, `select pr."platform_id"::text as key, pr."status"${cells.select}, count(*) as n, sum(pr."record_key") as k
      from scoped s join "prescription" pr on pr."case_id" = s."id" group by ${cells.groupAll(['1', '2'])}`),
    aggregate<HistogramRow>(ctx.em, ctx.scope, `select pr."platform_id"::text as key, stats_hours(pr."delivered_at", pr."resolved_at")::int as h${cells.select}, count(*) as n, sum(pr."record_key") as k
      from scoped s join "prescription" pr on pr."case_id" = s."id" where pr."status" = 'COMPLIED' and pr."delivered_at" is not null and pr."resolved_at" is not null
      group by ${cells.groupAll(['1', '2'])}`),
  ]);
  return [statuses, { hours: removal, counts: removal }];
}

/**
 * Per platform: its prescriptions (a published count) and the shares of them complied, partially
 * complied, not complied and escalated (published numerators over the published count), and the
 * median hours to removal (over 5 removals or more for perturbed viewers).
 */
export async function complianceOf(ctx: StatsContext): Promise<PlatformCompliance[]> {
  const [statuses, removal] = await rows(ctx);
  const codes = await ctx.platformCodes();
  const histograms = groupHistograms(removal.hours);
  const perPlatform = tallies(cellCounts(statuses), ctx.exact);
  const perStatus = tallies(cellCounts(statuses, (r) => `${r.key ?? ''}/${String(r.status)}`), ctx.exact);
  const removals = tallies(cellCounts(removal.counts), ctx.exact);
  return [...perPlatform].map(([id, total]) => {
    const share = (status: string) => shareOf(perStatus.get(`${id ?? ''}/${status}`) ?? NO_TALLY, total, ctx.exact);
    const [median] = histogramPercentiles(histograms.get(id) ?? [], [0.5]);
    const removed = removals.get(id) ?? NO_TALLY;
    const medianShown = ctx.exact || (removed.n >= SUPPRESS_BELOW && total.shown >= SUPPRESS_BELOW);
    return {
      platform: (id && codes.get(id)) ?? 'UNKNOWN', prescriptions: countView(total), complied: share('COMPLIED'), partiallyComplied: share('PARTIALLY_COMPLIED'),
      notComplied: share('NOT_COMPLIED'), escalated: share('ESCALATED'), medianHoursToRemoval: medianShown ? round1(median) : null,
      size: total.shown,
    };
  }).sort((a, b) => b.size - a.size || byKey(a.platform, b.platform)).map(({ size: _size, ...c }) => c);
}
