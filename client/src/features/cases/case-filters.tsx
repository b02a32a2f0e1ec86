import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, type CaseStatus } from '../../shared/api/enums';

export interface QueueFilterState {
  statuses: CaseStatus[];
  overdueOnly: boolean;
  search: string;
}

export const EMPTY_FILTERS: QueueFilterState = { statuses: [], overdueOnly: false, search: '' };

interface CaseFiltersProps {
  value: QueueFilterState;
  onChange(next: QueueFilterState): void;
}

export function CaseFilters({ value, onChange }: CaseFiltersProps) {
  const { t } = useTranslation();
  const toggleStatus = (status: CaseStatus) => {
    const statuses = value.statuses.includes(status)
      ? value.statuses.filter((s) => s !== status)
      : CASE_STATUSES.filter((s) => s === status || value.statuses.includes(s));
    onChange({ ...value, statuses });
  };
  const dirty = value.statuses.length > 0 || value.overdueOnly || value.search !== '';

  return (
    <form className="filters" role="search" aria-label={t('queue.filters')} onSubmit={(e) => e.preventDefault()}>
      <div className="filters__row">
        <label className="filters__search">
          <span className="field__label">{t('queue.filterSearch')}</span>
          <input
            type="search"
            name="search"
            data-testid="queue-search"
            placeholder={t('queue.filterSearchPlaceholder')}
            value={value.search}
            onChange={(e) => onChange({ ...value, search: e.target.value })}
          />
        </label>
        <label className="check">
          <input
            type="checkbox"
            name="overdue"
            data-testid="queue-overdue"
            checked={value.overdueOnly}
            onChange={(e) => onChange({ ...value, overdueOnly: e.target.checked })}
          />
          <span>{t('queue.filterOverdue')}</span>
        </label>
        {dirty && (
          <button type="button" className="button button--ghost" onClick={() => onChange(EMPTY_FILTERS)}>
            {t('queue.clearFilters')}
          </button>
        )}
      </div>
      <fieldset className="chips">
        <legend className="field__label">{t('queue.filterStatus')}</legend>
        {CASE_STATUSES.map((status) => (
          <label key={status} className="chip">
            <input
              type="checkbox"
              name="status"
              value={status}
              checked={value.statuses.includes(status)}
              onChange={() => toggleStatus(status)}
            />
            <span>{t(`status.${status}`)}</span>
          </label>
        ))}
      </fieldset>
    </form>
  );
}
