import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnectionPhase } from '../../app/connection.store';
import { useCasePresence } from './hooks';
import { MentionTextarea } from './mention-textarea';
import { ConnectionBadge, PresenceList, TypingLine } from './presence';
import { useRoomContext } from './room.context';
import { Thread } from './thread';

function Composer() {
  const { t } = useTranslation();
  const { room, typing } = useRoomContext();
  const [text, setText] = useState('');

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!text.trim()) return;
    room.send(text, null);
    typing.stopped();
    setText('');
  };

  return (
    <form className="composer" onSubmit={submit}>
      <MentionTextarea
        name="comment"
        label={t('room.commentLabel')}
        placeholder={t('room.commentPlaceholder')}
        value={text}
        pickerAbove
        onChange={(value) => {
          setText(value);
          typing.changed(value);
        }}
        onSubmit={submit}
      />
      <div className="composer__bar">
        <span className="composer__hint">{t('room.composerHint')}</span>
        <button type="submit" className="button button--primary" data-testid="comment-send" disabled={!text.trim()}>
          {t('room.send')}
        </button>
      </div>
    </form>
  );
}

/** The live side of the case room: connection, who is here, the thread, who is typing, the box. */
export function RoomPanel() {
  const { t } = useTranslation();
  const { caseId, viewer, canComment } = useRoomContext();
  const phase = useConnectionPhase();
  const presence = useCasePresence(caseId);
  const members = presence.data?.casePresence.members ?? [];
  const live = phase === 'live';

  return (
    <section className="room" aria-labelledby="room-title" data-testid="room">
      <header className="room__head">
        <h2 className="room__title" id="room-title">
          {t('room.title')}
        </h2>
        <ConnectionBadge phase={phase} />
      </header>
      <PresenceList members={members} viewerId={viewer.id} stale={!live} />
      <Thread />
      <TypingLine members={members} viewerId={viewer.id} hidden={!live} />
      {canComment && <Composer />}
    </section>
  );
}
