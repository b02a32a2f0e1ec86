import type { ErrorLike } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorAlert } from '../../shared/ui/alert';
import { TextArea } from '../../shared/ui/inputs';
import { FormActions } from '../../shared/ui/form-actions';
import { useApproveMember, useRejectMember } from './hooks';
import type { MemberRow } from './operations';

const REASON_MAX = 2000;

/** Approve, or reject with a reason: the chair's or deputy's decision on one account waiting for it. */
export function ApprovalActions({ member }: { member: MemberRow }) {
  const { t } = useTranslation();
  const [approve, approving] = useApproveMember();
  const [reject, rejecting] = useRejectMember();
  const [rejectOpen, setRejectOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<ErrorLike | null>(null);

  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e as ErrorLike);
    }
  };
  const submitReject = (event: FormEvent) => {
    event.preventDefault();
    const why = reason.trim();
    if (!why || why.length > REASON_MAX) {
      setMissing(true);
      return;
    }
    setMissing(false);
    void run(() => reject({ variables: { id: member.id, reason: why } }));
  };

  if (rejectOpen) {
    return (
      <form className="stack" noValidate onSubmit={submitReject} data-testid="reject-form">
        <TextArea name="rejectReason" label={t('accounts.rejectReason', { name: member.name })} value={reason} onChange={setReason} rows={3} />
        {missing && <Alert tone="error">{t('accounts.rejectReasonRequired')}</Alert>}
        <ErrorAlert error={error} />
        <FormActions submitLabel={t('accounts.reject')} submitTestId="confirm-reject" busy={rejecting.loading} tone="danger" onCancel={() => setRejectOpen(false)} />
      </form>
    );
  }
  return (
    <div className="stack">
      <div className="button-row">
        <button type="button" className="button button--small button--primary" data-testid="approve-member" disabled={approving.loading}
          onClick={() => void run(() => approve({ variables: { id: member.id } }))}>
          {t('accounts.approve')}
        </button>
        <button type="button" className="button button--small" data-testid="reject-member" onClick={() => setRejectOpen(true)}>
          {t('accounts.reject')}
        </button>
      </div>
      <ErrorAlert error={error} />
    </div>
  );
}
