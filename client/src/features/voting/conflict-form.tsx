import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextForm } from '../../shared/ui/text-form';
import { useDeclareConflict } from './hooks';

/**
 * Declaring a conflict of interest: the reason, then a confirmation, since it cannot be undone —
 * the member stops voting, seeing identity and receiving the case's live feed.
 */
export function ConflictForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [declare, { loading, error, reset }] = useDeclareConflict();
  const [open, setOpen] = useState(false);

  if (!open) {
    return (
      <button type="button" className="button button--small" data-testid="declare-conflict"
        onClick={() => { reset(); setOpen(true); }}>
        {t('conflict.declare')}
      </button>
    );
  }

  const submit = async (reason: string) => {
    try {
      await declare({ variables: { caseId, reason } });
      setOpen(false);
    } catch {
      // Shown from the mutation's error state.
    }
  };

  return (
    <TextForm testId="conflict-form" name="conflictReason" serverField="reason" title={t('conflict.title')} maxLength={2000}
      intro={<p className="alert alert--warning">{t('conflict.consequences')}</p>}
      label={t('conflict.reason')} requiredMessage={t('conflict.reasonRequired')}
      submitLabel={t('conflict.confirm')} submitTestId="conflict-submit" tone="danger"
      busy={loading} error={error} errorTestId="conflict-error" onCancel={() => setOpen(false)} onSubmit={submit} />
  );
}
