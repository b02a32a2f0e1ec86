import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { offersStatsExplorer } from '../../app/access.policy';
import { useAbilities, useMember } from '../../app/auth.context';
import { hasErrorCode } from '../../shared/api/errors';
import { formatLocalDate } from '../../shared/lib/datetime';
import { ErrorAlert } from '../../shared/ui/alert';
import { DownloadButton } from '../../shared/ui/download-button';
import { Loading } from '../../shared/ui/layout';
import { NoPageAccess } from '../../shared/ui/no-access';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { StatsCharts } from './stats-charts';
import { StatsFilters } from './stats-filters';
import { StatsHeadline } from './stats-headline';
import { PanelWorkTable, RepeatTargetsTable } from './stats-tables';
import { useStats, useStatsPlatforms } from './hooks';
import { downloadStatsCsv } from './stats.csv';
import { defaultPeriod, seesExactStats, type StatsQueryState } from './stats.period';
import './stats.css';

export function StatsPage() {
  const { t } = useTranslation();
  const member = useMember();
  const can = useAbilities();
  usePageTitle(t('stats.title'));
  if (!can.readStats) return <NoPageAccess />;
  return <StatsDashboard withPanel={can.seePanelWork} explorer={offersStatsExplorer(can)} wholeMonths={!seesExactStats(member.role)} />;
}

function StatsDashboard({ withPanel, explorer, wholeMonths }: { withPanel: boolean; explorer: boolean; wholeMonths: boolean }) {
  const { t, i18n } = useTranslation();
  const initial = useMemo<StatsQueryState>(() => ({ ...defaultPeriod(), platforms: [], regions: [], statuses: [] }), []);
  const [query, setQuery] = useState<StatsQueryState>(initial);
  const variables = useMemo(
    () => ({
      period: { from: query.from, to: query.to },
      filter: { platforms: query.platforms, regions: query.regions, statuses: query.statuses },
      withPanel,
    }),
    [query, withPanel],
  );
  const result = useStats(variables);
  const platforms = useStatsPlatforms().data?.platforms ?? [];
  const stats = result.data?.stats;

  if (hasErrorCode(result.error, 'FORBIDDEN') && !stats) return <NoPageAccess />;

  return (
    <div className="stack stats" data-testid="stats-dashboard">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('stats.title')}</h1>
          <p className="muted">{t('stats.lead')}</p>
        </div>
        <div className="stats__actions">
          {explorer && (
            <Link className="button button--small button--ghost" to="/stats/explorer" data-testid="open-explorer">
              {t('stats.explorerLink')}
            </Link>
          )}
          <DownloadButton label={t('stats.exportCsv')} testId="export-csv" download={() => downloadStatsCsv(query)} />
        </div>
      </div>
      <StatsFilters value={query} initial={initial} platforms={platforms} wholeMonths={wholeMonths} onApply={setQuery} />
      <ErrorAlert error={result.error} testId="stats-error" onRetry={() => void result.refetch()} />
      {!stats ? (
        result.loading && <Loading />
      ) : (
        <>
          <p className="muted" aria-live="polite">
            {t('stats.periodShown', { from: formatLocalDate(stats.period.from, i18n.language), to: formatLocalDate(stats.period.to, i18n.language) })}
          </p>
          <StatsHeadline stats={stats} />
          <StatsCharts stats={stats} platforms={platforms} />
          <RepeatTargetsTable items={stats.repeatTargets} platforms={platforms} />
          {stats.panelWorkByMember && (
            <PanelWorkTable title={t('stats.panelByMember')} testId="panel-by-member" nameHeader={t('stats.column.name')} items={stats.panelWorkByMember} />
          )}
          {stats.panelWorkByAgency && (
            <PanelWorkTable title={t('stats.panelByAgency')} testId="panel-by-agency" nameHeader={t('stats.column.agency')} items={stats.panelWorkByAgency} />
          )}
        </>
      )}
    </div>
  );
}
