import { useCallback, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnectionPhase } from '../../app/connection.store';
import { blank, draftKey, isString } from '../../shared/lib/drafts';
import { useDraft } from '../../shared/lib/use-draft';
import { MentionTextarea } from './mention-textarea';
import { holdWhile } from './outbox';
import { useRoomContext } from './room.context';

const emptyText = () => '';

/**
 * The box for a new comment. What is written is kept as a draft of this case (a reload keeps it);
 * sending clears it. Offline, sending queues the comment: the button says it goes when the
 * connection returns, and the room sends it then.
 */
export function Composer() {
  const { t } = useTranslation();
  const { room, typing, caseId, viewer } = useRoomContext();
  const phase = useConnectionPhase();
  const held = holdWhile(phase);
  const draft = useDraft(draftKey('comment', viewer.id, caseId), emptyText, isString, blank);
  const { value: text, change, clear } = draft;

  const submit = useCallback(
    (event?: FormEvent) => {
      event?.preventDefault();
      if (!text.trim()) return;
      room.send(text, null);
      typing.stopped();
      clear('');
    },
    [text, room, typing, clear],
  );

  return (
    <form className="composer" onSubmit={submit}>
      <MentionTextarea
        name="comment"
        label={t('room.commentLabel')}
        placeholder={t('room.commentPlaceholder')}
        value={text}
        pickerAbove
        onChange={(value) => {
          change(value);
          typing.changed(value);
        }}
        onSubmit={submit}
      />
      <div className="composer__bar">
        <span className="composer__hint" data-testid="composer-hint">
          {held ? t('forms.offlineHint') : t('room.composerHint')}
        </span>
        <button type="submit" className="button button--primary" data-testid="comment-send" data-held={held} disabled={!text.trim()}>
          {held ? t('forms.sendWhenOnline') : t('room.send')}
        </button>
      </div>
    </form>
  );
}
