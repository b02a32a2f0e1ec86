import type { StatsMessages } from '../../../app/i18n/ru.stats';

// Ready queries for the questions analysts ask most. The period comes in as a variable, so that
// changing it does not mean editing the query.

export interface ExplorerExample {
  id: keyof StatsMessages['example'];
  query: string;
}

const COUNT = '{ value suppressed }';

export const EXPLORER_EXAMPLES: readonly ExplorerExample[] = [
  {
    id: 'yearByMonth',
    query: `# Total and by month of receipt (whole months); counts are perturbed, never 1–4; "suppressed": true reads <5
query TotalByMonth($period: PeriodInput!) {
  stats(period: $period) {
    period { from to }
    total ${COUNT}
    byMonth { key count ${COUNT} }
  }
}
`,
  },
  {
    id: 'platformRegion',
    query: `query ByPlatformAndRegion($period: PeriodInput!, $filter: StatsFilter) {
  stats(period: $period, filter: $filter) {
    total ${COUNT}
    byPlatform { key count ${COUNT} }
    byRegion { key count ${COUNT} }
  }
  platforms { code name }
}
`,
  },
  {
    id: 'compliance',
    query: `# Shares from 0 to 1; null when there is nothing to divide or it is withheld
query ComplianceByPlatform($period: PeriodInput!) {
  stats(period: $period) {
    compliance {
      platform
      prescriptions ${COUNT}
      complied
      partiallyComplied
      notComplied
      escalated
      medianHoursToRemoval
    }
  }
}
`,
  },
  {
    id: 'decisionTime',
    query: `# Hours from receipt to decision: median and 90th percentile
query DecisionTime($period: PeriodInput!) {
  stats(period: $period) {
    deadlines { decidedWithinDeadline extended overdueNow }
    decisionTime { count ${COUNT} medianHours p90Hours }
    decisionTimeByMonth { key count ${COUNT} medianHours p90Hours }
    decisionTimeByPlatform { key count ${COUNT} medianHours p90Hours }
  }
}
`,
  },
  {
    id: 'repeatTargets',
    query: `# Resources or accounts named in more than one case, most repeated first
query RepeatTargets($period: PeriodInput!) {
  stats(period: $period) {
    repeatTargets { target platform number cases ${COUNT} }
  }
}
`,
  },
];

/** The variables of every example: the period, which the analyst edits in the variables pane. */
export function exampleVariables(period: { from: string; to: string }): string {
  return JSON.stringify({ period, filter: { platforms: [], regions: [], statuses: [] } }, null, 2);
}

/** The statistics fields explained in the interface language (the schema's descriptions are the API's). */
export const FIELD_HELP_KEYS = [
  'total',
  'byMonth',
  'byPlatform',
  'byRegion',
  'byStatus',
  'byAgeBand',
  'byOutcome',
  'byVoterAgencyKind',
  'deadlines',
  'decisionTime',
  'decisionTimeByMonth',
  'decisionTimeByPlatform',
  'compliance',
  'complianceTime',
  'complianceTimeByMonth',
  'complianceTimeByPlatform',
  'repeatTargets',
  'panelWorkByMember',
  'panelWorkByAgency',
  'count',
] as const satisfies readonly (keyof StatsMessages['field'])[];
