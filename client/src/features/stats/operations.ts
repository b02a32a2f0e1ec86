import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CaseStatus, LocalDate, Region } from '../../shared/api/enums';

export interface Count {
  value: number | null;
  suppressed: boolean;
}

export interface Bucket {
  key: string;
  count: Count;
}

export interface DurationStat {
  key: string | null;
  count: Count;
  medianHours: number | null;
  p90Hours: number | null;
}

export interface PlatformCompliance {
  platform: string;
  prescriptions: Count;
  complied: number | null;
  partiallyComplied: number | null;
  notComplied: number | null;
  escalated: number | null;
  medianHoursToRemoval: number | null;
}

export interface PanelWork {
  name: string;
  agencyKind: string;
  cases: number;
  votes: number;
}

export interface Stats {
  period: { from: string; to: string };
  total: Count;
  byMonth: Bucket[];
  byPlatform: Bucket[];
  byRegion: Bucket[];
  byStatus: Bucket[];
  byAgeBand: Bucket[];
  byOutcome: Bucket[];
  deadlines: { decidedWithinDeadline: number | null; extended: number | null; overdueNow: number | null };
  decisionTime: DurationStat[];
  decisionTimeByMonth: DurationStat[];
  compliance: PlatformCompliance[];
  /** `url` for the chair and deputy only; everyone else gets the platform and the number (`target` is then an opaque label). */
  repeatTargets: { target: string; url: string | null; platform: string | null; number: number; cases: Count }[];
  panelWorkByMember?: PanelWork[];
  panelWorkByAgency?: PanelWork[];
}

export interface StatsFilter {
  platforms?: string[];
  regions?: Region[];
  statuses?: CaseStatus[];
}

export interface StatsVariables {
  period: { from: LocalDate; to: LocalDate };
  filter: StatsFilter;
  /** Panel work answers FORBIDDEN to analysts: ask for it only for the chair, deputy and admin. */
  withPanel: boolean;
}

// Every Count travels the same way: the number (perturbed, never 1–4, for all but the chair and deputy), or suppressed ("<5").
export const STATS: TypedDocumentNode<{ stats: Stats }, StatsVariables> = gql`
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
`;

export interface StatsPlatform {
  __typename?: 'Platform';
  id: string;
  code: string;
  name: string;
}

export const STATS_PLATFORMS: TypedDocumentNode<{ platforms: StatsPlatform[] }, Record<string, never>> = gql`
  query StatsPlatforms {
    platforms {
      id
      code
      name
    }
  }
`;
