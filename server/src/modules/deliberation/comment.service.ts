import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { systemClock, type Clock } from '../../shared/clock.js';
import { badField, forbidden, msg, notFound } from '../../shared/domain-error.js';
import { notifyTopic } from '../../shared/events/event-log.js';
import { emit, sqlWrite, write } from '../../shared/write.js';
import { once } from '../../shared/idempotency/idempotency.js';
import { isUuid } from '../../shared/ids.js';
import { lockCaseRow, lockInCase } from '../../shared/locks.js';
import type { Viewer } from '../../shared/viewer.js';
import { noCaseAccess } from '../cases/case.policy.js';
import { isRecused, recusedIds, recusedRefusal } from '../../shared/recusal.js';
import { inboxTopic } from '../inbox/inbox.service.js';
import { Member } from '../members/member.entity.js';
import { ref, refOrNull } from '../../shared/rows.js';
import type { Sql } from '../../shared/sql.js';
import { CASE_READERS, type Role } from '../../shared/role.js';
import { Comment, CommentRevision, type CommentRow } from './comment.entity.js';
import { mayDeleteComment, mayDeliberate, mayEditComment } from './comment.policy.js';
import { handleOf, mentionedHandles } from './mentions.js';
import { readComment } from './thread.reader.js';

export const COMMENT_MAX = 10_000;
// Recusal is checked against the case itself (isRecused); the role check needs no case.
const NOT_RECUSED = { recused: false };

/** Deliberation in the case room: comments, replies, edits with history, tombstones, @mentions. */
export class CommentService {
  // The clock only counts the age of idempotency keys; a comment's own times are bookkeeping (shared/clock.ts).
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer, private readonly clock: Clock = systemClock) {}

  /** Posts a comment (or a reply) and notifies the members it mentions; once per idempotency key. */
  async add(caseId: string, body: string, parentId?: string | null, idempotencyKey?: string | null): Promise<CommentRow> {
    const text = cleanBody(body);
    const request = { operation: 'addComment', key: idempotencyKey, request: { caseId, body: text, parentId }, reread: readComment, now: this.clock.now() } as const;
    // A hot write: plain statements, no entities (shared/write.ts, sqlWrite).
    return sqlWrite(this.em, (tx) => once(tx, this.viewer.id, request, async () => {
      await this.enterRoom(tx, caseId);
      const threadId = parentId ? await threadOf(tx, caseId, parentId) : null;
      const comment: CommentRow = {
        id: randomUUID(), createdAt: new Date(), case: ref(caseId), author: ref(this.viewer.id), parent: refOrNull(threadId),
        body: text, editedAt: null, deletedAt: null, deletedBy: null,
      };
      await tx.execute(
        'insert into comment (id, created_at, case_id, author_id, parent_id, body) values (?, ?, ?, ?, ?, ?)',
        [comment.id, comment.createdAt, caseId, this.viewer.id, threadId, text],
      );
      const mentioned = await this.mention(tx, caseId, comment.id, text, []);
      tx.emit({ caseId, kind: 'comment.added', actorId: this.viewer.id, payload: { commentId: comment.id, parentId: threadId, mentions: mentioned } });
      return comment;
    }));
  }

  /** Replaces the text of the viewer's own comment; the earlier text stays visible as a revision. */
  async edit(id: string, body: string): Promise<Comment> {
    const text = cleanBody(body);
    return write(this.em, async (em) => {
      const comment = await this.find(em, id);
      if (!mayEditComment(this.viewer, { authorId: comment.author.id, deleted: !!comment.deletedAt })) {
        throw forbidden(msg('Only the author may edit a comment, and not after it was deleted.', 'Редактировать комментарий может только автор и только до удаления.', 'Пікірді тек авторы және жойылғанға дейін ғана өңдей алады.'));
      }
      if (comment.body === text) return comment;
      const now = new Date();
      em.create(CommentRevision, { comment, body: comment.body, replacedAt: now });
      const before = mentionedHandles(comment.body);
      comment.body = text;
      comment.editedAt = now;
      const mentioned = await this.mention(em, comment.case.id, comment.id, text, before);
      await em.flush();
      emit(em, { caseId: comment.case.id, kind: 'comment.edited', actorId: this.viewer.id, payload: { commentId: comment.id, mentions: mentioned } });
      return comment;
    });
  }

  /** Deletes a comment, leaving a tombstone (who and when) in the thread. */
  async remove(id: string): Promise<Comment> {
    return write(this.em, async (em) => {
      const comment = await this.find(em, id);
      if (!mayDeleteComment(this.viewer, { authorId: comment.author.id, deleted: !!comment.deletedAt })) {
        throw forbidden(msg('Only the author, the chair or the deputy may delete this comment.', 'Удалить комментарий может только автор, председатель или заместитель.', 'Пікірді тек авторы, төраға немесе орынбасары жоя алады.'));
      }
      comment.deletedAt = new Date();
      comment.deletedBy = em.getReference(Member, this.viewer.id);
      await em.flush();
      emit(em, { caseId: comment.case.id, kind: 'comment.deleted', actorId: this.viewer.id, payload: { commentId: comment.id } });
      return comment;
    });
  }

  /** Checks that the viewer may write in the case's room: the role, the case, no recusal (one read). */
  private async enterRoom(db: Sql, caseId: string): Promise<void> {
    if (!mayDeliberate(this.viewer, NOT_RECUSED)) throw noCaseAccess();
    const room = isUuid(caseId) && (await lockCaseRow(db, caseId, 'share')) ? await roomAccess(db, caseId, this.viewer.id) : null;
    if (!room) throw notFound('case');
    if (room.recused) throw recusedRefusal();
  }

  /** The comment locked until commit, after its case (for share: comments of a case are written side by side; shared/locks.ts). */
  private async find(em: EntityManager, id: string): Promise<Comment> {
    if (!mayDeliberate(this.viewer, NOT_RECUSED)) throw noCaseAccess();
    const comment = isUuid(id) ? await lockInCase(em, Comment, id, 'share') : null;
    if (!comment) throw notFound('comment');
    if (await isRecused(em, comment.case.id, this.viewer.id)) throw recusedRefusal();
    return comment;
  }

  /**
   * Records mentions of members who may read the room and were not mentioned before, and notifies
   * them in their inbox; returns their ids. A member who recused from the case is out of it: no
   * mention, no notification.
   */
  private async mention(db: Sql, caseId: string, commentId: string, text: string, already: string[]): Promise<string[]> {
    const handles = mentionedHandles(text).filter((h) => !already.includes(h));
    if (handles.length === 0) return [];
    const active = await db.execute<{ id: string; email: string; role: Role }[]>('select id, email, role from member where active', []);
    const recused = await recusedIds(db, caseId);
    const readers: readonly Role[] = CASE_READERS;
    const ids = active
      .filter((m) => readers.includes(m.role) && handles.includes(handleOf(m.email)) && m.id !== this.viewer.id && !recused.has(m.id))
      .map((m) => m.id);
    for (const memberId of ids) {
      const now = new Date();
      await db.execute('insert into comment_mention (id, created_at, comment_id, member_id) values (?, ?, ?, ?)', [randomUUID(), now, commentId, memberId]);
      await db.execute(
        'insert into notification (id, created_at, member_id, kind, case_id, comment_id) values (?, ?, ?, ?, ?, ?)',
        [randomUUID(), now, memberId, 'mention', caseId, commentId],
      );
      await notifyTopic(db, inboxTopic(memberId));
    }
    return ids;
  }
}

/** The thread a reply joins: the parent's own thread when it is itself a reply (one level of threading). */
async function threadOf(db: Sql, caseId: string, parentId: string): Promise<string> {
  const [parent] = isUuid(parentId) ? await db.execute<{ id: string; parent_id: string | null }[]>('select id, parent_id from comment where id = ? and case_id = ?', [parentId, caseId]) : [];
  if (!parent) throw badField('parentId', 'INVALID', msg('The comment you reply to is not in this case.', 'Комментарий, на который вы отвечаете, не относится к этому делу.', 'Сіз жауап беріп отырған пікір бұл іске жатпайды.'));
  return parent.parent_id ?? parent.id;
}

/** Whether a case exists and the member has recused from it, in one read; null when there is no such case. */
async function roomAccess(db: Sql, caseId: string, memberId: string): Promise<{ recused: boolean } | null> {
  const rows = await db.execute<{ recused: boolean }[]>(
    'select exists (select 1 from recusal r where r.case_id = c.id and r.member_id = ?) as recused from "case" c where c.id = ?',
    [memberId, caseId],
  );
  return rows[0] ?? null;
}

function cleanBody(body: string): string {
  const text = body.trim();
  if (!text) throw badField('body', 'REQUIRED', msg('Write something before sending.', 'Напишите текст перед отправкой.', 'Жіберер алдында мәтін жазыңыз.'));
  if (text.length > COMMENT_MAX) {
    throw badField('body', 'TOO_LONG', msg(`A comment may have at most ${COMMENT_MAX} characters; this one has ${text.length}.`, `Комментарий — не более ${COMMENT_MAX} символов; сейчас ${text.length}.`, `Пікір ${COMMENT_MAX} таңбадан аспауы керек; қазір ${text.length}.`));
  }
  return text;
}
