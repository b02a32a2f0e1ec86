// Where the room's live feed starts. The timeline (case.events) and the thread (case.comments)
// are read separately; if a comment changed between the two reads, the thread is older than the
// timeline, and the feed must start before that change so that the comment arrives with it.
import { compareSeq, lastSeq } from '../case-file/case-events';
import type { CaseEvent } from '../case-file/operations';
import type { ThreadComment } from './operations';

export const COMMENT_EVENT_PREFIX = 'comment.';

export function isCommentEvent(kind: string): boolean {
  return kind.startsWith(COMMENT_EVENT_PREFIX);
}

function commentIdOf(event: CaseEvent): string | null {
  const payload = event.payload as { commentId?: unknown } | null;
  return typeof payload?.commentId === 'string' ? payload.commentId : null;
}

/** The loaded thread, each comment with the number of edits and whether it is deleted. */
function snapshotOf(comments: readonly ThreadComment[]) {
  const seen = new Map<string, { edits: number; deleted: boolean }>();
  for (const c of comments) {
    seen.set(c.id, { edits: c.revisions.length, deleted: c.deleted });
    for (const r of c.replies) seen.set(r.id, { edits: r.revisions.length, deleted: r.deleted });
  }
  return seen;
}

/**
 * The seq to pass as `after`: the last loaded event, or just before the first comment event the
 * loaded thread does not reflect yet (a comment it lacks, an edit or a deletion it has not seen).
 */
export function resumeAfter(events: readonly CaseEvent[], comments: readonly ThreadComment[]): string {
  const thread = snapshotOf(comments);
  const sorted = [...events].sort((a, b) => compareSeq(a.seq, b.seq));
  const edits = new Map<string, number>();
  let previous = '0';
  for (const event of sorted) {
    const id = isCommentEvent(event.kind) ? commentIdOf(event) : null;
    if (id) {
      const known = thread.get(id);
      const editsSoFar = (edits.get(id) ?? 0) + (event.kind === 'comment.edited' ? 1 : 0);
      edits.set(id, editsSoFar);
      const behind =
        !known ||
        (event.kind === 'comment.edited' && !known.deleted && known.edits < editsSoFar) ||
        (event.kind === 'comment.deleted' && !known.deleted);
      if (behind) return previous;
    }
    previous = event.seq;
  }
  return lastSeq(events);
}
