import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRequestKeys } from '../../shared/api/request-key';
import { fromLocalInput, toLocalInput } from '../../shared/lib/datetime';
import { Alert, ErrorAlert } from '../../shared/ui/alert';
import { Field } from '../../shared/ui/field';
import { FormActions } from '../../shared/ui/form-actions';
import { complianceChoices, type ComplianceStatus } from './follow-up';
import { useDeliverPrescription, useEscalatePrescription, useRecordCompliance } from './hooks';
import type { Prescription } from './operations';

interface FormProps {
  item: Prescription;
  onDone(): void;
}

/**
 * Delivery to the platform: the time defaults to now. Left untouched, no time is sent and the server
 * takes its own "now" (a minute-rounded time could fall before a signature made seconds ago).
 */
export function DeliverForm({ item, onDone }: FormProps) {
  const { t } = useTranslation();
  const [deliver, { loading, error }] = useDeliverPrescription();
  const keys = useRequestKeys();
  const [at, setAt] = useState(() => toLocalInput(new Date()));
  const [touched, setTouched] = useState(false);
  const [invalid, setInvalid] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const iso = touched ? fromLocalInput(at) : null;
    if (touched && !iso) {
      setInvalid(true);
      return;
    }
    const variables = { prescriptionId: item.id, deliveredAt: iso };
    try {
      await deliver({ variables: { ...variables, idempotencyKey: keys.for(variables) } });
      keys.settle();
      onDone();
    } catch {
      // Shown from the mutation's error state (e.g. the decision is not signed yet).
    }
  };

  return (
    <form className="subform" noValidate onSubmit={(e) => void submit(e)} data-testid="deliver-form">
      <h4 className="subheading">{t('prescriptions.deliverTitle')}</h4>
      <p className="muted small">{t('prescriptions.deliverHint', { hours: item.removalHours })}</p>
      <Field label={t('prescriptions.deliveredAtInput')} error={invalid ? t('prescriptions.deliveredAtInvalid') : null}>
        {(control) => (
          <input {...control} type="datetime-local" name="deliveredAt" value={at}
            onChange={(e) => { setAt(e.target.value); setTouched(true); setInvalid(false); }} />
        )}
      </Field>
      <ErrorAlert error={error} testId="deliver-error" />
      <FormActions submitLabel={t('prescriptions.deliverSubmit')} submitTestId="deliver-submit" busy={loading} onCancel={onDone} />
    </form>
  );
}

/** What the platform did: complied, partially complied or not, with a note. */
export function ComplianceForm({ item, onDone }: FormProps) {
  const { t } = useTranslation();
  const [record, { loading, error }] = useRecordCompliance();
  const keys = useRequestKeys();
  const choices = complianceChoices(item.status);
  const [status, setStatus] = useState<ComplianceStatus | ''>('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (status === '') {
      setMissing(true);
      return;
    }
    const variables = { prescriptionId: item.id, status, note: note.trim() || null };
    try {
      await record({ variables: { ...variables, idempotencyKey: keys.for(variables) } });
      keys.settle();
      onDone();
    } catch {
      // Shown from the mutation's error state.
    }
  };

  return (
    <form className="subform" noValidate onSubmit={(e) => void submit(e)} data-testid="compliance-form">
      <h4 className="subheading">{t('prescriptions.complianceTitle')}</h4>
      <fieldset className="form-section choice-group" aria-invalid={missing || undefined}>
        <legend>{t('prescriptions.complianceChoice')}</legend>
        <div className="choice-group__options">
          {choices.map((choice) => (
            <label key={choice} className="choice">
              <input type="radio" name="complianceStatus" value={choice} checked={status === choice}
                onChange={() => { setStatus(choice); setMissing(false); }} />
              <span>{t(`prescriptionStatus.${choice}`)}</span>
            </label>
          ))}
        </div>
        {missing && <div className="field__error">{t('prescriptions.complianceMissing')}</div>}
      </fieldset>
      <Field label={t('prescriptions.complianceNote')} optional>
        {(control) => (
          <textarea {...control} name="complianceNote" rows={2} maxLength={5000} value={note} onChange={(e) => setNote(e.target.value)} />
        )}
      </Field>
      <ErrorAlert error={error} testId="compliance-error" />
      <FormActions submitLabel={t('prescriptions.complianceSubmit')} submitTestId="compliance-submit" busy={loading} onCancel={onDone} />
    </form>
  );
}

/** Escalation asks first: it sends the case for access restriction and cannot be undone. */
export function EscalateConfirm({ item, onDone }: FormProps) {
  const { t } = useTranslation();
  const [escalate, { loading, error }] = useEscalatePrescriptionWithKey(item.id);
  return (
    <div className="subform" data-testid="escalate-confirm">
      <Alert tone="warning">{t('prescriptions.escalateConfirm', { number: item.number })}</Alert>
      <ErrorAlert error={error} testId="escalate-error" />
      <div className="button-row">
        <button type="button" className="button button--danger" data-testid="escalate-submit" disabled={loading}
          onClick={() => void escalate().then(onDone, () => undefined)}>
          {loading ? t('common.saving') : t('prescriptions.escalateYes')}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

/** The escalation with its idempotency key: a retry after a lost answer escalates once. */
function useEscalatePrescriptionWithKey(prescriptionId: string) {
  const [mutate, state] = useEscalatePrescription();
  const keys = useRequestKeys();
  const run = async () => {
    const variables = { prescriptionId };
    await mutate({ variables: { ...variables, idempotencyKey: keys.for(variables) } });
    keys.settle();
  };
  return [run, state] as const;
}
