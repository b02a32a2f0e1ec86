import type { Sql } from '../../shared/sql.js';
import { groupBy, timestamp, timestampOrNull, ref, refOrNull } from '../../shared/rows.js';
import type { Language } from '../cases/case.enums.js';
import type { VotingRule } from '../settings/voting-rule.js';
import type { Outcome } from '../voting/criteria.js';
import type { Tally } from '../voting/tally.js';
import type { DecisionRow, DissentRow, Voter } from './decision.entities.js';

// A decided case's decision and its dissents as plain rows with the entities' shape (relations by
// id, resolved through the loaders). Read-only.

/** The decision of each case (at most one); null for a case not decided. */
export async function readDecisions(db: Sql, caseIds: readonly string[]): Promise<Map<string, DecisionRow | null>> {
  const rows = await db.execute<{
    id: string; created_at: string; case_id: string; round_id: string; outcome: Outcome; protocol_number: string; rule: VotingRule; tally: Tally; voters: Voter[];
    reasoning: string; reasoning_kk: string; reasoning_ru: string; chair_signed_by_id: string | null; chair_signed_at: string | null;
    secretary_signed_by_id: string | null; secretary_signed_at: string | null; answer_language: Language; answer_text: string;
  }[]>(
    `select id, created_at, case_id, round_id, outcome, protocol_number, rule, tally, voters, reasoning, reasoning_kk, reasoning_ru, chair_signed_by_id, chair_signed_at,
            secretary_signed_by_id, secretary_signed_at, answer_language, answer_text
       from decision where case_id in (?)`, [[...caseIds]]);
  const byCase = new Map<string, DecisionRow | null>(caseIds.map((id) => [id, null]));
  for (const r of rows) {
    byCase.set(r.case_id, {
      id: r.id, createdAt: timestamp(r.created_at), case: ref(r.case_id), round: ref(r.round_id), outcome: r.outcome, protocolNumber: r.protocol_number, rule: r.rule, tally: r.tally,
      voters: r.voters, reasoning: r.reasoning, reasoningKk: r.reasoning_kk, reasoningRu: r.reasoning_ru, chairSignedBy: refOrNull(r.chair_signed_by_id),
      chairSignedAt: timestampOrNull(r.chair_signed_at), secretarySignedBy: refOrNull(r.secretary_signed_by_id), secretarySignedAt: timestampOrNull(r.secretary_signed_at),
      answerLanguage: r.answer_language, answerText: r.answer_text,
    });
  }
  return byCase;
}

/** The dissenting opinions of decisions, oldest first. */
export async function readDissents(db: Sql, decisionIds: readonly string[]): Promise<Map<string, DissentRow[]>> {
  const rows = await db.execute<{ id: string; created_at: string; decision_id: string; member_id: string; text: string }[]>(
    'select id, created_at, decision_id, member_id, text from dissent where decision_id in (?) order by created_at, id', [[...decisionIds]]);
  return groupBy(decisionIds, rows, (r) => r.decision_id, (r): DissentRow => ({ id: r.id, createdAt: timestamp(r.created_at), decision: ref(r.decision_id), member: ref(r.member_id), text: r.text }));
}
