import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ui/alert';
import { Field } from '../../shared/ui/field';
import { useDeclareConflict } from './hooks';

/**
 * Declaring a conflict of interest: the reason, then a confirmation, since it cannot be undone —
 * the member stops voting, seeing identity and receiving the case's live feed.
 */
export function ConflictForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [declare, { loading, error, reset }] = useDeclareConflict();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  if (!open) {
    return (
      <button type="button" className="button button--small" data-testid="declare-conflict"
        onClick={() => { reset(); setOpen(true); }}>
        {t('conflict.declare')}
      </button>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    try {
      await declare({ variables: { caseId, reason: reason.trim() } });
      setOpen(false);
    } catch {
      // Shown from the mutation's error state.
    }
  };

  return (
    <form className="subform" noValidate onSubmit={(e) => void submit(e)} data-testid="conflict-form">
      <h3 className="subheading">{t('conflict.title')}</h3>
      <p className="alert alert--warning">{t('conflict.consequences')}</p>
      <Field label={t('conflict.reason')} error={missing ? t('conflict.reasonRequired') : null}>
        {(control) => (
          <textarea {...control} name="conflictReason" rows={3} maxLength={2000} value={reason} autoFocus
            onChange={(e) => { setReason(e.target.value); setMissing(false); }} />
        )}
      </Field>
      <ErrorAlert error={error} testId="conflict-error" />
      <div className="button-row">
        <button type="submit" className="button button--danger" data-testid="conflict-submit" disabled={loading}>
          {loading ? t('common.saving') : t('conflict.confirm')}
        </button>
        <button type="button" className="button button--ghost" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
