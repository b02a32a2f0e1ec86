import { useTranslation } from 'react-i18next';
import { useConnectionPhase } from '../../app/connection.store';
import { Composer } from './composer';
import { useCasePresence } from './hooks';
import { ConnectionBadge, PresenceList, TypingLine } from './presence';
import { useRoomContext } from './room.context';
import { Thread } from './thread';

/** The live side of the case room: connection, who is here, the thread, who is typing, the box. */
export function RoomPanel() {
  const { t } = useTranslation();
  const { caseId, viewer, canComment } = useRoomContext();
  const phase = useConnectionPhase();
  const presence = useCasePresence(caseId);
  const members = presence.data?.casePresence.members ?? [];
  const live = phase === 'live';

  return (
    <section className="room" id="case-thread" aria-labelledby="room-title" data-testid="room">
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
