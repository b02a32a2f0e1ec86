import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { readEpisodes, readEvidence, readResources } from '../modules/cases/case-file.reader.js';
import { Comment } from '../modules/deliberation/comment.entity.js';
import { readMentions, readRevisions, readThreads, type CommentView } from '../modules/deliberation/thread.reader.js';
import type { MemberDirectory } from '../modules/members/member-directory.js';
import { readRecusals, readRounds, readVotes } from '../modules/voting/voting.reader.js';
import { AUDIT_ONLY_KINDS } from '../modules/audit/audit.policy.js';
import { readTimelines } from './events/timeline.reader.js';

/** Loads rows by id in one query per batch; null for an id that has no row. */
function byIdLoader<T extends { id: string }>(em: EntityManager, entity: new () => T): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await em.find(entity, { id: { $in: [...ids] } } as never);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** A batch loader over a reader that answers a map with every key. */
const mapLoader = <V>(read: (keys: readonly string[]) => Promise<Map<string, V>>) =>
  new DataLoader<string, V>(async (keys) => {
    const found = await read(keys);
    return keys.map((k) => found.get(k)!);
  });

/**
 * Request-scoped batch loaders: one query per kind of row, whatever the size of the page. Lists a
 * resolver only maps (episodes, resources, evidence, timeline, thread, votes, recusals) are read as
 * plain rows; members come from the instance's directory.
 */
export function createLoaders(em: EntityManager, viewerId: string | null, members: MemberDirectory) {
  const revisionsByComment = mapLoader((ids) => readRevisions(em, ids));
  const mentionsByComment = mapLoader((ids) => readMentions(em, members, ids));
  const recusalsByCase = mapLoader((ids) => readRecusals(em, members, ids));
  return {
    episodesByCase: mapLoader((ids) => readEpisodes(em, ids)),
    resourcesByCase: mapLoader((ids) => readResources(em, ids)),
    evidenceByEpisode: mapLoader((ids) => readEvidence(em, members, ids)),
    /** Every event of each case, the audit-only kinds included. */
    eventsByCase: mapLoader((ids) => readTimelines(em, ids)),
    /** Each case's events without the audit-only kinds (who read personal data or the audit). */
    changesByCase: mapLoader((ids) => readTimelines(em, ids, AUDIT_ONLY_KINDS)),
    /** Each case's thread, replies included; the comments' revisions and mentions come with it. */
    commentsByCase: mapLoader(async (ids) => {
      const threads = await readThreads(em, members, ids);
      const out = new Map<string, CommentView[]>();
      for (const [caseId, thread] of threads) {
        for (const [id, revisions] of thread.revisions) revisionsByComment.prime(id, revisions);
        for (const [id, mentioned] of thread.mentions) mentionsByComment.prime(id, mentioned);
        out.set(caseId, thread.comments);
      }
      return out;
    }),
    revisionsByComment,
    mentionsByComment,
    member: new DataLoader((ids: readonly string[]) => members.many(ids)),
    roundsByCase: mapLoader((ids) => readRounds(em, members, ids)),
    /** The current votes of each round, and the viewer's changed ones (see readVotes). */
    votesByRound: mapLoader((ids) => readVotes(em, members, ids, viewerId)),
    recusalsByCase,
    /** Whether the viewer has recused from each case (keyed by case id). */
    recused: new DataLoader<string, boolean>(async (caseIds) => {
      if (!viewerId) return caseIds.map(() => false);
      const lists = await recusalsByCase.loadMany(caseIds);
      return lists.map((list) => {
        if (list instanceof Error) throw list;
        return list.some((r) => r.member.id === viewerId);
      });
    }),
    comment: byIdLoader(em, Comment),
    /** Whether each case's identity was erased under the retention rule (keyed by case id). */
    identityErased: new DataLoader<string, boolean>(async (caseIds) => {
      const rows = await em.execute<{ id: string }[]>('select "id" from "case" where "id" in (?) and "identity_erased_at" is not null', [[...caseIds]]);
      const erased = new Set(rows.map((r) => r.id));
      return caseIds.map((id) => erased.has(id));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
