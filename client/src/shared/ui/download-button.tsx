import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileProblem } from '../api/files';
import { Alert } from './alert';

interface DownloadButtonProps {
  label: string;
  testId: string;
  download(): Promise<{ ok: true } | FileProblem>;
}

/** A document fetched with the token; a refusal shows the server's own message beside the button. */
export function DownloadButton({ label, testId, download }: DownloadButtonProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const run = async () => {
    setBusy(true);
    setProblem(null);
    const result = await download();
    setBusy(false);
    if (!result.ok) setProblem(result.message ?? t(`errors.${result.code}`));
  };

  return (
    <span className="download">
      <button type="button" className={`button button--small${busy ? ' is-busy' : ''}`} data-testid={testId}
        aria-busy={busy} disabled={busy} onClick={() => void run()}>
        <span aria-hidden="true">⤓</span>
        {label}
      </button>
      {problem && (
        <Alert tone="error" testId={`${testId}-error`}>
          {problem}
        </Alert>
      )}
    </span>
  );
}
