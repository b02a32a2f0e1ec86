import type { Sql } from './sql.js';
import { DomainError, msg } from './domain-error.js';

/** The answer to a recused member for what recusal takes away: the room, its live feed, the vote, personal data. */
export const recusedRefusal = () => new DomainError('FORBIDDEN', msg(
  'You declared a conflict of interest in this case: you no longer take part in it.',
  'Вы заявили самоотвод по этому делу и больше не участвуете в его рассмотрении.',
  'Сіз бұл іс бойынша өздігінен бас тартуды мәлімдедіңіз, енді оны қарауға қатыспайсыз.',
), { recused: true });

// Plain reads of the recusal table: the ORM's count and find would hydrate entities only to read two ids.

/** Whether a member has recused from a case. */
export const isRecused = async (em: Sql, caseId: string, memberId: string): Promise<boolean> =>
  (await em.execute<{ recused: boolean }[]>('select exists (select 1 from recusal where case_id = ? and member_id = ?) as recused', [caseId, memberId]))[0].recused;

/** The members who have recused from a case. */
export const recusedIds = async (em: Sql, caseId: string): Promise<Set<string>> =>
  new Set((await em.execute<{ member_id: string }[]>('select member_id from recusal where case_id = ?', [caseId])).map((r) => r.member_id));

/** The cases a member has recused from. */
export const recusedCaseIds = async (em: Sql, memberId: string): Promise<string[]> =>
  (await em.execute<{ case_id: string }[]>('select case_id from recusal where member_id = ?', [memberId])).map((r) => r.case_id);
