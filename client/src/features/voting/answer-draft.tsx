import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ui/alert';
import { DECISION_ANSWER, type Decision } from './decision.operations';

/**
 * The drafted answer to the applicant. It names the applicant, so it is fetched only when opened
 * (each read is logged on the server) and offered only to roles that see identity.
 */
export function AnswerDraft({ caseId, decision }: { caseId: string; decision: Decision }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { data, error } = useQuery(DECISION_ANSWER, { variables: { caseId }, skip: !open, fetchPolicy: 'network-only' });
  const text = data?.case.decision?.answerText;
  return (
    <details className="answer" data-testid="decision-answer" data-language={decision.answerLanguage}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        <span className="subheading">{t('decision.answerTitle')}</span>
        <span className="badge badge--muted">{t(`applicationLanguage.${decision.answerLanguage}`)}</span>
      </summary>
      <p className="muted small">{t('decision.answerLead')}</p>
      {error && <ErrorAlert error={error} />}
      {text != null && (
        <p className="prose answer__text" lang={decision.answerLanguage === 'KK' ? 'kk' : 'ru'}>
          {text}
        </p>
      )}
    </details>
  );
}
