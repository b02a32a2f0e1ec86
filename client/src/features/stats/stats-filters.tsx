import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, REGIONS } from '../../shared/api/enums';
import { Alert } from '../../shared/ui/alert';
import { MultiSelect } from './multi-select';
import type { StatsPlatform } from './operations';
import { periodProblem, type PeriodProblem, type StatsQueryState } from './stats.period';

interface StatsFiltersProps {
  value: StatsQueryState;
  initial: StatsQueryState;
  platforms: readonly StatsPlatform[];
  /** Perturbed viewers ask for whole months only (the server refuses anything else). */
  wholeMonths: boolean;
  onApply(next: StatsQueryState): void;
}

/** A draft of the query: applied on "Show", after the period is checked as the server would. */
export function StatsFilters({ value, initial, platforms, wholeMonths, onApply }: StatsFiltersProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<StatsQueryState>(value);
  const [problem, setProblem] = useState<PeriodProblem | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = periodProblem(draft.from, draft.to, wholeMonths);
    setProblem(found);
    if (!found) onApply(draft);
  };
  const reset = () => {
    setDraft(initial);
    setProblem(null);
    onApply(initial);
  };

  return (
    <form className="filters stats-filters" aria-label={t('stats.filters')} onSubmit={submit} noValidate>
      <div className="stats-filters__row">
        <label className="field stats-filters__date">
          <span className="field__label">{t('stats.from')}</span>
          <input type="date" name="from" data-testid="stats-from" value={draft.from} aria-invalid={problem !== null}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </label>
        <label className="field stats-filters__date">
          <span className="field__label">{t('stats.to')}</span>
          <input type="date" name="to" data-testid="stats-to" value={draft.to} aria-invalid={problem !== null}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </label>
        <MultiSelect name="platforms" label={t('stats.platforms')} value={draft.platforms}
          options={platforms.map((p) => ({ value: p.code, label: p.name }))} onChange={(platforms) => setDraft({ ...draft, platforms })} />
        <MultiSelect name="regions" label={t('stats.regions')} value={draft.regions}
          options={REGIONS.map((r) => ({ value: r, label: t(`region.${r}`) }))} onChange={(regions) => setDraft({ ...draft, regions })} />
        <MultiSelect name="statuses" label={t('stats.statuses')} value={draft.statuses}
          options={CASE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} onChange={(statuses) => setDraft({ ...draft, statuses })} />
        <div className="stats-filters__actions">
          <button type="submit" className="button button--primary" data-testid="stats-apply">
            {t('stats.apply')}
          </button>
          <button type="button" className="button button--ghost" onClick={reset}>
            {t('stats.reset')}
          </button>
        </div>
      </div>
      {problem && (
        <Alert tone="error" testId="stats-period-error">
          {t(`stats.${problem}`)}
        </Alert>
      )}
    </form>
  );
}
