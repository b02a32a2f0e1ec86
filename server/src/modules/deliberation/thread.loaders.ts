import type { Sql } from '../../shared/sql.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, mapLoader } from '../../shared/loaders.js';
import type { MemberDirectory } from '../members/member-directory.js';
import { Comment, type CommentRow } from './comment.entity.js';
import { readMentions, readRevisions, readThreads } from './thread.reader.js';

/** Each case's thread, replies included; the comments' revisions and mentions come with it. */
export function threadLoaders(em: () => EntityManager, db: Sql, members: MemberDirectory) {
  const revisionsByComment = mapLoader((ids) => readRevisions(db, ids));
  const mentionsByComment = mapLoader((ids) => readMentions(db, members, ids));
  return {
    commentsByCase: mapLoader(async (ids) => {
      const threads = await readThreads(db, members, ids);
      const out = new Map<string, CommentRow[]>();
      for (const [caseId, thread] of threads) {
        for (const [id, revisions] of thread.revisions) revisionsByComment.prime(id, revisions);
        for (const [id, mentioned] of thread.mentions) mentionsByComment.prime(id, mentioned);
        out.set(caseId, thread.comments);
      }
      return out;
    }),
    revisionsByComment,
    mentionsByComment,
    comment: byIdLoader(em, Comment),
  };
}

declare module '../../shared/context.js' {
  interface Loaders extends ReturnType<typeof threadLoaders> {}
}
