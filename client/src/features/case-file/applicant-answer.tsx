import { useTranslation } from 'react-i18next';
import type { CaseEnding } from '../../shared/api/enums';
import { downloadFile } from '../../shared/api/files';
import { formatDateTime, formatDueTime } from '../../shared/lib/datetime';
import { DownloadButton } from '../../shared/ui/download-button';
import { useRecordAnswerSent } from './hooks';
import type { CaseFile } from './operations';
import { RecordSentForm } from './record-sent-form';

interface ApplicantAnswerProps {
  kase: Pick<CaseFile, 'id' | 'number' | 'answerDueAt' | 'answerSentAt' | 'answerChannel'> & { ending: CaseEnding };
  /** The viewer may open documents that name the applicant. */
  canDownload: boolean;
  /** The viewer may record that the answer was sent (secretary, chair, deputy). */
  canRecord: boolean;
}

const downloadAnswer = (caseId: string, caseNumber: string) =>
  downloadFile(`/documents/cases/${encodeURIComponent(caseId)}/answer.pdf`, {
    fileName: `${caseNumber}-answer.pdf`,
    expectType: 'application/pdf',
  });

/** The answer to the applicant on the case's ending: the letter to print, when it is due, and when and how it was sent. */
export function ApplicantAnswer({ kase, canDownload, canRecord }: ApplicantAnswerProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const sent = kase.answerSentAt;
  const due = kase.answerDueAt;
  const late = sent && due ? sent > due : false;

  return (
    <div className="extension stack" data-testid="applicant-answer" data-ending={kase.ending}>
      <h2 className="extension__title">{t('answer.title')}</h2>
      <p className="small">{t(`answer.ending.${kase.ending}`)}</p>
      {sent && kase.answerChannel ? (
        <p data-testid="answer-sent">
          {t(late ? 'answer.sentLate' : 'answer.sent', { at: formatDateTime(sent, lang), channel: t(`noticeChannel.${kase.answerChannel}`) })}
        </p>
      ) : (
        due && <p className="muted" data-testid="answer-due">{t('answer.due', { at: formatDueTime(due, lang) })}</p>
      )}
      <div className="button-row">
        {canDownload && (
          <DownloadButton label={t('answer.pdf')} testId="download-answer" download={() => downloadAnswer(kase.id, kase.number)} />
        )}
      </div>
      {canRecord && !sent && <RecordAnswerForm caseId={kase.id} />}
    </div>
  );
}

function RecordAnswerForm({ caseId }: { caseId: string }) {
  const [record, { loading, error, reset }] = useRecordAnswerSent();
  return (
    <RecordSentForm texts="answer" testId="record-answer" names={{ sentAt: 'answerSentAt', channel: 'answerChannel' }} busy={loading} error={error}
      reset={reset} record={(sentAt, channel) => record({ variables: { caseId, sentAt, channel } })} />
  );
}
