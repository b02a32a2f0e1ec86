import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fromLocalInput, toLocalInput } from '../../shared/lib/datetime';
import { Field, FormErrorAlert, useFocusFirstInvalid, useFormErrors } from '../../shared/ui/field';
import { FormActions } from '../../shared/ui/form-actions';
import { useExtendDeadline } from './hooks';

interface ExtendDeadlineProps {
  caseId: string;
  currentDueAt: string;
}

const FIELDS = ['reason', 'dueAt'];

/** Chair or deputy: a reasoned extension; the server refuses past 15 calendar days and says why. */
export function ExtendDeadline({ caseId, currentDueAt }: ExtendDeadlineProps) {
  const { t } = useTranslation();
  const [extend, { loading, error, reset }] = useExtendDeadline();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [dueAt, setDueAt] = useState(() => toLocalInput(currentDueAt));
  const [issues, setIssues] = useState<{ reason?: string; dueAt?: string }>({});
  const server = useFormErrors(error, { names: FIELDS });
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const iso = fromLocalInput(dueAt);
    const next = {
      reason: reason.trim() ? undefined : t('actions.reasonRequired'),
      dueAt: iso ? undefined : t('actions.extendDueRequired'),
    };
    setIssues(next);
    if (next.reason || next.dueAt || !iso) return;
    try {
      await extend({ variables: { caseId, reason: reason.trim(), dueAt: iso } });
      setOpen(false);
      setReason('');
    } catch {
      // Shown from the mutation's error state.
    }
  };

  if (!open) {
    return (
      <button type="button" className="button" data-testid="action-extend" onClick={() => { reset(); setOpen(true); }}>
        {t('actions.extend')}
      </button>
    );
  }

  return (
    <form ref={formRef} className="subform" onSubmit={(e) => void submit(e)} noValidate data-testid="extend-form">
      <h3 className="subheading">{t('actions.extend')}</h3>
      <p className="muted">{t('actions.extendHint')}</p>
      <Field label={t('actions.extendReason')} error={issues.reason ?? server.field('reason')}>
        {(control) => (
          <textarea {...control} name="extendReason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
      </Field>
      <Field label={t('actions.extendDue')} error={issues.dueAt ?? server.field('dueAt')}>
        {(control) => (
          <input {...control} type="datetime-local" name="extendDueAt" value={dueAt} onChange={(e) => setDueAt(e.target.value)} />
        )}
      </Field>
      <FormErrorAlert errors={server} testId="extend-error" />
      <FormActions submitLabel={t('actions.extendSubmit')} submitTestId="extend-submit" busy={loading} onCancel={() => setOpen(false)} />
    </form>
  );
}
