// Where the room's live feed starts. The timeline (case.events) and the thread (case.comments)
// are read separately; if a comment changed between the two reads, the thread is older than the
// timeline, and the feed must start before that change so that the comment arrives with it.
import type { CaseEventKind } from '../../shared/api/enums';
import { commentIdOf, compareSeq, lastSeq } from '../case-file/case-events';
import type { CaseEvent } from '../case-file/operations';
import type { ThreadComment } from './operations';

const COMMENT_EVENTS: ReadonlySet<string> = new Set(['COMMENT_ADDED', 'COMMENT_EDITED', 'COMMENT_DELETED'] satisfies CaseEventKind[]);

export function isCommentEvent(kind: CaseEventKind): boolean {
  return COMMENT_EVENTS.has(kind);
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
      const editsSoFar = (edits.get(id) ?? 0) + (event.kind === 'COMMENT_EDITED' ? 1 : 0);
      edits.set(id, editsSoFar);
      const behind =
        !known ||
        (event.kind === 'COMMENT_EDITED' && !known.deleted && known.edits < editsSoFar) ||
        (event.kind === 'COMMENT_DELETED' && !known.deleted);
      if (behind) return previous;
    }
    previous = event.seq;
  }
  return lastSeq(events);
}
