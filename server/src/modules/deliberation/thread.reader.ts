import type { Sql } from '../../shared/sql.js';
import { groupBy, timestamp, timestampOrNull, refOrNull } from '../../shared/rows.js';
import type { MemberCard, MemberDirectory } from '../members/member-directory.js';
import type { CommentRow, RevisionRow } from './comment.entity.js';

// The thread as plain rows with the entities' shape (CommentRow, RevisionRow: relations by id,
// resolved by the `Comment` type's field resolvers through the loaders). Read-only: nothing is
// hydrated or tracked.

/** A case's thread: every comment (replies too) oldest first, with the revisions and mentions of each. */
export interface Thread {
  comments: CommentRow[];
  revisions: Map<string, RevisionRow[]>;
  mentions: Map<string, MemberCard[]>;
}

type CommentColumns = { id: string; case_id: string; author_id: string; parent_id: string | null; body: string; created_at: string; edited_at: string | null; deleted_at: string | null; deleted_by_id: string | null };
const COMMENT_COLUMNS = 'id, case_id, author_id, parent_id, body, created_at, edited_at, deleted_at, deleted_by_id';
const commentOf = (c: CommentColumns): CommentRow => ({
  id: c.id, case: { id: c.case_id }, author: { id: c.author_id }, parent: refOrNull(c.parent_id), body: c.body,
  createdAt: timestamp(c.created_at), editedAt: timestampOrNull(c.edited_at), deletedAt: timestampOrNull(c.deleted_at), deletedBy: refOrNull(c.deleted_by_id),
});

/** One comment by id (a retried addComment's first result); null when there is none. */
export async function readComment(db: Sql, id: string): Promise<CommentRow | null> {
  const [row] = await db.execute<CommentColumns[]>(`select ${COMMENT_COLUMNS} from comment where id = ?`, [id]);
  return row ? commentOf(row) : null;
}

type RevisionColumns = { id: string; comment_id: string; created_at: string; body: string; replaced_at: string };
const REVISION_COLUMNS = 'r.id, r.comment_id, r.created_at, r.body, r.replaced_at';
const revisionOf = (r: RevisionColumns): RevisionRow => ({ id: r.id, comment: { id: r.comment_id }, createdAt: timestamp(r.created_at), body: r.body, replacedAt: timestamp(r.replaced_at) });

// A comment's revisions (oldest first, as JSON) and the members it mentions (in the order recorded),
// read with it: a thread is one statement.
const THREAD_EXTRAS = `coalesce((select json_agg(json_build_object('id', r.id, 'comment_id', r.comment_id, 'created_at', r.created_at, 'body', r.body, 'replaced_at', r.replaced_at)
      order by r.replaced_at, r.id) from comment_revision r where r.comment_id = c.id), '[]'::json) as revisions,
    coalesce((select array_agg(n.member_id order by n.created_at, n.id) from comment_mention n where n.comment_id = c.id), '{}') as mention_ids`;

/** The threads of cases in one query, whatever their length. */
export async function readThreads(db: Sql, members: MemberDirectory, caseIds: readonly string[]): Promise<Map<string, Thread>> {
  const ids = [...caseIds];
  const comments = await db.execute<(CommentColumns & { revisions: RevisionColumns[]; mention_ids: string[] })[]>(
    `select ${COMMENT_COLUMNS}, ${THREAD_EXTRAS} from comment c where case_id in (?) order by created_at, id`, [ids]);
  const card = await cardsOf(members, comments.flatMap((c) => c.mention_ids));
  const rows = groupBy(ids, comments, (c) => c.case_id);
  return new Map(ids.map((id) => {
    const list = rows.get(id)!;
    return [id, {
      comments: list.map(commentOf),
      revisions: new Map(list.map((c) => [c.id, c.revisions.map(revisionOf)])),
      mentions: new Map(list.map((c) => [c.id, c.mention_ids.map((m) => card.get(m)!)])),
    }];
  }));
}

/** The revisions of single comments (a live event's comment), oldest first. */
export async function readRevisions(db: Sql, commentIds: readonly string[]): Promise<Map<string, RevisionRow[]>> {
  const rows = await db.execute<RevisionColumns[]>(
    `select ${REVISION_COLUMNS} from comment_revision r where r.comment_id in (?) order by r.replaced_at, r.id`, [[...commentIds]]);
  return groupBy(commentIds, rows, (r) => r.comment_id, revisionOf);
}

/** The members single comments mention, in the order they were recorded. */
export async function readMentions(db: Sql, members: MemberDirectory, commentIds: readonly string[]): Promise<Map<string, MemberCard[]>> {
  const rows = await db.execute<{ comment_id: string; member_id: string }[]>(
    'select comment_id, member_id from comment_mention where comment_id in (?) order by created_at, id', [[...commentIds]]);
  const card = await cardsOf(members, rows.map((r) => r.member_id));
  return groupBy(commentIds, rows, (r) => r.comment_id, (r) => card.get(r.member_id)!);
}

/** The directory's cards of the mentioned members, by id (each read once). */
async function cardsOf(members: MemberDirectory, ids: readonly string[]): Promise<Map<string, MemberCard>> {
  const cards = await members.many([...new Set(ids)]);
  return new Map(cards.filter((c) => c !== null).map((c) => [c.id, c]));
}
