import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../shared/api/files';
import { formatDateTime } from '../../shared/lib/datetime';
import { DownloadButton } from '../../shared/ui/download-button';
import { useRecordExtensionNotice } from './hooks';
import type { Extension } from './operations';
import { RecordSentForm } from './record-sent-form';

interface ExtensionNoticeProps {
  caseId: string;
  caseNumber: string;
  extension: Extension;
  /** The viewer may open documents that name the applicant. */
  canDownload: boolean;
  /** The viewer may record that the notice was sent (secretary, chair, deputy). */
  canRecord: boolean;
}

const downloadNotice = (caseId: string, caseNumber: string) =>
  downloadFile(`/documents/cases/${encodeURIComponent(caseId)}/extension-notice.pdf`, {
    fileName: `${caseNumber}-extension-notice.pdf`,
    expectType: 'application/pdf',
  });

/** The applicant's notice of the extension: the letter to print, and when and how it was sent. */
export function ExtensionNotice({ caseId, caseNumber, extension, canDownload, canRecord }: ExtensionNoticeProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const sent = extension.noticeSentAt;
  const late = sent ? sent > extension.applicantNoticeDueAt : false;

  return (
    <div className="stack" data-testid="extension-notice">
      {sent && extension.noticeChannel ? (
        <p data-testid="extension-notice-sent">
          {t(late ? 'extensionNotice.sentLate' : 'extensionNotice.sent', {
            at: formatDateTime(sent, lang),
            channel: t(`noticeChannel.${extension.noticeChannel}`),
          })}
        </p>
      ) : (
        <p className="muted" data-testid="extension-notice-pending">{t('extensionNotice.pending')}</p>
      )}
      <div className="button-row">
        {canDownload && (
          <DownloadButton label={t('extensionNotice.pdf')} testId="download-extension-notice"
            download={() => downloadNotice(caseId, caseNumber)} />
        )}
      </div>
      {canRecord && !sent && <RecordNoticeForm caseId={caseId} />}
    </div>
  );
}

function RecordNoticeForm({ caseId }: { caseId: string }) {
  const [record, { loading, error, reset }] = useRecordExtensionNotice();
  return (
    <RecordSentForm texts="extensionNotice" testId="record-notice" names={{ sentAt: 'noticeSentAt', channel: 'noticeChannel' }} busy={loading} error={error}
      reset={reset} record={(sentAt, channel) => record({ variables: { caseId, sentAt, channel } })} />
  );
}
