import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberSummary } from '../../shared/api/member.fragment';
import { formatDateTime } from '../../shared/lib/datetime';
import { TextForm } from '../../shared/ui/text-form';
import { useAddDissent } from './hooks';
import type { Decision, Dissent } from './decision.operations';

/**
 * The form is offered to whoever voted against the outcome, until the protocol is signed: read from
 * the decision itself (its voters and their choices), as `viewerCan` has no answer for dissents.
 */
function votedAgainst(viewerId: string, decision: Decision): boolean {
  if (decision.signed) return false;
  const choice = decision.voters.find((v) => v.memberId === viewerId)?.choice;
  return (
    (choice === 'CONFIRMED' && decision.outcome === 'NOT_CONFIRMED') ||
    (choice === 'NOT_CONFIRMED' && decision.outcome === 'CONFIRMED')
  );
}

function DissentForm({ decisionId, own }: { decisionId: string; own: Dissent | null }) {
  const { t } = useTranslation();
  const [addDissent, { loading, error, reset }] = useAddDissent();
  const [open, setOpen] = useState(false);
  const label = own ? t('decision.editDissent') : t('decision.addDissent');

  if (!open) {
    return (
      <button type="button" className="button button--small" data-testid="add-dissent" onClick={() => { reset(); setOpen(true); }}>
        {label}
      </button>
    );
  }

  const submit = async (text: string) => {
    try {
      await addDissent({ variables: { decisionId, text } });
      setOpen(false);
    } catch {
      // Shown from the mutation's error state.
    }
  };

  return (
    <TextForm testId="dissent-form" name="dissent" serverField="text" title={label} initial={own?.text ?? ''} rows={5} maxLength={10000}
      label={t('decision.dissentText')} hint={t('decision.dissentHint')} requiredMessage={t('decision.dissentRequired')}
      submitLabel={t('decision.dissentSubmit')} submitTestId="dissent-submit"
      busy={loading} error={error} errorTestId="dissent-error" onCancel={() => setOpen(false)} onSubmit={submit} />
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
      {votedAgainst(viewer.id, decision) && <DissentForm key={own?.id ?? 'new'} decisionId={decision.id} own={own} />}
    </div>
  );
}
