import type { ErrorLike } from '@apollo/client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../shared/api/enums';
import { ErrorAlert } from '../../shared/ui/alert';
import { TextForm } from '../../shared/ui/text-form';
import { useAcceptForReview, useMarkOutOfScope, useReturnToApplicant, useStartScreening } from './hooks';

type ReasonAction = 'RETURNED' | 'OUT_OF_SCOPE' | 'IN_REVIEW';
const ACTIONABLE = ['SCREENING', 'IN_REVIEW', 'RETURNED', 'OUT_OF_SCOPE'] as const;

/** The allowed transitions this client has a button for. */
export function offeredTransitions(allowed: readonly CaseStatus[]) {
  return ACTIONABLE.filter((s) => allowed.includes(s));
}

/**
 * Buttons for the transitions the server says this member may make, in lifecycle order.
 * `checklistFails`: accepting for review then asks for the reason first.
 */
export function CaseActions({ caseId, allowed, checklistFails = false }: { caseId: string; allowed: readonly CaseStatus[]; checklistFails?: boolean }) {
  const { t } = useTranslation();
  const [startScreening, screening] = useStartScreening();
  const [acceptForReview, accepting] = useAcceptForReview();
  const [returnToApplicant, returning] = useReturnToApplicant();
  const [markOutOfScope, scoping] = useMarkOutOfScope();
  const [asking, setAsking] = useState<ReasonAction | null>(null);
  const [error, setError] = useState<ErrorLike | null>(null);
  const busy = screening.loading || accepting.loading || returning.loading || scoping.loading;

  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      setAsking(null);
    } catch (e) {
      setError(e as ErrorLike);
    }
  };

  const offered = offeredTransitions(allowed);
  if (offered.length === 0) return null;

  return (
    <div className="stack">
      <div className="button-row">
        {offered.includes('SCREENING') && (
          <button type="button" className="button button--primary" data-testid="action-start-screening" disabled={busy}
            onClick={() => void run(() => startScreening({ variables: { caseId } }))}>
            {t('actions.startScreening')}
          </button>
        )}
        {offered.includes('IN_REVIEW') && (
          <button type="button" className="button button--primary" data-testid="action-accept-for-review" disabled={busy}
            aria-expanded={checklistFails ? asking === 'IN_REVIEW' : undefined}
            onClick={() => (checklistFails ? setAsking('IN_REVIEW') : void run(() => acceptForReview({ variables: { caseId } })))}>
            {t('actions.acceptForReview')}
          </button>
        )}
        {offered.includes('RETURNED') && (
          <button type="button" className="button" data-testid="action-return" disabled={busy}
            aria-expanded={asking === 'RETURNED'} onClick={() => setAsking('RETURNED')}>
            {t('actions.returnToApplicant')}
          </button>
        )}
        {offered.includes('OUT_OF_SCOPE') && (
          <button type="button" className="button" data-testid="action-out-of-scope" disabled={busy}
            aria-expanded={asking === 'OUT_OF_SCOPE'} onClick={() => setAsking('OUT_OF_SCOPE')}>
            {t('actions.markOutOfScope')}
          </button>
        )}
      </div>
      {asking && (
        <ReasonForm
          key={asking}
          title={t(REASON_TEXTS[asking].title)}
          hint={t(REASON_TEXTS[asking].hint)}
          busy={busy}
          onCancel={() => setAsking(null)}
          onSubmit={(reason) =>
            void run(() => {
              if (asking === 'IN_REVIEW') return acceptForReview({ variables: { caseId, reason } });
              return asking === 'RETURNED'
                ? returnToApplicant({ variables: { caseId, reason } })
                : markOutOfScope({ variables: { caseId, reason } });
            })
          }
        />
      )}
      <ErrorAlert error={error} testId="action-error" />
    </div>
  );
}

const REASON_TEXTS = {
  RETURNED: { title: 'actions.returnToApplicant', hint: 'actions.returnHint' },
  OUT_OF_SCOPE: { title: 'actions.markOutOfScope', hint: 'actions.outOfScopeHint' },
  IN_REVIEW: { title: 'actions.acceptForReview', hint: 'actions.acceptReasonHint' },
} as const;

interface ReasonFormProps {
  title: string;
  hint: string;
  busy: boolean;
  onCancel(): void;
  onSubmit(reason: string): void;
}

function ReasonForm({ title, hint, busy, onCancel, onSubmit }: ReasonFormProps) {
  const { t } = useTranslation();
  return (
    <TextForm testId="reason-form" name="reason" title={title} label={t('actions.reason')} hint={hint}
      requiredMessage={t('actions.reasonRequired')} submitLabel={t('common.confirm')} submitTestId="reason-submit"
      busy={busy} onCancel={onCancel} onSubmit={onSubmit} />
  );
}
