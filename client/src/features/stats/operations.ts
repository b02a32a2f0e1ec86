import { graphql } from '../../gql';
import type {
  StatsBucketFragment,
  StatsCountFragment,
  StatsDurationFragment,
  StatsPlatformsQuery,
  StatsQuery,
  StatsQueryVariables,
} from '../../gql/graphql';

/** A number (perturbed, never 1–4, for all but the chair and deputy), or suppressed ("<5"). */
export type Count = StatsCountFragment;
export type Bucket = StatsBucketFragment;
export type DurationStat = StatsDurationFragment;
/**
 * `repeatTargets[].url` for the chair and deputy only; everyone else gets the platform and the
 * number (`target` is then an opaque label). Panel work only when asked for (`withPanel`).
 */
export type Stats = StatsQuery['stats'];
export type PlatformCompliance = Stats['compliance'][number];
export type PanelWork = NonNullable<Stats['panelWorkByMember']>[number];
/** `withPanel`: panel work answers FORBIDDEN to analysts: ask for it only for the chair, deputy and admin. */
export type StatsVariables = StatsQueryVariables;
export type StatsPlatform = StatsPlatformsQuery['platforms'][number];

// Every Count travels the same way: the number (perturbed, never 1–4, for all but the chair and deputy), or suppressed ("<5").
export const STATS = graphql(`
  query Stats($period: PeriodInput!, $filter: StatsFilter, $withPanel: Boolean!) {
    stats(period: $period, filter: $filter) {
      period {
        from
        to
      }
      total {
        ...StatsCount
      }
      byMonth {
        ...StatsBucket
      }
      byPlatform {
        ...StatsBucket
      }
      byRegion {
        ...StatsBucket
      }
      byStatus {
        ...StatsBucket
      }
      byAgeBand {
        ...StatsBucket
      }
      byOutcome {
        ...StatsBucket
      }
      deadlines {
        decidedWithinDeadline
        extended
        overdueNow
      }
      decisionTime {
        ...StatsDuration
      }
      decisionTimeByMonth {
        ...StatsDuration
      }
      compliance {
        platform
        prescriptions {
          ...StatsCount
        }
        complied
        partiallyComplied
        notComplied
        escalated
        medianHoursToRemoval
      }
      repeatTargets {
        target
        url
        platform
        number
        cases {
          ...StatsCount
        }
      }
      panelWorkByMember @include(if: $withPanel) {
        name
        agencyKind
        cases
        votes
      }
      panelWorkByAgency @include(if: $withPanel) {
        name
        agencyKind
        cases
        votes
      }
    }
  }

  fragment StatsCount on Count {
    value
    suppressed
  }

  fragment StatsBucket on Bucket {
    key
    count {
      ...StatsCount
    }
  }

  fragment StatsDuration on DurationStat {
    key
    count {
      ...StatsCount
    }
    medianHours
    p90Hours
  }
`);

export const STATS_PLATFORMS = graphql(`
  query StatsPlatforms {
    platforms {
      id
      code
      name
    }
  }
`);
