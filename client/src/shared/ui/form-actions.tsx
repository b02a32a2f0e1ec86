import { useTranslation } from 'react-i18next';

interface FormActionsProps {
  submitLabel: string;
  submitTestId: string;
  busy: boolean;
  tone?: 'primary' | 'danger';
  onCancel(): void;
}

/** The submit and cancel buttons that close every small form of the case file. */
export function FormActions({ submitLabel, submitTestId, busy, tone = 'primary', onCancel }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <button type="submit" className={`button button--${tone}`} data-testid={submitTestId} disabled={busy}>
        {busy ? t('common.saving') : submitLabel}
      </button>
      <button type="button" className="button button--ghost" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
