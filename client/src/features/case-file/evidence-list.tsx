import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/lib/datetime';
import { formatBytes, shortHash } from '../../shared/lib/format';
import { Alert } from '../../shared/ui/alert';
import { downloadEvidence, uploadEvidence } from './evidence.files';
import type { Evidence } from './operations';

function EvidenceName({ item, canDownload, erased }: { item: Evidence; canDownload: boolean; erased: boolean }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  if (erased) return <span className="muted" data-testid="evidence-erased">{t('evidence.erased')}</span>;
  if (!canDownload) return <span className="break">{item.fileName}</span>;
  const download = async () => {
    setProblem(null);
    const result = await downloadEvidence(item.id, item.fileName);
    if (!result.ok) setProblem(result.message ?? t(`errors.${result.code}`));
  };
  return (
    <>
      <button type="button" className="link-button break" title={t('evidence.download')} onClick={() => void download()}>
        {item.fileName}
      </button>
      {problem && <Alert tone="error">{problem}</Alert>}
    </>
  );
}

interface EvidenceTableProps {
  items: readonly Evidence[];
  /** Only roles that see identity may open the files themselves. */
  canDownload: boolean;
  /** The files were deleted under the retention rule; their hash, size and type remain. */
  erased?: boolean;
}

export function EvidenceTable({ items, canDownload, erased = false }: EvidenceTableProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (items.length === 0) return <p className="muted">{t('evidence.none')}</p>;
  return (
    <div className="table-wrap">
      <table className="table table--compact table--stack" data-testid="evidence-table">
        <thead>
          <tr>
            <th scope="col">{t('evidence.fileName')}</th>
            <th scope="col">{t('evidence.size')}</th>
            <th scope="col">{t('evidence.sha256')}</th>
            <th scope="col">{t('evidence.uploadedAt')}</th>
            <th scope="col">{t('evidence.uploadedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} data-testid="evidence-row">
              <td>
                <EvidenceName item={item} canDownload={canDownload} erased={erased} />
              </td>
              <td className="nowrap" data-label={t('evidence.size')}>{formatBytes(item.size, lang)}</td>
              <td data-label={t('evidence.sha256')}>
                <code title={item.sha256} data-sha256={item.sha256}>
                  {shortHash(item.sha256)}
                </code>
              </td>
              <td className="nowrap" data-label={t('evidence.uploadedAt')}>{formatDateTime(item.uploadedAt, lang)}</td>
              <td data-label={t('evidence.uploadedBy')}>{item.uploadedBy.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface EvidenceUploadProps {
  caseId: string;
  episodeId: string;
  episodeNumber: number;
  onUploaded(): void;
}

type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading' }
  | { phase: 'done'; fileName: string }
  | { phase: 'failed'; message: string };

/** One file per pick; the server hashes and stores it, then the case is fetched again. */
export function EvidenceUpload({ caseId, episodeId, episodeNumber, onUploaded }: EvidenceUploadProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<UploadState>({ phase: 'idle' });

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setState({ phase: 'uploading' });
    const result = await uploadEvidence(caseId, episodeId, file);
    input.value = '';
    if (result.ok) {
      setState({ phase: 'done', fileName: result.fileName });
      onUploaded();
    } else {
      setState({ phase: 'failed', message: result.message ?? t(`errors.${result.code}`) });
    }
  };

  const busy = state.phase === 'uploading';
  return (
    <div className="upload">
      <label className={`button button--small upload__button${busy ? ' is-busy' : ''}`}>
        <input
          type="file"
          name="file"
          className="visually-hidden"
          data-testid="evidence-input"
          aria-label={t('evidence.uploadFor', { n: episodeNumber })}
          disabled={busy}
          onChange={(e) => void pick(e)}
        />
        {busy ? t('evidence.uploading') : t('evidence.upload')}
      </label>
      {state.phase === 'done' && <Alert tone="success">{t('evidence.uploaded', { name: state.fileName })}</Alert>}
      {state.phase === 'failed' && (
        <Alert tone="error" testId="upload-error">
          {state.message}
        </Alert>
      )}
    </div>
  );
}
