import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mayAddDissent } from '../../app/access.policy';
import type { MemberSummary } from '../../shared/api/member.fragment';
import { formatDateTime } from '../../shared/lib/datetime';
import { ErrorAlert } from '../../shared/ui/alert';
import { Field } from '../../shared/ui/field';
import { useAddDissent } from './hooks';
import type { Decision, Dissent } from './decision.operations';

function DissentForm({ decisionId, own }: { decisionId: string; own: Dissent | null }) {
  const { t } = useTranslation();
  const [addDissent, { loading, error, reset }] = useAddDissent();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(own?.text ?? '');
  const [missing, setMissing] = useState(false);
  const label = own ? t('decision.editDissent') : t('decision.addDissent');

  if (!open) {
    return (
      <button type="button" className="button button--small" data-testid="add-dissent"
        onClick={() => { reset(); setText(own?.text ?? ''); setOpen(true); }}>
        {label}
      </button>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setMissing(true);
      return;
    }
    try {
      await addDissent({ variables: { decisionId, text: text.trim() } });
      setOpen(false);
    } catch {
      // Shown from the mutation's error state.
    }
  };

  return (
    <form className="subform" noValidate onSubmit={(e) => void submit(e)} data-testid="dissent-form">
      <h4 className="subheading">{label}</h4>
      <Field label={t('decision.dissentText')} hint={t('decision.dissentHint')} error={missing ? t('decision.dissentRequired') : null}>
        {(control) => (
          <textarea {...control} name="dissent" rows={5} maxLength={10000} value={text} autoFocus
            onChange={(e) => { setText(e.target.value); setMissing(false); }} />
        )}
      </Field>
      <ErrorAlert error={error} testId="dissent-error" />
      <div className="button-row">
        <button type="submit" className="button button--primary" data-testid="dissent-submit" disabled={loading}>
          {loading ? t('common.saving') : t('decision.dissentSubmit')}
        </button>
        <button type="button" className="button button--ghost" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Dissenting opinions attached to the protocol, and the form for a member who voted against. */
export function Dissents({ decision, viewer }: { decision: Decision; viewer: MemberSummary }) {
  const { t, i18n } = useTranslation();
  const own = decision.dissents.find((d) => d.member.id === viewer.id) ?? null;
  return (
    <div className="stack">
      {decision.dissents.length === 0 ? (
        <p className="muted">{t('decision.noDissents')}</p>
      ) : (
        <ul className="plain-list dissents">
          {decision.dissents.map((d) => (
            <li key={d.id} className="dissent" data-testid="dissent" data-member-id={d.member.id}>
              <div className="dissent__head">
                <strong>{d.member.name}</strong>
                <span className="muted small">{formatDateTime(d.writtenAt, i18n.language)}</span>
              </div>
              <p className="prose">{d.text}</p>
            </li>
          ))}
        </ul>
      )}
      {mayAddDissent(viewer, decision) && <DissentForm key={own?.id ?? 'new'} decisionId={decision.id} own={own} />}
    </div>
  );
}
