import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberSummary } from '../../shared/api/member.fragment';
import { formatDateTime } from '../../shared/lib/datetime';
import { ErrorAlert } from '../../shared/ui/alert';
import { useSignDecision } from './hooks';
import type { Decision } from './decision.operations';

function SignButton({ decisionId, capacity }: { decisionId: string; capacity: 'CHAIR' | 'SECRETARY' }) {
  const { t } = useTranslation();
  const [sign, { loading, error }] = useSignDecision();
  const [confirming, setConfirming] = useState(false);
  const label = capacity === 'CHAIR' ? t('decision.signAsChair') : t('decision.signAsSecretary');
  if (!confirming) {
    return (
      <button type="button" className="button button--small button--primary" data-testid="sign-decision" data-capacity={capacity}
        onClick={() => setConfirming(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={label}>
      <span>{t('decision.signConfirm')}</span>
      <button type="button" className="button button--small button--primary" data-testid="sign-confirm" disabled={loading}
        onClick={() => void sign({ variables: { decisionId } }).then(() => setConfirming(false), () => undefined)}>
        {loading ? t('common.saving') : t('decision.signYes')}
      </button>
      <button type="button" className="button button--small button--ghost" onClick={() => setConfirming(false)}>
        {t('common.cancel')}
      </button>
      <ErrorAlert error={error} testId="sign-error" />
    </div>
  );
}

interface SignatureRowProps {
  title: string;
  by: { name: string } | null;
  at: string | null;
  testId: string;
  action: ReactNode;
}

function SignatureRow({ title, by, at, testId, action }: SignatureRowProps) {
  const { t, i18n } = useTranslation();
  return (
    <li className="signature" data-testid={testId} data-signed={at ? 'true' : 'false'}>
      <span className="signature__role">{title}</span>
      {by && at ? (
        <span className="signature__by">
          <span className="mark mark--met">{t('decision.signed')}</span>
          <span>{by.name}</span>
          <span className="muted small">{formatDateTime(at, i18n.language)}</span>
        </span>
      ) : (
        <span className="signature__by">
          <span className="mark mark--unknown">{t('decision.notSigned')}</span>
          {action}
        </span>
      )}
    </li>
  );
}

/**
 * The protocol's two signatures, with a button for whoever may still sign. `canSign` is the server's
 * answer (`Case.viewerCan.signDecision`: decided, presiding or the secretary, not recused); the
 * viewer's role only says in which row the button sits (the secretary signs as secretary).
 */
export function Signatures({ decision, viewer, canSign }: { decision: Decision; viewer: MemberSummary; canSign: boolean }) {
  const { t } = useTranslation();
  const capacity = canSign ? (viewer.role === 'SECRETARY' ? 'SECRETARY' : 'CHAIR') : null;
  return (
    <ul className="plain-list signatures">
      <SignatureRow title={t('decision.chairSignature')} by={decision.chairSignedBy} at={decision.chairSignedAt} testId="signature-chair"
        action={capacity === 'CHAIR' && <SignButton decisionId={decision.id} capacity="CHAIR" />} />
      <SignatureRow title={t('decision.secretarySignature')} by={decision.secretarySignedBy} at={decision.secretarySignedAt}
        testId="signature-secretary" action={capacity === 'SECRETARY' && <SignButton decisionId={decision.id} capacity="SECRETARY" />} />
    </ul>
  );
}
