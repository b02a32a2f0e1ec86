import type { Sql } from '../../shared/sql.js';
import { groupBy, timestamp, timestampOrNull, ref, refOrNull } from '../../shared/rows.js';
import type { Outcome, VoteChoice } from './criteria.js';
import type { Tally } from './tally.js';
import type { Finding, RecusalRow, RoundRow, VoteRow } from './voting.entities.js';
import type { VotingRule } from '../settings/voting-rule.js';
import type { RecusalColumns } from '../cases/case.reader.js';

// The voting panel's lists as plain rows with the entities' shape (RoundRow, VoteRow, RecusalRow:
// relations by id, resolved by the types' field resolvers through the loaders). Read-only.

/** The rounds of cases, by number. */
export async function readRounds(db: Sql, caseIds: readonly string[]): Promise<Map<string, RoundRow[]>> {
  const rows = await db.execute<{ id: string; case_id: string; number: number; opened_by_id: string; created_at: string; deadline_at: string; open: boolean; closed_at: string | null; closed_by_id: string | null; close_reason: string | null; rule: VotingRule; eligible_ids: string[]; chair_id: string | null; outcome: Outcome | null; final_tally: Tally | null }[]>(
    `select id, case_id, number, opened_by_id, created_at, deadline_at, open, closed_at, closed_by_id, close_reason, rule, eligible_ids, chair_id, outcome, final_tally
       from voting_round where case_id in (?) order by number`, [[...caseIds]]);
  return groupBy(caseIds, rows, (r) => r.case_id, (r): RoundRow => ({
    id: r.id, case: ref(r.case_id), number: r.number, openedBy: ref(r.opened_by_id), createdAt: timestamp(r.created_at), deadlineAt: timestamp(r.deadline_at),
    open: r.open, closedAt: timestampOrNull(r.closed_at), closedBy: refOrNull(r.closed_by_id), closeReason: r.close_reason, rule: r.rule, eligibleIds: r.eligible_ids,
    chairId: r.chair_id, outcome: r.outcome, finalTally: r.final_tally,
  }));
}

/**
 * The votes of rounds, oldest first: every current vote, and the changed (superseded) ones of
 * `viewerId` only — the viewer's own history; nobody else's earlier votes are read.
 */
export async function readVotes(db: Sql, roundIds: readonly string[], viewerId: string | null): Promise<Map<string, VoteRow[]>> {
  const rows = await db.execute<VoteColumns[]>(
    `select ${VOTE_COLUMNS} from vote where round_id in (?) and (superseded_at is null or member_id = ?) order by created_at, id`, [[...roundIds], viewerId]);
  return groupBy(roundIds, rows, (r) => r.round_id, voteOf);
}

/** One vote by id (a retried castVote's first result); null when there is none. */
export async function readVote(db: Sql, id: string): Promise<VoteRow | null> {
  const [row] = await db.execute<VoteColumns[]>(`select ${VOTE_COLUMNS} from vote where id = ?`, [id]);
  return row ? voteOf(row) : null;
}

type VoteColumns = { id: string; round_id: string; member_id: string; choice: VoteChoice; reasoning: string | null; findings: Finding[]; created_at: string; superseded_at: string | null };
const VOTE_COLUMNS = 'id, round_id, member_id, choice, reasoning, findings, created_at, superseded_at';
const voteOf = (r: VoteColumns): VoteRow => ({
  id: r.id, round: ref(r.round_id), member: ref(r.member_id), choice: r.choice, reasoning: r.reasoning, findings: r.findings,
  createdAt: timestamp(r.created_at), supersededAt: timestampOrNull(r.superseded_at),
});

const recusalRow = (r: RecusalColumns): RecusalRow => ({ id: r.id, case: ref(r.case_id), member: ref(r.member_id), reason: r.reason, createdAt: timestamp(r.created_at) });

/** The declared conflicts of interest in cases, oldest first. */
export async function readRecusals(db: Sql, caseIds: readonly string[]): Promise<Map<string, RecusalRow[]>> {
  const rows = await db.execute<RecusalColumns[]>(
    'select id, case_id, member_id, reason, created_at from recusal where case_id in (?) order by created_at, id', [[...caseIds]]);
  return groupBy(caseIds, rows, (r) => r.case_id, recusalRow);
}

/** The recusals read with case rows (case.reader.ts), as rows. */
export const recusalsOfColumns = (columns: readonly RecusalColumns[]): RecusalRow[] => columns.map(recusalRow);
