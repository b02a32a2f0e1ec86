import type { EntityManager } from '@mikro-orm/postgresql';
import { groupBy, timestamp, timestampOrNull } from '../../shared/rows.js';
import type { MemberCard, MemberDirectory } from '../members/member-directory.js';
import type { Comment } from './comment.entity.js';

/**
 * A comment as the thread reads it: plain data with the entity's shape where the `Comment` type's
 * field resolvers look (`case`, `parent` and `deletedBy` as references by id), its author a card
 * from the member directory. The thread is read-only here; nothing is hydrated or tracked.
 */
export interface CommentView {
  id: string;
  case: { id: string };
  author: MemberCard;
  parent: { id: string } | null;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  deletedBy: { id: string } | null;
}

/** What the `Comment` type resolves from: a comment written in this request, or one read for a thread. */
export type CommentLike = Comment | CommentView;

export interface RevisionView {
  id: string;
  body: string;
  replacedAt: Date;
}

/** A case's thread: every comment (replies too) oldest first, with the revisions and mentions of each. */
export interface Thread {
  comments: CommentView[];
  revisions: Map<string, RevisionView[]>;
  mentions: Map<string, MemberCard[]>;
}

const ref = (id: string | null) => (id ? { id } : null);

/** The threads of cases in three queries (comments, revisions, mentions), whatever their length. */
export async function readThreads(em: EntityManager, members: MemberDirectory, caseIds: readonly string[]): Promise<Map<string, Thread>> {
  const ids = [...caseIds];
  const [comments, revisions, mentions] = await Promise.all([
    em.execute<{ id: string; case_id: string; author_id: string; parent_id: string | null; body: string; created_at: string; edited_at: string | null; deleted_at: string | null; deleted_by_id: string | null }[]>(
      `select id, case_id, author_id, parent_id, body, created_at, edited_at, deleted_at, deleted_by_id
         from comment where case_id in (?) order by created_at, id`, [ids]),
    em.execute<{ id: string; comment_id: string; body: string; replaced_at: string }[]>(
      `select r.id, r.comment_id, r.body, r.replaced_at from comment_revision r join comment c on c.id = r.comment_id
        where c.case_id in (?) order by r.replaced_at, r.id`, [ids]),
    em.execute<{ comment_id: string; member_id: string }[]>(
      `select n.comment_id, n.member_id from comment_mention n join comment c on c.id = n.comment_id
        where c.case_id in (?) order by n.created_at, n.id`, [ids]),
  ]);
  const cards = await members.many([...new Set([...comments.map((c) => c.author_id), ...mentions.map((m) => m.member_id)])]);
  const card = new Map(cards.filter((c) => c !== null).map((c) => [c.id, c]));
  const commentIds = comments.map((c) => c.id);
  const views = groupBy(ids, comments, (c) => c.case_id, (c): CommentView => {
    return {
      id: c.id, case: { id: c.case_id }, author: card.get(c.author_id)!, parent: ref(c.parent_id), body: c.body,
      createdAt: timestamp(c.created_at), editedAt: timestampOrNull(c.edited_at), deletedAt: timestampOrNull(c.deleted_at), deletedBy: ref(c.deleted_by_id),
    };
  });
  const revisionsOf = groupBy(commentIds, revisions, (r) => r.comment_id, (r): RevisionView => ({ id: r.id, body: r.body, replacedAt: timestamp(r.replaced_at) }));
  const mentionsOf = groupBy(commentIds, mentions, (m) => m.comment_id, (m) => card.get(m.member_id)!);
  return new Map(ids.map((id) => {
    const list = views.get(id)!;
    return [id, {
      comments: list,
      revisions: new Map(list.map((c) => [c.id, revisionsOf.get(c.id)!])),
      mentions: new Map(list.map((c) => [c.id, mentionsOf.get(c.id)!])),
    }];
  }));
}

/** The revisions of single comments (a live event's comment), oldest first. */
export async function readRevisions(em: EntityManager, commentIds: readonly string[]): Promise<Map<string, RevisionView[]>> {
  const rows = await em.execute<{ id: string; comment_id: string; body: string; replaced_at: string }[]>(
    'select id, comment_id, body, replaced_at from comment_revision where comment_id in (?) order by replaced_at, id', [[...commentIds]]);
  return groupBy(commentIds, rows, (r) => r.comment_id, (r) => ({ id: r.id, body: r.body, replacedAt: timestamp(r.replaced_at) }));
}

/** The members single comments mention, in the order they were recorded. */
export async function readMentions(em: EntityManager, members: MemberDirectory, commentIds: readonly string[]): Promise<Map<string, MemberCard[]>> {
  const rows = await em.execute<{ comment_id: string; member_id: string }[]>(
    'select comment_id, member_id from comment_mention where comment_id in (?) order by created_at, id', [[...commentIds]]);
  const cards = await members.many([...new Set(rows.map((r) => r.member_id))]);
  const card = new Map(cards.filter((c) => c !== null).map((c) => [c.id, c]));
  return groupBy(commentIds, rows, (r) => r.comment_id, (r) => card.get(r.member_id)!);
}
