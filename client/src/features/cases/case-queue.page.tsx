import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAbilities, useMember } from '../../app/auth.context';
import { hasErrorCode } from '../../shared/api/errors';
import { ErrorAlert } from '../../shared/ui/alert';
import { NoCaseAccess } from '../../shared/ui/no-access';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { CaseFilters } from './case-filters';
import { CaseTable, CaseTableSkeleton } from './case-table';
import { useCases, useQueueCounts } from './hooks';
import { useLiveQueue } from './live-queue';
import { isFiltered, toFilter, toSort, type QueueParams } from './queue-params';
import { useQueueParams } from './use-queue-params';
import './cases.css';

export function CaseQueuePage() {
  const { t } = useTranslation();
  const member = useMember();
  const can = useAbilities();
  const allowed = can.seeCases;
  const { params, typed, setTyped, change } = useQueueParams();
  const filter = useMemo(() => toFilter(params, params.search), [params]);
  const sort = useMemo(() => toSort(params), [params]);
  const queue = useCases(filter, sort, allowed);
  const counts = useQueueCounts(filter, allowed);
  const { refresh: refreshRows } = queue;
  const { refresh: refreshCounts } = counts;
  const refresh = useCallback(() => {
    refreshRows();
    refreshCounts();
  }, [refreshRows, refreshCounts]);
  useLiveQueue(allowed, refresh);
  usePageTitle(t('queue.title'));

  if (!allowed || hasErrorCode(queue.error, 'FORBIDDEN')) return <NoCaseAccess role={member.role} />;
  const onSort = (next: QueueParams['sort']) => change({ ...params, sort: next });

  return (
    <div className="stack queue">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('queue.title')}</h1>
          <p className="muted queue-lead">{t('queueView.lead')}</p>
        </div>
        {can.registerApplications && (
          <Link className="button button--primary" to="/cases/new" data-testid="new-application">
            {t('queue.newApplication')}
          </Link>
        )}
      </div>
      <CaseFilters value={params} typed={typed} counts={counts.counts} votes={can.vote} onType={setTyped} onChange={change} />
      <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />
      {queue.loading ? (
        <CaseTableSkeleton sort={params.sort} onSort={onSort} />
      ) : (
        <>
          <CaseTable rows={queue.rows} sort={params.sort} onSort={onSort} emptyText={isFiltered(params) ? t('queue.emptyFiltered') : t('queue.empty')} />
          <div className="queue-footer">
            <span className="muted" aria-live="polite" data-testid="queue-shown">
              {t('queue.shown', { shown: queue.rows.length, total: queue.totalCount })}
            </span>
            {queue.hasNextPage && (
              <button
                type="button"
                className="button"
                data-testid="load-more"
                disabled={queue.loadingMore}
                onClick={() => void queue.loadMore()}
              >
                {queue.loadingMore ? t('queue.loadingMore') : t('queue.loadMore')}
              </button>
            )}
          </div>
          {params.state === 'ACTIVE' && <p className="muted queue-note">{t('queueView.finishedHidden')}</p>}
        </>
      )}
    </div>
  );
}
