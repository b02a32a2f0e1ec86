import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../shared/api/enums';
import type { CaseSortField, CaseState, QueueView, SortDirection } from '../../gql/graphql';
import type { QueueCounts } from './operations';
import { DEFAULT_PARAMS, isFiltered, SORT_FIELDS, STATES, statusesOfState, VIEWS, withState, type QueueParams } from './queue-params';

interface CaseFiltersProps {
  value: QueueParams;
  typed: string;
  counts: QueueCounts | null;
  /** Whether the viewer votes at all (else "waiting for my vote" is not offered). */
  votes: boolean;
  onType(search: string): void;
  onChange(next: QueueParams): void;
}

type CountName = Exclude<keyof QueueCounts, '__typename'>;
const STATE_COUNT: Record<CaseState, CountName> = { ACTIVE: 'active', FINISHED: 'finished', ALL: 'all' };
const VIEW_COUNT: Record<QueueView, CountName> = { ALL: 'anyView', WAITING_FOR_MY_VOTE: 'waitingForMyVote', MENTIONS_ME: 'mentionsMe', MY_CASES: 'myCases' };

export function CaseFilters({ value, typed, counts, votes, onType, onChange }: CaseFiltersProps) {
  const { t } = useTranslation();
  const labelled = (label: string, count: number | undefined) => (count === undefined ? label : t('queueView.withCount', { label, count }));
  const toggleStatus = (status: CaseStatus) => {
    const statuses = value.statuses.includes(status)
      ? value.statuses.filter((s) => s !== status)
      : statusesOfState(value.state).filter((s) => s === status || value.statuses.includes(s));
    onChange({ ...value, statuses });
  };
  const views = VIEWS.filter((v) => votes || v !== 'WAITING_FOR_MY_VOTE');

  return (
    <form className="filters queue-filters" role="search" aria-label={t('queue.filters')} onSubmit={(e) => e.preventDefault()} data-testid="queue-filters">
      <div className="filters__row">
        <label className="filters__search">
          <span className="field__label">{t('queue.filterSearch')}</span>
          <input
            type="search"
            name="search"
            data-testid="queue-search"
            placeholder={t('queue.filterSearchPlaceholder')}
            value={typed}
            onChange={(e) => onType(e.target.value)}
          />
        </label>
        <label className="queue-sort">
          <span className="field__label">{t('queueView.sortBy')}</span>
          <select
            name="sort"
            data-testid="queue-sort"
            value={`${value.sort.field}:${value.sort.direction}`}
            onChange={(e) => {
              const [field, direction] = e.target.value.split(':') as [CaseSortField, SortDirection];
              onChange({ ...value, sort: { field, direction } });
            }}
          >
            {SORT_FIELDS.flatMap((field) =>
              (['ASC', 'DESC'] as const).map((direction) => (
                <option key={`${field}:${direction}`} value={`${field}:${direction}`}>
                  {t('queueView.sortOption', { column: t(COLUMN_LABEL[field]), direction: t(direction === 'ASC' ? 'queueView.sortAsc' : 'queueView.sortDesc') })}
                </option>
              )),
            )}
          </select>
        </label>
        {isFiltered(value) && (
          <button type="button" className="button button--ghost" onClick={() => { onType(''); onChange({ ...DEFAULT_PARAMS, sort: value.sort }); }}>
            {t('queue.clearFilters')}
          </button>
        )}
      </div>

      <fieldset className="chips" data-testid="queue-states">
        <legend className="field__label">{t('queueView.states')}</legend>
        {STATES.map((state) => (
          <label key={state} className="chip">
            <input type="radio" name="state" value={state} checked={value.state === state} onChange={() => onChange(withState(value, state))} />
            <span data-testid={`queue-state-${state}`}>{labelled(t(`queueView.state.${state}`), counts?.[STATE_COUNT[state]])}</span>
          </label>
        ))}
      </fieldset>

      <fieldset className="chips" data-testid="queue-views">
        <legend className="field__label">{t('queueView.views')}</legend>
        {views.map((view) => (
          <label key={view} className="chip" title={view === 'MENTIONS_ME' || view === 'MY_CASES' ? t(`queueView.viewHint.${view}`) : undefined}>
            <input type="radio" name="view" value={view} checked={value.view === view} onChange={() => onChange({ ...value, view })} />
            <span data-testid={`queue-view-${view}`}>{labelled(t(`queueView.view.${view}`), counts?.[VIEW_COUNT[view]])}</span>
          </label>
        ))}
      </fieldset>

      <details className="queue-more" open={value.statuses.length > 0 || value.overdueOnly}>
        <summary data-testid="queue-more">{t('queueView.more')}</summary>
        <fieldset className="chips">
          <legend className="field__label">{t('queue.filterStatus')}</legend>
          {statusesOfState(value.state).map((status) => (
            <label key={status} className="chip">
              <input type="checkbox" name="status" value={status} checked={value.statuses.includes(status)} onChange={() => toggleStatus(status)} />
              <span>{t(`status.${status}`)}</span>
            </label>
          ))}
        </fieldset>

        <div className="filters__row">
          <label className="check">
            <input
              type="checkbox"
              name="overdue"
              data-testid="queue-overdue"
              checked={value.overdueOnly}
              onChange={(e) => onChange({ ...value, overdueOnly: e.target.checked })}
            />
            <span>{counts ? t('queueView.overdueCount', { count: counts.overdue }) : t('queue.filterOverdue')}</span>
          </label>
        </div>
      </details>
    </form>
  );
}

/** A column's message key, as its header and the sort list name it. */
export const COLUMN_LABEL = {
  NUMBER: 'queue.colNumber',
  STATUS: 'queue.colStatus',
  RECEIVED_AT: 'queue.colReceived',
  DUE_AT: 'queue.colDue',
  REGION: 'queueView.colRegion',
} as const satisfies Record<CaseSortField, string>;
