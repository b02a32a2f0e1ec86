import type { ErrorLike } from '@apollo/client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/lib/datetime';
import { Alert, ErrorAlert } from '../../shared/ui/alert';
import { useIssueInvitation } from './hooks';
import type { IssuedInvitation, MemberRow } from './operations';

/** The link, shown once: whoever holds it sets the password, so it is copied and handed to the person only. */
function IssuedLink({ invitation, onDone }: { invitation: IssuedInvitation; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const url = `${window.location.origin}${invitation.path}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div className="stack" data-testid="invitation-link">
      <Alert tone="warning">{t('accounts.linkOnce', { name: invitation.member.name })}</Alert>
      <label className="field">
        <span className="field__label">{t('accounts.linkTitle')}</span>
        <input readOnly value={url} data-testid="invitation-url" onFocus={(e) => e.target.select()} />
      </label>
      <p className="small muted">{t('accounts.linkExpires', { at: formatDateTime(invitation.expiresAt, i18n.language) })}</p>
      <div className="button-row">
        <button type="button" className="button button--small button--primary" data-testid="copy-invitation" onClick={() => void copy()}>
          {t('accounts.copy')}
        </button>
        <button type="button" className="button button--small button--ghost" onClick={onDone}>
          {t('accounts.linkDone')}
        </button>
        {copied === 'yes' && <span role="status">{t('accounts.copied')}</span>}
        {copied === 'failed' && <span role="alert">{t('accounts.copyFailed')}</span>}
      </div>
    </div>
  );
}

/**
 * Issues the invitation of an approved account, or resets the access of an active one (asking
 * first: its password stops working), and shows the link once.
 */
export function InviteButton({ member }: { member: MemberRow }) {
  const { t } = useTranslation();
  const [issue, { loading }] = useIssueInvitation();
  const [confirming, setConfirming] = useState(false);
  const [issued, setIssued] = useState<IssuedInvitation | null>(null);
  const [error, setError] = useState<ErrorLike | null>(null);
  const reset = member.status === 'ACTIVE';

  const run = async () => {
    setError(null);
    try {
      const { data } = await issue({ variables: { memberId: member.id } });
      setConfirming(false);
      if (data) setIssued(data.issueInvitation);
    } catch (e) {
      setError(e as ErrorLike);
    }
  };

  if (issued) return <IssuedLink invitation={issued} onDone={() => setIssued(null)} />;
  if (reset && confirming) {
    return (
      <div className="confirm" role="group" aria-label={t('accounts.confirmReset', { name: member.name })}>
        <span>{t('accounts.confirmReset', { name: member.name })}</span>
        <button type="button" className="button button--small button--danger" data-testid="confirm-reset" disabled={loading} onClick={() => void run()}>
          {t('accounts.confirmResetYes')}
        </button>
        <button type="button" className="button button--small button--ghost" onClick={() => setConfirming(false)}>
          {t('common.cancel')}
        </button>
        <ErrorAlert error={error} />
      </div>
    );
  }
  return (
    <>
      <button type="button" className="button button--small" data-testid={reset ? 'reset-access' : 'issue-invitation'} disabled={loading}
        onClick={() => (reset ? setConfirming(true) : void run())}>
        {reset ? t('accounts.resetAccess') : t('accounts.invite')}
      </button>
      <ErrorAlert error={error} />
    </>
  );
}
