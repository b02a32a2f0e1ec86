import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ErrorAlert } from '../../shared/ui/alert';
import { CommentView, PendingView } from './comment-item';
import { MentionTextarea } from './mention-textarea';
import { useRoomContext } from './room.context';
import type { ThreadEntry, ThreadItem } from './thread.state';

// Within this many pixels of the end, new comments keep the thread scrolled to the end.
const STICK_PX = 96;

function itemKey(item: ThreadItem): string {
  return item.kind === 'comment' ? item.comment.id : item.pending.tempId;
}

function ItemView({ item, onReply }: { item: ThreadItem; onReply?: () => void }) {
  return item.kind === 'comment' ? (
    <CommentView comment={item.comment} onReply={item.comment.deleted ? undefined : onReply} />
  ) : (
    <PendingView pending={item.pending} />
  );
}

function ReplyForm({ parentId, onClose }: { parentId: string; onClose(): void }) {
  const { t } = useTranslation();
  const { room, typing } = useRoomContext();
  const [text, setText] = useState('');

  const submit = () => {
    if (!text.trim()) return;
    room.send(text, parentId);
    typing.stopped();
    setText('');
    onClose();
  };
  const cancel = () => {
    typing.stopped();
    onClose();
  };

  return (
    <form
      className="comment-form comment-form--reply"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <MentionTextarea
        name="reply"
        label={t('room.replyLabel')}
        placeholder={t('room.replyPlaceholder')}
        value={text}
        rows={2}
        autoFocus
        onChange={(value) => {
          setText(value);
          typing.changed(value);
        }}
        onSubmit={submit}
        onEscape={cancel}
      />
      <div className="button-row">
        <button type="submit" className="button button--primary button--small" data-testid="reply-send" disabled={!text.trim()}>
          {t('room.sendReply')}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={cancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function EntryView({ entry }: { entry: ThreadEntry }) {
  const [replying, setReplying] = useState(false);
  const { canComment } = useRoomContext();
  const threadId = canComment ? entry.threadId : null;
  const onReply = threadId ? () => setReplying(true) : undefined;
  return (
    <li className="thread__entry">
      <ItemView item={entry.item} onReply={onReply} />
      {entry.replies.length > 0 && (
        <ol className="thread__replies">
          {entry.replies.map((reply) => (
            <li key={itemKey(reply)}>
              <ItemView item={reply} onReply={onReply} />
            </li>
          ))}
        </ol>
      )}
      {replying && threadId && <ReplyForm parentId={threadId} onClose={() => setReplying(false)} />}
    </li>
  );
}

/** Keeps the end in view as comments arrive, unless the reader has scrolled up to read. */
function useStickToEnd(count: number, pendingCount: number) {
  const ref = useRef<HTMLDivElement>(null);
  const atEnd = useRef(true);
  const lastPending = useRef(pendingCount);

  useLayoutEffect(() => {
    const el = ref.current;
    const sentNow = pendingCount > lastPending.current;
    lastPending.current = pendingCount;
    if (el && (atEnd.current || sentNow)) el.scrollTop = el.scrollHeight;
  }, [count, pendingCount]);

  // Content that grows in place (an error under a comment, a reply box) or a room that shrinks
  // (more people present) keeps the end in view too.
  useEffect(() => {
    const el = ref.current;
    const list = el?.querySelector('.thread__list');
    if (!el || !list) return;
    const observer = new ResizeObserver(() => {
      if (atEnd.current) el.scrollTop = el.scrollHeight;
    });
    observer.observe(list);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const onScroll = () => {
    const el = ref.current;
    if (el) atEnd.current = el.scrollHeight - el.scrollTop - el.clientHeight < STICK_PX;
  };
  return { ref, onScroll };
}

/** Opening the room from a notification (#comment-…) brings that comment into view. */
function useFocusFromHash(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash.startsWith('#comment-')) return;
    const el = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.classList.add('is-highlighted');
    const timer = window.setTimeout(() => el.classList.remove('is-highlighted'), 2_500);
    return () => window.clearTimeout(timer);
  }, [ready, hash]);
}

export function Thread() {
  const { t } = useTranslation();
  const { room } = useRoomContext();
  const { entries } = room;
  const count = entries.reduce((n, e) => n + 1 + e.replies.length, 0);
  const pendingCount = entries.reduce(
    (n, e) => n + (e.item.kind === 'pending' ? 1 : 0) + e.replies.filter((r) => r.kind === 'pending').length,
    0,
  );
  const { ref, onScroll } = useStickToEnd(count, pendingCount);
  useFocusFromHash(count > 0);

  return (
    <div className="thread" data-testid="thread" ref={ref} onScroll={onScroll} role="log" aria-label={t('room.threadLabel')}>
      {room.threadError && <ErrorAlert error={room.threadError} onRetry={room.reloadThread} />}
      {room.threadLoading && <p className="thread__empty">{t('app.loading')}</p>}
      {!room.threadLoading && !room.threadError && entries.length === 0 && (
        <p className="thread__empty">{t('room.emptyThread')}</p>
      )}
      <ol className="thread__list">
        {entries.map((entry) => (
          <EntryView key={itemKey(entry.item)} entry={entry} />
        ))}
      </ol>
    </div>
  );
}
