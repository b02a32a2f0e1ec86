import { useTranslation } from 'react-i18next';
import { handleOf, mentionNames, splitMentions, type Mentionable } from './mentions';
import { useRoomContext } from './room.context';

interface CommentBodyProps {
  body: string;
  /** The members the server found in this text (they were notified). */
  mentions?: readonly Mentionable[];
  className?: string;
}

/** A comment's text with each known `@handle` shown as the member's name. */
export function CommentBody({ body, mentions = [], className = 'comment__body' }: CommentBodyProps) {
  const { t } = useTranslation();
  const { names, viewer } = useRoomContext();
  const own = mentionNames(mentions);
  const mine = handleOf(viewer.email);
  return (
    <p className={className}>
      {splitMentions(body).map((part, index) => {
        if (part.kind === 'text') return part.text;
        const member = own.get(part.handle) ?? names.get(part.handle);
        if (!member) return part.text;
        const isMe = part.handle === mine;
        return (
          <span
            key={index}
            className={`mention${isMe ? ' mention--me' : ''}`}
            data-testid="mention"
            data-handle={part.handle}
            title={isMe ? t('room.mentionYou', { handle: part.text }) : part.text}
          >
            {member.name}
          </span>
        );
      })}
    </p>
  );
}
