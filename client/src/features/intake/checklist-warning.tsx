import { useTranslation } from 'react-i18next';
import type { ChecklistCriterion } from '../../shared/api/enums';
import { Alert } from '../../shared/ui/alert';
import { TextArea } from '../../shared/ui/inputs';

interface ChecklistWarningProps {
  failing: readonly ChecklistCriterion[];
  reason: string;
  error: string | null;
  onReason(value: string): void;
}

/** What the screening checklist finds failing in the draft, before it is sent, and the reason to register it anyway. */
export function ChecklistWarning({ failing, reason, error, onReason }: ChecklistWarningProps) {
  const { t } = useTranslation();
  if (failing.length === 0) return null;
  return (
    <fieldset className="form-section" data-testid="intake-checklist-warning">
      <legend>{t('intake.checklistTitle')}</legend>
      <Alert tone="warning">
        <p>{t('intake.checklistLead')}</p>
        <ul>
          {failing.map((c) => (
            <li key={c} data-criterion={c}>{t(`checklistFails.${c}`)}</li>
          ))}
        </ul>
      </Alert>
      <TextArea name="checklistOverrideReason" label={t('intake.checklistReason')} hint={t('intake.checklistReasonHint')}
        value={reason} onChange={onReason} error={error} rows={3} />
    </fieldset>
  );
}
