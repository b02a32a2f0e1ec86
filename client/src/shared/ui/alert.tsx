import type { ErrorLike } from '@apollo/client';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemsOf } from '../api/errors';

interface AlertProps {
  tone?: 'error' | 'info' | 'success' | 'warning';
  testId?: string;
  children: ReactNode;
}

export function Alert({ tone = 'info', testId, children }: AlertProps) {
  return (
    <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      {children}
    </div>
  );
}

/** The server's own messages for an error, or a translated fallback per error code. */
export function useProblemMessages(error: ErrorLike | null | undefined): string[] {
  const { t, i18n } = useTranslation();
  return problemsOf(error, i18n.language).map((p) => p.message ?? t(`errors.${p.code}`));
}

interface ErrorAlertProps {
  error: ErrorLike | null | undefined;
  testId?: string;
  onRetry?: () => void;
}

export function ErrorAlert({ error, testId, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  const messages = useProblemMessages(error);
  if (messages.length === 0) return null;
  return (
    <Alert tone="error" testId={testId}>
      <MessageLines messages={messages} />
      {onRetry && (
        <button type="button" className="button button--small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </Alert>
  );
}

export function MessageLines({ messages }: { messages: readonly string[] }) {
  const unique = [...new Set(messages)];
  if (unique.length === 1) return <p>{unique[0]}</p>;
  return (
    <ul>
      {unique.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}
