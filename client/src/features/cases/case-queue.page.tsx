import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAbilities, useMember } from '../../app/auth.context';
import { hasErrorCode } from '../../shared/api/errors';
import { ErrorAlert } from '../../shared/ui/alert';
import { Loading } from '../../shared/ui/layout';
import { NoCaseAccess } from '../../shared/ui/no-access';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { useDebouncedValue } from '../../shared/lib/use-debounced-value';
import { CaseFilters, EMPTY_FILTERS, type QueueFilterState } from './case-filters';
import { CaseTable } from './case-table';
import { useCases } from './hooks';
import { useLiveQueue } from './live-queue';
import type { CaseFilter } from './operations';
import './cases.css';

function toFilter(state: QueueFilterState, search: string): CaseFilter | undefined {
  const filter: CaseFilter = {};
  if (state.statuses.length > 0) filter.status = state.statuses;
  if (state.overdueOnly) filter.overdue = true;
  if (search.trim()) filter.search = search.trim();
  return Object.keys(filter).length > 0 ? filter : undefined;
}

export function CaseQueuePage() {
  const { t } = useTranslation();
  const member = useMember();
  const can = useAbilities();
  const allowed = can.seeCases;
  const [filters, setFilters] = useState<QueueFilterState>(EMPTY_FILTERS);
  const search = useDebouncedValue(filters.search, 350);
  const filter = useMemo(() => toFilter(filters, search), [filters, search]);
  const queue = useCases(filter, allowed);
  useLiveQueue(allowed, queue.refresh);
  usePageTitle(t('queue.title'));

  if (!allowed || hasErrorCode(queue.error, 'FORBIDDEN')) return <NoCaseAccess role={member.role} />;

  return (
    <div className="stack">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('queue.title')}</h1>
          <p className="muted">{t('queue.lead')}</p>
        </div>
        {can.registerApplications && (
          <Link className="button button--primary" to="/cases/new" data-testid="new-application">
            {t('queue.newApplication')}
          </Link>
        )}
      </div>
      <CaseFilters value={filters} onChange={setFilters} />
      <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />
      {queue.loading ? (
        <Loading />
      ) : (
        <>
          <CaseTable rows={queue.rows} emptyText={filter ? t('queue.emptyFiltered') : t('queue.empty')} />
          <div className="queue-footer">
            <span className="muted" aria-live="polite">
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
        </>
      )}
    </div>
  );
}
