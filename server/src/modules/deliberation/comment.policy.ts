import type { Viewer } from '../../shared/viewer.js';
import { CASE_READERS, CHAIRS } from '../../shared/role.js';

/** Who may read and write in a case room: everyone who may read the case (advisors too). */
export const mayDeliberate = (viewer: Viewer, rel: { recused: boolean }) => CASE_READERS.includes(viewer.role as never) && !rel.recused;

export const mayEditComment = (viewer: Viewer, comment: { authorId: string; deleted: boolean }) =>
  !comment.deleted && comment.authorId === viewer.id;

/** Authors delete their own comments; the chair and deputy may remove any (moderation). */
export const mayDeleteComment = (viewer: Viewer, comment: { authorId: string; deleted: boolean }) =>
  !comment.deleted && (comment.authorId === viewer.id || CHAIRS.includes(viewer.role as never));
