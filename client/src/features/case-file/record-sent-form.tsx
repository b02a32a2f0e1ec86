import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTICE_CHANNELS, type NoticeChannel } from '../../shared/api/enums';
import type { ErrorLike } from '@apollo/client';
import { fromLocalInput, toLocalInput } from '../../shared/lib/datetime';
import { Field, FormErrorAlert, useFocusFirstInvalid, useFormErrors } from '../../shared/ui/field';
import { FormActions } from '../../shared/ui/form-actions';

interface RecordSentFormProps {
  /** The i18n section of the letter whose sending is recorded: its record, recordSubmit, sentAt, sentAtRequired and channel. */
  texts: 'extensionNotice' | 'answer';
  /** Test ids: `action-${id}`, `${id}-form`, `${id}-error`, `${id}-submit`. */
  testId: string;
  /** Field names of the inputs, e.g. noticeSentAt / noticeChannel. */
  names: { sentAt: string; channel: string };
  busy: boolean;
  error: ErrorLike | null | undefined;
  reset(): void;
  record(sentAt: string, channel: NoticeChannel): Promise<unknown>;
}

// The server's names of the two inputs (recordAnswerSent / recordExtensionNotice arguments).
const SERVER_FIELDS = ['sentAt', 'channel'];

/** A button that opens a small form: when a letter to the applicant was sent (date-time) and how. */
export function RecordSentForm({ texts: section, testId, names, busy, error, reset, record }: RecordSentFormProps) {
  const { t } = useTranslation();
  const texts = {
    record: t(`${section}.record`), submit: t(`${section}.recordSubmit`), sentAt: t(`${section}.sentAt`),
    sentAtRequired: t(`${section}.sentAtRequired`), channel: t(`${section}.channel`),
  };
  const [open, setOpen] = useState(false);
  const [sentAt, setSentAt] = useState(() => toLocalInput(new Date()));
  const [channel, setChannel] = useState<NoticeChannel>('E_OTINISH');
  const [issue, setIssue] = useState<string | undefined>();
  const server = useFormErrors(error, { names: SERVER_FIELDS });
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const iso = fromLocalInput(sentAt);
    setIssue(iso ? undefined : texts.sentAtRequired);
    if (!iso) return;
    try {
      await record(iso, channel);
      setOpen(false);
    } catch {
      // Shown from the mutation's error state.
    }
  };

  if (!open) {
    return (
      <button type="button" className="button" data-testid={`action-${testId}`} onClick={() => { reset(); setSentAt(toLocalInput(new Date())); setOpen(true); }}>
        {texts.record}
      </button>
    );
  }

  return (
    <form ref={formRef} className="subform" onSubmit={(e) => void submit(e)} noValidate data-testid={`${testId}-form`}>
      <h3 className="subheading">{texts.record}</h3>
      <Field label={texts.sentAt} error={issue ?? server.field('sentAt')}>
        {(control) => (
          <input {...control} type="datetime-local" name={names.sentAt} value={sentAt} onChange={(e) => setSentAt(e.target.value)} />
        )}
      </Field>
      <Field label={texts.channel} error={server.field('channel')}>
        {(control) => (
          <select {...control} name={names.channel} value={channel} onChange={(e) => setChannel(e.target.value as NoticeChannel)}>
            {NOTICE_CHANNELS.map((c) => (
              <option key={c} value={c}>{t(`noticeChannel.${c}`)}</option>
            ))}
          </select>
        )}
      </Field>
      <FormErrorAlert errors={server} testId={`${testId}-error`} />
      <FormActions submitLabel={texts.submit} submitTestId={`${testId}-submit`} busy={busy} onCancel={() => setOpen(false)} />
    </form>
  );
}
