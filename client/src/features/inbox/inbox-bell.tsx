import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatch, useNavigate } from 'react-router';
import { formatDateTime } from '../../shared/lib/datetime';
import { mentionNames, splitMentions } from '../case-room/mentions';
import { ErrorAlert } from '../../shared/ui/alert';
import { useInbox, useMarkNotificationsRead, useNotifications } from './hooks';
import type { InboxNotification } from './operations';

const EXCERPT_CHARS = 140;

// Marks mentions read when seen in the case room; loaded only there, while something is unread.
const MentionsSeen = lazy(() => import('./mentions-seen').then((m) => ({ default: m.MentionsSeen })));

/** The start of a comment, on one line, with `@handle` written as `@Name`. */
function excerpt(text: string, mentions: NonNullable<InboxNotification['comment']>['mentions']): string {
  const names = mentionNames(mentions);
  const named = splitMentions(text)
    .map((part) => (part.kind === 'mention' && names.has(part.handle) ? `@${names.get(part.handle)!.name}` : part.text))
    .join('');
  const flat = named.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS - 1)}…` : flat;
}

function BellIcon() {
  return (
    <svg className="inbox__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        d="M12 3a6 6 0 0 0-6 6v3.6L4.3 15.4A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.6L18 12.6V9a6 6 0 0 0-6-6Zm0 18a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 21Z"
        fill="currentColor"
      />
    </svg>
  );
}

/** The text of each notification kind the server sends besides mentions (modules/inbox/notification.entity.ts). */
const KIND_TEXT: Record<string, 'inbox.prescriptionUndelivered' | 'inbox.prescriptionDeadline' | 'inbox.extensionNotice' | 'inbox.rapporteur'> = {
  'case.rapporteur': 'inbox.rapporteur',
  'prescription.undelivered': 'inbox.prescriptionUndelivered',
  'prescription.deadline': 'inbox.prescriptionDeadline',
  'case.extension_notice': 'inbox.extensionNotice',
};

function NotificationItem({ item, onOpen }: { item: InboxNotification; onOpen(item: InboxNotification): void }) {
  const { t, i18n } = useTranslation();
  const comment = item.comment;
  const what = item.kind === 'mention' && comment ? t('inbox.mentionedBy', { name: comment.author.name }) : t(KIND_TEXT[item.kind] ?? 'inbox.otherKind');
  return (
    <li>
      <button
        type="button"
        className={`inbox__item${item.readAt ? '' : ' is-unread'}`}
        data-testid="inbox-item"
        data-notification-id={item.id}
        data-unread={!item.readAt}
        onClick={() => onOpen(item)}
      >
        <span className="inbox__item-head">
          <span className="inbox__case">{item.case.number}</span>
          <time className="inbox__time" dateTime={item.at}>
            {formatDateTime(item.at, i18n.language)}
          </time>
        </span>
        <span className="inbox__what">{what}</span>
        {comment && (
          <span className="inbox__excerpt">
            {comment.deleted || comment.body === null ? t('inbox.commentDeleted') : excerpt(comment.body, comment.mentions)}
          </span>
        )}
      </button>
    </li>
  );
}

/** The bell in the header: the live unread count, and a list that opens the case room. */
export function InboxBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const inbox = useInbox(true);
  const list = useNotifications(open);
  const [markRead, marking] = useMarkNotificationsRead();
  const unread = inbox.data?.inbox.unreadCount ?? 0;
  const latestId = inbox.data?.inbox.latest?.id ?? null;
  const { refetch } = list;
  const room = useMatch('/cases/:id')?.params.id;

  // While open, the list follows the inbox (a new mention, a read elsewhere); opening fetches anyway.
  const seen = useRef(`${unread}:${latestId}`);
  useEffect(() => {
    const state = `${unread}:${latestId}`;
    if (state === seen.current) return;
    seen.current = state;
    if (open) void refetch().catch(() => undefined);
  }, [open, unread, latestId, refetch]);

  useEffect(() => {
    if (!open) return;
    const outside = (event: MouseEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('mousedown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  const openItem = (item: InboxNotification) => {
    setOpen(false);
    if (!item.readAt) void markRead({ variables: { ids: [item.id] } }).catch(() => undefined);
    navigate(`/cases/${item.case.id}${item.comment ? `#comment-${item.comment.id}` : ''}`);
  };

  const markAll = () => {
    // The inbox answers with the new count, and the list follows it.
    void markRead({ variables: {} }).catch(() => undefined);
  };

  const items = list.data?.notifications ?? [];

  return (
    <div className="inbox" ref={root}>
      <button
        type="button"
        className="inbox__bell"
        data-testid="inbox-bell"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={t('inbox.bellLabel', { count: unread })}
        onClick={() => setOpen((value) => !value)}
      >
        <BellIcon />
        <span className={`inbox__count${unread === 0 ? ' is-zero' : ''}`} data-testid="inbox-count">
          {unread > 99 ? '99+' : unread}
        </span>
      </button>
      {room && unread > 0 && (
        <Suspense fallback={null}>
          <MentionsSeen caseId={room} inboxState={`${unread}:${latestId}`} />
        </Suspense>
      )}
      {open && (
        <div className="inbox__panel" id={panelId} role="region" aria-label={t('inbox.title')} data-testid="inbox-panel">
          <div className="inbox__head">
            <h2 className="inbox__title">{t('inbox.title')}</h2>
            <button
              type="button"
              className="link-button"
              data-testid="inbox-mark-all"
              disabled={unread === 0 || marking.loading}
              onClick={markAll}
            >
              {t('inbox.markAllRead')}
            </button>
          </div>
          <ErrorAlert error={list.error ?? marking.error} />
          {list.loading && items.length === 0 ? (
            <p className="inbox__empty">{t('app.loading')}</p>
          ) : items.length === 0 ? (
            <p className="inbox__empty">{t('inbox.empty')}</p>
          ) : (
            <ul className="inbox__list">
              {items.map((item) => (
                <NotificationItem key={item.id} item={item} onOpen={openItem} />
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
