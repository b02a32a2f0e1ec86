import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Episode } from '../modules/cases/episode.entity.js';
import { Resource } from '../modules/cases/resource.entity.js';
import { Evidence } from '../modules/evidence/evidence.entity.js';
import { CaseEvent } from './events/case-event.entity.js';
import { Member } from '../modules/members/member.entity.js';
import { Comment, CommentMention, CommentRevision } from '../modules/deliberation/comment.entity.js';
import { Recusal } from '../modules/voting/voting.entities.js';

/** Loads the rows of `entity` whose `fk` is in the batch of keys, grouped per key, in one query. */
function groupLoader<T extends object>(
  em: EntityManager,
  entity: new () => T,
  fk: string,
  orderBy: Record<string, 'asc' | 'desc'>,
): DataLoader<string, T[]> {
  return new DataLoader(async (ids) => {
    const rows = await em.find(entity, { [fk]: { $in: [...ids] } } as never, { orderBy: orderBy as never });
    const byKey = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const row of rows) {
      const ref = (row as Record<string, unknown>)[fk];
      const key = typeof ref === 'string' ? ref : (ref as { id: string }).id;
      byKey.get(key)?.push(row);
    }
    return ids.map((id) => byKey.get(id) ?? []);
  });
}

/** Loads rows by id in one query per batch; null for an id that has no row. */
function byIdLoader<T extends { id: string }>(em: EntityManager, entity: new () => T): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await em.find(entity, { id: { $in: [...ids] } } as never);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Request-scoped batch loaders: one query per kind of row, whatever the size of the page. */
export function createLoaders(em: EntityManager, viewerId: string | null = null) {
  return {
    episodesByCase: groupLoader(em, Episode, 'case', { occurredAt: 'asc', id: 'asc' }),
    resourcesByCase: groupLoader(em, Resource, 'case', { createdAt: 'asc', id: 'asc' }),
    evidenceByEpisode: groupLoader(em, Evidence, 'episode', { uploadedAt: 'asc', id: 'asc' }),
    eventsByCase: groupLoader(em, CaseEvent, 'caseId', { seq: 'asc' }),
    commentsByCase: groupLoader(em, Comment, 'case', { createdAt: 'asc', id: 'asc' }),
    revisionsByComment: groupLoader(em, CommentRevision, 'comment', { replacedAt: 'asc', id: 'asc' }),
    mentionsByComment: groupLoader(em, CommentMention, 'comment', { createdAt: 'asc', id: 'asc' }),
    member: byIdLoader(em, Member),
    /** Whether the viewer has recused from each case (keyed by case id). */
    recused: new DataLoader<string, boolean>(async (caseIds) => {
      if (!viewerId) return caseIds.map(() => false);
      const rows = await em.find(Recusal, { case: { $in: [...caseIds] }, member: viewerId });
      const hit = new Set(rows.map((r) => r.case.id));
      return caseIds.map((id) => hit.has(id));
    }),
    comment: byIdLoader(em, Comment),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
