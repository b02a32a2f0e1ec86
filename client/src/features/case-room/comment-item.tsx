import type { ErrorLike } from '@apollo/client';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/lib/datetime';
import { ErrorAlert } from '../../shared/ui/alert';
import { Avatar } from '../../shared/ui/avatar';
import { FormErrorAlert, useFocusFirstInvalid, useFormErrors } from '../../shared/ui/field';
import { CommentBody } from './comment-body';
import { useDeleteComment, useEditComment } from './hooks';
import { MentionTextarea } from './mention-textarea';
import { AgencyLabel } from './agency-label';
import type { RoomComment } from './operations';
import { useRoomContext } from './room.context';
import type { PendingComment } from './thread.state';

interface CommentViewProps {
  comment: RoomComment;
  /** Opens the reply box of this comment's thread. */
  onReply?: () => void;
}

export function CommentView({ comment, onReply }: CommentViewProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [showVersions, setShowVersions] = useState(false);
  const lang = i18n.language;

  return (
    <article
      className={`comment${comment.deleted ? ' comment--deleted' : ''}`}
      id={`comment-${comment.id}`}
      data-testid="comment"
      data-comment-id={comment.id}
      data-pending="false"
      data-deleted={comment.deleted}
    >
      <Avatar id={comment.author.id} name={comment.author.name} />
      <div className="comment__main">
        <header className="comment__head">
          <span className="comment__author">{comment.author.name}</span>
          {comment.editedAt && !comment.deleted && comment.revisions.length > 0 && (
            <button
              type="button"
              className="link-button comment__edited"
              data-testid="comment-edited"
              aria-expanded={showVersions}
              title={t('room.editedAt', { at: formatDateTime(comment.editedAt, lang) })}
              onClick={() => setShowVersions((v) => !v)}
            >
              {t('room.edited')}
            </button>
          )}
          <time className="comment__time" dateTime={comment.postedAt}>
            {formatDateTime(comment.postedAt, lang)}
          </time>
        </header>
        <AgencyLabel agency={comment.author.agency} />
        {comment.deleted ? (
          <p className="comment__tombstone" data-testid="comment-tombstone">
            {t('room.deletedBy', {
              name: comment.deletedBy?.name ?? t('timeline.system'),
              at: formatDateTime(comment.deletedAt, lang),
            })}
          </p>
        ) : editing ? (
          <EditForm comment={comment} onDone={() => setEditing(false)} />
        ) : (
          <CommentBody body={comment.body ?? ''} mentions={comment.mentions} />
        )}
        {showVersions && !comment.deleted && <Versions comment={comment} />}
        {!comment.deleted && !editing && (
          <CommentActions
            comment={comment}
            onReply={onReply}
            onEdit={comment.viewerCan.edit ? () => setEditing(true) : undefined}
            mayDelete={comment.viewerCan.delete}
          />
        )}
      </div>
    </article>
  );
}

function Versions({ comment }: { comment: RoomComment }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="versions" data-testid="comment-versions">
      <h4 className="versions__title">{t('room.earlierVersions')}</h4>
      <ol className="versions__list">
        {comment.revisions.map((revision, index) => (
          <li key={revision.id} className="versions__item" data-testid="comment-version">
            <div className="versions__meta">
              {t('room.versionMeta', { n: index + 1, at: formatDateTime(revision.replacedAt, i18n.language) })}
            </div>
            <CommentBody body={revision.body} mentions={comment.mentions} className="versions__body" />
          </li>
        ))}
      </ol>
    </div>
  );
}

interface CommentActionsProps {
  comment: RoomComment;
  onReply?: () => void;
  onEdit?: () => void;
  mayDelete: boolean;
}

function CommentActions({ comment, onReply, onEdit, mayDelete }: CommentActionsProps) {
  const { t } = useTranslation();
  const { room } = useRoomContext();
  const [remove, { loading }] = useDeleteComment();
  const [error, setError] = useState<ErrorLike | null>(null);

  const doDelete = async () => {
    setError(null);
    try {
      const { data } = await remove({ variables: { id: comment.id } });
      if (data) room.merge(data.deleteComment);
    } catch (e) {
      setError(e as ErrorLike);
    }
  };

  return (
    <>
      <div className="comment__actions">
        {onReply && (
          <button type="button" className="link-button" data-testid="comment-reply" onClick={onReply}>
            {t('room.reply')}
          </button>
        )}
        {onEdit && (
          <button type="button" className="link-button" data-testid="comment-edit" onClick={onEdit}>
            {t('room.edit')}
          </button>
        )}
        {mayDelete && (
          <button
            type="button"
            className="link-button link-button--danger"
            data-testid="comment-delete"
            disabled={loading}
            onClick={() => void doDelete()}
          >
            {loading ? t('room.deleting') : t('room.delete')}
          </button>
        )}
      </div>
      <ErrorAlert error={error} testId="comment-action-error" />
    </>
  );
}

/** editComment's `body` is the edit box. */
const placeEditError = (path: string) => (path === 'body' ? 'edit' : null);

function EditForm({ comment, onDone }: { comment: RoomComment; onDone(): void }) {
  const { t } = useTranslation();
  const { room, typing } = useRoomContext();
  const [text, setText] = useState(comment.body ?? '');
  const [save, { loading, error }] = useEditComment();
  // The server's problem with the text shows under it (and takes the focus); anything else above the buttons.
  const server = useFormErrors(error, { place: placeEditError });
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, error);

  const submit = async () => {
    if (!text.trim()) return;
    typing.stopped();
    if (text.trim() === (comment.body ?? '').trim()) {
      onDone();
      return;
    }
    try {
      const { data } = await save({ variables: { id: comment.id, body: text } });
      if (data) room.merge(data.editComment);
      onDone();
    } catch {
      // Shown from the mutation's error state; the text stays for another try.
    }
  };

  const cancel = () => {
    typing.stopped();
    onDone();
  };

  return (
    <form
      ref={form}
      className="comment-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <MentionTextarea
        name="edit"
        label={t('room.editLabel')}
        value={text}
        autoFocus
        onChange={(value) => {
          setText(value);
          typing.changed(value);
        }}
        onSubmit={() => void submit()}
        onEscape={cancel}
        error={server.field('edit')}
      />
      {server.count === 0 && <FormErrorAlert errors={server} testId="edit-error" />}
      <div className="button-row">
        <button type="submit" className="button button--primary button--small" data-testid="edit-save" disabled={loading || !text.trim()}>
          {loading ? t('common.saving') : t('room.save')}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={cancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

const placeBody = (path: string) => (path === 'body' ? 'body' : null);

/** A comment on its way: shown at once, replaced by the server's when addComment answers. */
export function PendingView({ pending }: { pending: PendingComment }) {
  const { t } = useTranslation();
  const { viewer, room } = useRoomContext();
  const failed = pending.status === 'failed';
  // Refused: the problem with the text shows under it, anything else (the network, a closed room) above the buttons.
  const server = useFormErrors(failed ? pending.error : null, { place: placeBody });
  const bodyError = server.field('body');
  return (
    <article
      className={`comment comment--pending${failed ? ' comment--failed' : ''}`}
      data-testid="comment"
      data-comment-id={pending.tempId}
      data-pending="true"
      aria-busy={pending.status === 'sending'}
    >
      <Avatar id={viewer.id} name={viewer.name} />
      <div className="comment__main">
        <header className="comment__head">
          <span className="comment__author">{viewer.name}</span>
          <span className="comment__status" data-testid="comment-status" data-status={pending.status}>
            {failed ? t('room.notSent') : pending.status === 'waiting' ? t('forms.willSend') : t('room.sending')}
          </span>
        </header>
        <AgencyLabel agency={viewer.agency} />
        <CommentBody body={pending.body} />
        {bodyError && (
          <div className="field__error" role="alert" data-testid="comment-field-error">
            {bodyError}
          </div>
        )}
        {failed && (
          <div className="stack">
            {bodyError ? null : <ErrorAlert error={pending.error} testId="comment-error" />}
            <div className="button-row">
              <button type="button" className="button button--small" data-testid="comment-retry" onClick={() => room.retry(pending.tempId)}>
                {t('common.retry')}
              </button>
              <button type="button" className="button button--ghost button--small" data-testid="comment-discard" onClick={() => room.discard(pending.tempId)}>
                {t('room.discard')}
              </button>
            </div>
          </div>
        )}
      </div>
    </article>
  );
}
