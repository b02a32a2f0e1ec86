import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../shared/api/files';
import { NOTICE_CHANNELS, type NoticeChannel } from '../../shared/api/enums';
import { formatDateTime, fromLocalInput, toLocalInput } from '../../shared/lib/datetime';
import { ErrorAlert } from '../../shared/ui/alert';
import { DownloadButton } from '../../shared/ui/download-button';
import { Field } from '../../shared/ui/field';
import { FormActions } from '../../shared/ui/form-actions';
import { useRecordExtensionNotice } from './hooks';
import type { Extension } from './operations';

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
  const { t } = useTranslation();
  const [record, { loading, error, reset }] = useRecordExtensionNotice();
  const [open, setOpen] = useState(false);
  const [sentAt, setSentAt] = useState(() => toLocalInput(new Date()));
  const [channel, setChannel] = useState<NoticeChannel>('E_OTINISH');
  const [issue, setIssue] = useState<string | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const iso = fromLocalInput(sentAt);
    setIssue(iso ? undefined : t('extensionNotice.sentAtRequired'));
    if (!iso) return;
    try {
      await record({ variables: { caseId, sentAt: iso, channel } });
      setOpen(false);
    } catch {
      // Shown from the mutation's error state.
    }
  };

  if (!open) {
    return (
      <button type="button" className="button" data-testid="action-record-notice" onClick={() => { reset(); setSentAt(toLocalInput(new Date())); setOpen(true); }}>
        {t('extensionNotice.record')}
      </button>
    );
  }

  return (
    <form className="subform" onSubmit={(e) => void submit(e)} noValidate data-testid="record-notice-form">
      <h3 className="subheading">{t('extensionNotice.record')}</h3>
      <Field label={t('extensionNotice.sentAt')} error={issue}>
        {(control) => (
          <input {...control} type="datetime-local" name="noticeSentAt" value={sentAt} onChange={(e) => setSentAt(e.target.value)} />
        )}
      </Field>
      <Field label={t('extensionNotice.channel')}>
        {(control) => (
          <select {...control} name="noticeChannel" value={channel} onChange={(e) => setChannel(e.target.value as NoticeChannel)}>
            {NOTICE_CHANNELS.map((c) => (
              <option key={c} value={c}>{t(`noticeChannel.${c}`)}</option>
            ))}
          </select>
        )}
      </Field>
      <ErrorAlert error={error} testId="record-notice-error" />
      <FormActions submitLabel={t('extensionNotice.recordSubmit')} submitTestId="record-notice-submit" busy={loading} onCancel={() => setOpen(false)} />
    </form>
  );
}
