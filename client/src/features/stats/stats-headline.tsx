import { useTranslation } from 'react-i18next';
import type { Stats } from './operations';
import { formatCount, formatHours, formatShare } from './stats.format';

/** The figures a reader looks for first: how many, how many confirmed, how fast. */
export function StatsHeadline({ stats }: { stats: Stats }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const confirmed = stats.byOutcome.find((b) => b.key === 'CONFIRMED')?.count ?? { value: 0, suppressed: false };
  const overall = stats.decisionTime.find((d) => d.key === null) ?? stats.decisionTime[0];
  const figures = [
    { id: 'total', label: t('stats.headline.total'), value: formatCount(stats.total, t, lang) },
    { id: 'confirmed', label: t('stats.headline.confirmed'), value: formatCount(confirmed, t, lang) },
    { id: 'within-deadline', label: t('stats.headline.withinDeadline'), value: formatShare(stats.deadlines.decidedWithinDeadline, t, lang) },
    { id: 'extended', label: t('stats.headline.extended'), value: formatShare(stats.deadlines.extended, t, lang) },
    { id: 'overdue', label: t('stats.headline.overdueNow'), value: formatShare(stats.deadlines.overdueNow, t, lang) },
    { id: 'median-decision', label: t('stats.headline.medianDecision'), value: formatHours(overall?.medianHours, t, lang) },
  ];
  return (
    <dl className="stats-headline">
      {figures.map((f) => (
        <div className="stats-headline__item" key={f.id}>
          <dt>{f.label}</dt>
          <dd data-testid={`stat-${f.id}`}>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
