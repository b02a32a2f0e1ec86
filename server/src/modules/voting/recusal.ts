import type { EntityManager } from '@mikro-orm/postgresql';
import { Recusal } from './voting.entities.js';

/** Whether a member has recused from a case. */
export const isRecused = async (em: EntityManager, caseId: string, memberId: string): Promise<boolean> =>
  (await em.count(Recusal, { case: caseId, member: memberId })) > 0;

export const recusedIds = async (em: EntityManager, caseId: string): Promise<Set<string>> =>
  new Set((await em.find(Recusal, { case: caseId })).map((r) => r.member.id));
