import { useTranslation } from 'react-i18next';
import type { ConnectionPhase } from '../../app/connection.store';
import { Avatar } from '../../shared/ui/avatar';
import { AgencyLabel } from './agency-label';
import type { PresentMember } from './operations';

/** What the badge says; `connecting` (the very first attempt) counts as not live yet. */
const BADGE_STATE: Record<ConnectionPhase, 'live' | 'reconnecting' | 'offline'> = {
  connecting: 'reconnecting',
  live: 'live',
  reconnecting: 'reconnecting',
  offline: 'offline',
};

export function ConnectionBadge({ phase }: { phase: ConnectionPhase }) {
  const { t } = useTranslation();
  const state = BADGE_STATE[phase];
  return (
    <span
      className={`connection connection--${state}`}
      data-testid="connection-state"
      data-state={state}
      role="status"
      title={t(`room.connectionHint.${phase}`)}
    >
      <span className="connection__dot" aria-hidden="true" />
      {t(`room.connection.${phase}`)}
    </span>
  );
}

interface PresenceProps {
  members: readonly PresentMember[];
  viewerId: string;
  /** The socket is down: the list is the last one known. */
  stale: boolean;
}

/** Who has the room open now, with their agency; the viewer first. */
export function PresenceList({ members, viewerId, stale }: PresenceProps) {
  const { t } = useTranslation();
  const sorted = [...members].sort(
    (a, b) => Number(b.member.id === viewerId) - Number(a.member.id === viewerId) || a.member.name.localeCompare(b.member.name),
  );
  return (
    <div className={`presence${stale ? ' is-stale' : ''}`} data-testid="presence">
      <h3 className="presence__title">{t('room.presentTitle', { count: sorted.length })}</h3>
      <ul className="presence__list">
        {sorted.map(({ member, typing }) => (
          <li
            key={member.id}
            className={`present${typing ? ' is-typing' : ''}`}
            data-testid="present-member"
            data-member-name={member.name}
            data-member-id={member.id}
          >
            <Avatar id={member.id} name={member.name} size="small" />
            <span className="present__text">
              <span className="present__name">
                {member.id === viewerId ? t('room.you', { name: member.name }) : member.name}
              </span>
              <AgencyLabel agency={member.agency} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "Ерлан Қасымов is typing…", "3 members are typing…"; empty when nobody else is. */
export function TypingLine({ members, viewerId, hidden }: { members: readonly PresentMember[]; viewerId: string; hidden: boolean }) {
  const { t } = useTranslation();
  const typing = hidden ? [] : members.filter((p) => p.typing && p.member.id !== viewerId);
  const text =
    typing.length === 0
      ? ''
      : typing.length === 1
        ? t('room.typingOne', { name: typing[0].member.name })
        : t('room.typingMany', { count: typing.length });
  return (
    <p className="typing" data-testid="typing" aria-live="polite">
      {text}
    </p>
  );
}
