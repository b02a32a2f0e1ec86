import type { EntityManager } from '@mikro-orm/postgresql';
import { groupBy, timestamp, timestampOrNull } from '../../shared/rows.js';
import type { MemberCard, MemberDirectory } from '../members/member-directory.js';
import type { Outcome, VoteChoice } from './criteria.js';
import type { Tally } from './tally.js';
import type { Finding, Recusal, Vote, VotingRound } from './voting.entities.js';
import type { VotingRule } from '../settings/voting-rule.js';

// The voting panel's lists as plain rows: plain data with the entities' shape where the types'
// field resolvers look (`case` by id), members as cards from the directory. Read-only.

export interface RoundView {
  id: string;
  case: { id: string };
  number: number;
  openedBy: MemberCard;
  createdAt: Date;
  deadlineAt: Date;
  open: boolean;
  closedAt: Date | null;
  closeReason: string | null;
  rule: VotingRule;
  eligibleIds: string[];
  chairId: string | null;
  outcome: Outcome | null;
  finalTally: Tally | null;
}

export interface VoteView {
  id: string;
  member: MemberCard;
  choice: VoteChoice;
  reasoning: string | null;
  findings: Finding[];
  createdAt: Date;
  supersededAt: Date | null;
}

export interface RecusalView {
  id: string;
  member: MemberCard;
  reason: string;
  createdAt: Date;
}

export type RoundLike = VotingRound | RoundView;
export type VoteLike = Vote | VoteView;
export type RecusalLike = Recusal | RecusalView;

async function cardsOf(members: MemberDirectory, ids: string[]): Promise<Map<string, MemberCard>> {
  const cards = await members.many([...new Set(ids)]);
  return new Map(cards.filter((c) => c !== null).map((c) => [c.id, c]));
}

/** The rounds of cases, by number. */
export async function readRounds(em: EntityManager, members: MemberDirectory, caseIds: readonly string[]): Promise<Map<string, RoundView[]>> {
  const rows = await em.execute<{ id: string; case_id: string; number: number; opened_by_id: string; created_at: string; deadline_at: string; open: boolean; closed_at: string | null; close_reason: string | null; rule: VotingRule; eligible_ids: string[]; chair_id: string | null; outcome: Outcome | null; final_tally: Tally | null }[]>(
    `select id, case_id, number, opened_by_id, created_at, deadline_at, open, closed_at, close_reason, rule, eligible_ids, chair_id, outcome, final_tally
       from voting_round where case_id in (?) order by number`, [[...caseIds]]);
  const card = await cardsOf(members, rows.map((r) => r.opened_by_id));
  return groupBy(caseIds, rows, (r) => r.case_id, (r): RoundView => ({
    id: r.id, case: { id: r.case_id }, number: r.number, openedBy: card.get(r.opened_by_id)!, createdAt: timestamp(r.created_at), deadlineAt: timestamp(r.deadline_at),
    open: r.open, closedAt: timestampOrNull(r.closed_at), closeReason: r.close_reason, rule: r.rule, eligibleIds: r.eligible_ids, chairId: r.chair_id,
    outcome: r.outcome, finalTally: r.final_tally,
  }));
}

/**
 * The votes of rounds, oldest first: every current vote, and the changed (superseded) ones of
 * `viewerId` only — the viewer's own history; nobody else's earlier votes are read.
 */
export async function readVotes(em: EntityManager, members: MemberDirectory, roundIds: readonly string[], viewerId: string | null): Promise<Map<string, VoteView[]>> {
  const rows = await em.execute<{ id: string; round_id: string; member_id: string; choice: VoteChoice; reasoning: string | null; findings: Finding[]; created_at: string; superseded_at: string | null }[]>(
    `select id, round_id, member_id, choice, reasoning, findings, created_at, superseded_at
       from vote where round_id in (?) and (superseded_at is null or member_id = ?) order by created_at, id`, [[...roundIds], viewerId]);
  const card = await cardsOf(members, rows.map((r) => r.member_id));
  return groupBy(roundIds, rows, (r) => r.round_id, (r): VoteView => ({
    id: r.id, member: card.get(r.member_id)!, choice: r.choice, reasoning: r.reasoning, findings: r.findings,
    createdAt: timestamp(r.created_at), supersededAt: timestampOrNull(r.superseded_at),
  }));
}

/** The declared conflicts of interest in cases, oldest first. */
export async function readRecusals(em: EntityManager, members: MemberDirectory, caseIds: readonly string[]): Promise<Map<string, RecusalView[]>> {
  const rows = await em.execute<{ id: string; case_id: string; member_id: string; reason: string; created_at: string }[]>(
    'select id, case_id, member_id, reason, created_at from recusal where case_id in (?) order by created_at, id', [[...caseIds]]);
  const card = await cardsOf(members, rows.map((r) => r.member_id));
  return groupBy(caseIds, rows, (r) => r.case_id, (r): RecusalView => ({ id: r.id, member: card.get(r.member_id)!, reason: r.reason, createdAt: timestamp(r.created_at) }));
}
