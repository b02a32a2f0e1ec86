import { useTranslation } from 'react-i18next';
import { isOneOf } from '../../shared/api/enums';
import { CASE_STATUSES, REGIONS } from '../../shared/api/enums';
import { BucketChart } from './bucket-chart';
import { ComplianceChart } from './compliance-chart';
import { DecisionTimeChart } from './decision-time-chart';
import type { Bucket, Stats, StatsPlatform } from './operations';
import { formatMonth } from './stats.format';
import { monthsOf } from './stats.period';

const AGE_BANDS = ['UNDER_10', 'AGE_10_13', 'AGE_14_15', 'AGE_16_17', 'ADULT', 'UNKNOWN'] as const;
const OUTCOMES = ['CONFIRMED', 'NOT_CONFIRMED', 'QUORUM_NOT_MET', 'TIE_UNRESOLVED'] as const;

/** Months the server left out had no applications: they are zeros, not gaps, in a time series. */
function everyMonth(buckets: readonly Bucket[], from: string, to: string): Bucket[] {
  const byKey = new Map(buckets.map((b) => [b.key, b]));
  return monthsOf(from, to).map((m) => byKey.get(m) ?? { key: m, count: { value: 0, suppressed: false } });
}

export function StatsCharts({ stats, platforms }: { stats: Stats; platforms: readonly StatsPlatform[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const platformName = (code: string) => platforms.find((p) => p.code === code)?.name ?? code;
  const { from, to } = stats.period;

  return (
    <div className="stats-grid">
      <BucketChart name="month" wide title={t('stats.chart.month')} keyHeader={t('stats.column.month')}
        buckets={everyMonth(stats.byMonth, from, to)} label={(k) => formatMonth(k, lang)} />
      <BucketChart name="platform" horizontal title={t('stats.chart.platform')} keyHeader={t('stats.column.platform')}
        buckets={stats.byPlatform} label={platformName} />
      <BucketChart name="region" horizontal title={t('stats.chart.region')} keyHeader={t('stats.column.region')}
        buckets={stats.byRegion} label={(k) => (isOneOf(REGIONS, k) ? t(`region.${k}`) : k)} />
      <BucketChart name="status" horizontal title={t('stats.chart.status')} keyHeader={t('stats.column.status')}
        buckets={stats.byStatus} label={(k) => (isOneOf(CASE_STATUSES, k) ? t(`status.${k}`) : k)} />
      <BucketChart name="age" horizontal title={t('stats.chart.age')} keyHeader={t('stats.column.ageBand')}
        buckets={stats.byAgeBand} label={(k) => (isOneOf(AGE_BANDS, k) ? t(`stats.ageBand.${k}`) : k)} />
      <BucketChart name="outcome" horizontal title={t('stats.chart.outcome')} keyHeader={t('stats.column.outcome')}
        buckets={stats.byOutcome} label={(k) => (isOneOf(OUTCOMES, k) ? t(`outcome.${k}`) : k)} />
      <DecisionTimeChart months={monthsOf(from, to)} items={stats.decisionTimeByMonth} />
      <ComplianceChart items={stats.compliance} platformName={platformName} />
    </div>
  );
}
