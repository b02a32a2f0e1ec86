import { Arg, Authorized, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { forbidden, msg } from '../../shared/domain-error.js';
import { maySeePanelWork, STATS_ROLES } from './stats.policy.js';
import { StatsService } from './stats.service.js';
// Declares this module's booleans of viewerCan (ViewerAbilities, CaseAbilities).
import './stats.abilities.js';
import { Bucket, Count, DeadlineShares, DurationStat, PanelWork, PeriodInput, PlatformCompliance, RepeatTarget, StatsFilter } from './stats.types.js';

@ObjectType('Period')
class PeriodView {
  @Field(() => String) from!: string;
  @Field(() => String) to!: string;
}

/** The statistics of one period and filter; each field is its own SQL aggregate, run only when asked for. */
@ObjectType({ description: 'Statistics of the panel\'s work. Exact for the chair and deputy; for everyone else every count is perturbed by the cell-key method (never 1 to 4), periods are whole months, and repeat targets carry no URL.' })
export class Stats {
  service!: StatsService;
  @Field(() => PeriodView) period!: PeriodView;
}


@Resolver(() => Stats)
export class StatsResolver {
  @Authorized(...STATS_ROLES)
  @Query(() => Stats, { description: 'Statistics over the cases received in the period (Kazakhstan days, both ends included).' })
  async stats(@Arg('period', () => PeriodInput) period: PeriodInput, @Arg('filter', () => StatsFilter, { nullable: true }) filter: StatsFilter | null, @Ctx() ctx: Context): Promise<Stats> {
    return { service: await StatsService.open(ctx.em, ctx.viewer!, period, filter, ctx.deps.clock.now()), period: { from: period.from, to: period.to } };
  }

  @FieldResolver(() => Count, { description: 'Applications received in the period.' })
  total(@Root() s: Stats) { return s.service.total(); }

  @FieldResolver(() => [Bucket], { description: 'Applications by current status.' })
  byStatus(@Root() s: Stats) { return s.service.by('status'); }

  @FieldResolver(() => [Bucket], { description: 'Decided applications by outcome (CONFIRMED / NOT_CONFIRMED).' })
  byOutcome(@Root() s: Stats) { return s.service.by('outcome'); }

  @FieldResolver(() => [Bucket], { description: 'Applications by platform (an application naming two platforms counts for each).' })
  byPlatform(@Root() s: Stats) { return s.service.by('platform'); }

  @FieldResolver(() => [Bucket], { description: 'Applications by the child\'s region.' })
  byRegion(@Root() s: Stats) { return s.service.by('region'); }

  @FieldResolver(() => [Bucket], { description: 'Applications by the child\'s age band at the first episode (UNDER_10, AGE_10_13, AGE_14_15, AGE_16_17).' })
  byAgeBand(@Root() s: Stats) { return s.service.by('ageBand'); }

  @FieldResolver(() => [Bucket], { description: 'Applications by month of receipt (YYYY-MM, Kazakhstan time): the time series.' })
  byMonth(@Root() s: Stats) { return s.service.by('month'); }

  @FieldResolver(() => [Bucket], { description: 'Applications voted on by members of each agency kind (STATE_BODY / NGO).' })
  byVoterAgencyKind(@Root() s: Stats) { return s.service.by('voterAgencyKind'); }

  @FieldResolver(() => [DurationStat], { description: 'Receipt → decision, in hours: the whole period (one row with key null).' })
  decisionTime(@Root() s: Stats) { return s.service.durations('decision', 'all'); }

  @FieldResolver(() => [DurationStat], { description: 'Receipt → decision, in hours, per month of receipt.' })
  decisionTimeByMonth(@Root() s: Stats) { return s.service.durations('decision', 'month'); }

  @FieldResolver(() => [DurationStat], { description: 'Receipt → decision, in hours, per platform.' })
  decisionTimeByPlatform(@Root() s: Stats) { return s.service.durations('decision', 'platform'); }

  @FieldResolver(() => [DurationStat], { description: 'Decision → recorded compliance, in hours: the whole period.' })
  complianceTime(@Root() s: Stats) { return s.service.durations('compliance', 'all'); }

  @FieldResolver(() => [DurationStat], { description: 'Decision → recorded compliance, in hours, per month.' })
  complianceTimeByMonth(@Root() s: Stats) { return s.service.durations('compliance', 'month'); }

  @FieldResolver(() => [DurationStat], { description: 'Decision → recorded compliance, in hours, per platform.' })
  complianceTimeByPlatform(@Root() s: Stats) { return s.service.durations('compliance', 'platform'); }

  @FieldResolver(() => DeadlineShares)
  deadlines(@Root() s: Stats) { return s.service.deadlines(); }

  @FieldResolver(() => [PlatformCompliance], { description: 'Per platform: shares of prescriptions complied, partially complied, not complied, escalated; median hours to removal.' })
  compliance(@Root() s: Stats) { return s.service.compliance(); }

  @FieldResolver(() => [PanelWork], { description: 'Cases and votes per member (chair, deputy and admin only).' })
  panelWorkByMember(@Root() s: Stats, @Ctx() ctx: Context) { return panelWork(ctx) && s.service.panelWork('member'); }

  @FieldResolver(() => [PanelWork], { description: 'Cases and votes per agency (chair, deputy and admin only).' })
  panelWorkByAgency(@Root() s: Stats, @Ctx() ctx: Context) { return panelWork(ctx) && s.service.panelWork('agency'); }

  @FieldResolver(() => [RepeatTarget], { description: 'Resources or accounts named in more than one case, most repeated first (50 at most).' })
  repeatTargets(@Root() s: Stats) { return s.service.repeatTargets(); }
}

function panelWork(ctx: Context): true {
  if (!maySeePanelWork(ctx.viewer!)) {
    throw forbidden(msg('The work of members is shown to the chair and the admin only.', 'Работа участников видна только председателю и администратору.', 'Қатысушылардың жұмысы тек төрағаға және әкімшіге көрсетіледі.'));
  }
  return true;
}
