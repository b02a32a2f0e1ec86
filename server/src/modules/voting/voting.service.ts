import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { systemClock, type Clock } from '../../shared/clock.js';
import { badField, DomainError, forbidden, msg, notFound } from '../../shared/domain-error.js';
import { emit, sqlWrite, write } from '../../shared/write.js';
import { once } from '../../shared/idempotency/idempotency.js';
import { isUuid } from '../../shared/ids.js';
import { lockCase, lockInCase, lockInCaseRow } from '../../shared/locks.js';
import type { Viewer } from '../../shared/viewer.js';
import { ref } from '../../shared/rows.js';
import type { Sql } from '../../shared/sql.js';
import { Case } from '../cases/case.entity.js';
import { assertTransition } from '../cases/lifecycle.js';
import { dropRecusedRapporteur } from '../cases/rapporteur.service.js';
import { schedule } from '../jobs/job-queue.js';
import { AccountStatus } from '../members/account.lifecycle.js';
import { Member } from '../members/member.entity.js';
import { loadSettings, ruleOf } from '../settings/settings.service.js';
import { Outcome, type VoteChoice } from './criteria.js';
import { mayPreside } from '../cases/case.policy.js';
import { isRecused, recusedIds, recusedRefusal } from '../../shared/recusal.js';
import { tally, type Tally } from './tally.js';
import { Recusal, VotingRound, type Finding, type VoteRow } from './voting.entities.js';
import { readVote } from './voting.reader.js';
import { mayDeclareConflict, mayOpenOrCloseVoting, mayVote, presidingId, voteProblem, VOTING_ROLES } from './voting.policy.js';
import type { VotingRule } from '../settings/voting-rule.js';

export type CloseReason = 'CHAIR' | 'ALL_VOTED' | 'DEADLINE';

const M = {
  notOpen: msg('This voting round is closed; votes can no longer be cast or changed.', 'Этот раунд голосования закрыт; голосовать и менять голос больше нельзя.', 'Бұл дауыс беру раунды жабық; енді дауыс беруге немесе өзгертуге болмайды.'),
  alreadyOpen: msg('A voting round is already open on this case.', 'По этому делу уже открыт раунд голосования.', 'Бұл іс бойынша дауыс беру раунды ашық тұр.'),
  chairsOnly: msg('Only the chair or the deputy chair opens and closes voting.', 'Открывает и закрывает голосование только председатель или заместитель.', 'Дауыс беруді тек төраға немесе орынбасары ашады және жабады.'),
  notRecusing: msg('Only those who deliberate declare a conflict of interest: the chair, the deputy, members and advisors.', 'Заявить о конфликте интересов могут только участники обсуждения: председатель, заместитель, члены группы и приглашённые эксперты.', 'Мүдделер қақтығысын тек талқылауға қатысушылар мәлімдей алады: төраға, орынбасар, топ мүшелері және шақырылған сарапшылар.'),
  notVoter: msg('You are not a voting member of this round (the secretary and advisors do not vote; recused members neither).', 'Вы не голосуете в этом раунде (секретарь и приглашённые эксперты не голосуют, как и взявшие самоотвод).', 'Сіз бұл раундта дауыс бермейсіз (хатшы мен шақырылған сарапшылар, сондай-ақ өздігінен бас тартқандар дауыс бермейді).'),
  notAllMet: msg('A CONFIRMED vote needs all four criteria of the legal definition marked MET; otherwise vote NOT_CONFIRMED or ABSTAIN.', 'Голос «подтверждено» требует, чтобы все четыре критерия законного определения были отмечены как «выполнен»; иначе проголосуйте «не подтверждено» или воздержитесь.', '«Расталды» дауысы үшін заңдағы анықтаманың төрт критерийінің бәрі «орындалды» деп белгіленуі керек; әйтпесе «расталмады» деп дауыс беріңіз немесе қалыс қалыңыз.'),
  duplicate: msg('Each criterion may be marked once.', 'Каждый критерий отмечается один раз.', 'Әр критерий бір рет белгіленеді.'),
  reason: msg('Give the reason for the conflict of interest.', 'Укажите причину конфликта интересов.', 'Мүдделер қақтығысының себебін көрсетіңіз.'),
  alreadyRecused: msg('You have already declared a conflict of interest in this case.', 'Вы уже заявили самоотвод по этому делу.', 'Сіз бұл іс бойынша өздігінен бас тартуды мәлімдегенсіз.'),
};

/**
 * What follows a round that reached CONFIRMED or NOT_CONFIRMED, in the round's transaction with the
 * case locked: the decisions module records the decision and issues the prescriptions. `app/` gives it
 * (the voting module counts; it does not decide what a decision does).
 */
export type DecideRound = (em: EntityManager, kase: Case, round: VotingRound, tally: Tally, eligibleIds: readonly string[], actorId: string | null, now: Date) => Promise<unknown>;

declare module '../../shared/context.js' {
  interface AppDeps {
    /** Records the decision of a round that reached one (see DecideRound). */
    decideRound: DecideRound;
  }
}

/** Voting on a case: rounds, votes with findings, recusals, and closing into a decision. */
export class VotingService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
    private readonly decide: DecideRound,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Opens a round with the panel's current rule; the case moves IN_REVIEW → VOTING. */
  async open(caseId: string): Promise<VotingRound> {
    const viewer = this.actor();
    if (!mayOpenOrCloseVoting(viewer)) throw forbidden(M.chairsOnly);
    return write(this.em, async (em) => {
      const kase = isUuid(caseId) ? await lockCase(em, Case, caseId) : null;
      if (!kase) throw notFound('case');
      if (!mayPreside(viewer, { recused: await isRecused(em, kase.id, viewer.id) })) throw recusedRefusal();
      if (await em.count(VotingRound, { case: kase, open: true })) throw new DomainError('CONFLICT', M.alreadyOpen);
      assertTransition(kase.status, 'VOTING');
      // One after another: a transaction is one connection, which runs one query at a time.
      const settings = await loadSettings(em);
      const recused = await recusedIds(em, kase.id);
      const voters = await em.find(Member, { status: AccountStatus.ACTIVE, role: { $in: [...VOTING_ROLES] } });
      const rounds = await em.count(VotingRound, { case: kase });
      const eligibleIds = voters.filter((m) => !recused.has(m.id)).map((m) => m.id);
      const now = this.clock.nowMs();
      const round = em.create(VotingRound, {
        case: kase, number: rounds + 1, openedBy: em.getReference(Member, viewer.id),
        deadlineAt: new Date(now + settings.roundHours * 3_600_000), rule: ruleOf(settings), eligibleIds,
        chairId: presidingId(voters, recused),
      });
      kase.status = 'VOTING';
      schedule(em, 'round.deadline', round.deadlineAt, { roundId: round.id });
      await em.flush();
      emit(em, { caseId: kase.id, kind: 'case.status_changed', actorId: viewer.id, payload: { from: 'IN_REVIEW', to: 'VOTING' } });
      emit(em, { caseId: kase.id, kind: 'voting.opened', actorId: viewer.id, payload: { roundId: round.id, number: round.number, deadlineAt: round.deadlineAt.toISOString(), eligible: eligibleIds.length } });
      return round;
    });
  }

  /** Casts or changes the viewer's vote (once per idempotency key); closes the round when every eligible member has voted. */
  async cast(roundId: string, choice: VoteChoice, findings: Finding[], reasoning: string | null, idempotencyKey?: string | null): Promise<VoteRow> {
    const viewer = this.actor();
    const problem = voteProblem(choice, findings);
    if (problem) throw badField('findings', 'INVALID', problem === 'DUPLICATE_CRITERION' ? M.duplicate : M.notAllMet);
    const request = { operation: 'castVote', key: idempotencyKey, request: { roundId, choice, findings, reasoning }, reread: readVote, now: this.clock.now() } as const;
    // A hot write: plain statements, no entities (shared/write.ts, sqlWrite); the vote that closes
    // its round takes the ORM, which the decision needs.
    return sqlWrite(this.em, (tx) => once(tx, viewer.id, request, async () => {
      const round = await this.lockOpenForVote(tx, roundId);
      if (!mayVote(viewer, { eligible: round.eligibleIds.includes(viewer.id), recused: round.recused.has(viewer.id) })) throw forbidden(M.notVoter);
      // The round's row lock keeps its votes as read: after this write they are the others' and this one.
      const current = tallyAfter(round, [...round.votes.filter((v) => v.memberId !== viewer.id), { memberId: viewer.id, choice }]);
      const closes = current.tally.voted === current.tally.eligible;
      const em = closes ? tx.orm() : null;
      const vote: VoteRow = {
        id: randomUUID(), createdAt: new Date(), round: ref(round.id), member: ref(viewer.id),
        choice, findings, reasoning: reasoning?.trim() || null, supersededAt: null,
      };
      await tx.execute('update vote set superseded_at = ? where round_id = ? and member_id = ? and superseded_at is null', [vote.createdAt, round.id, viewer.id]);
      await tx.execute(
        'insert into vote (id, created_at, round_id, member_id, choice, reasoning, findings) values (?, ?, ?, ?, ?, ?, ?::jsonb)',
        [vote.id, vote.createdAt, round.id, viewer.id, choice, vote.reasoning, JSON.stringify(findings)],
      );
      tx.emit({
        caseId: round.caseId, kind: 'vote.cast', actorId: viewer.id,
        payload: { roundId: round.id, ...(round.votesVisible ? { choice, tally: current.tally } : { voted: current.tally.voted, eligible: current.tally.eligible }) },
      });
      if (em) await this.close(em, await em.findOneOrFail(VotingRound, { id: round.id }), 'ALL_VOTED', current);
      return vote;
    }));
  }

  /** Closes a round by the chair's decision. */
  async closeByChair(roundId: string): Promise<VotingRound> {
    const viewer = this.actor();
    if (!mayOpenOrCloseVoting(viewer)) throw forbidden(M.chairsOnly);
    return write(this.em, async (em) => {
      const round = await this.lockOpen(em, roundId);
      if (!mayPreside(viewer, { recused: await isRecused(em, round.case.id, viewer.id) })) throw recusedRefusal();
      await this.close(em, round, 'CHAIR', await this.tallyOf(em, round, await recusedIds(em, round.case.id)));
      return round;
    });
  }

  /** Closes a round whose deadline passed (scheduled work; no viewer). False when it was already closed. */
  async closeAtDeadline(roundId: string): Promise<boolean> {
    return write(this.em, async (em) => {
      const round = isUuid(roundId) ? await lockInCase(em, VotingRound, roundId) : null;
      if (!round?.open || round.deadlineAt.getTime() > this.clock.nowMs()) return false;
      await this.close(em, round, 'DEADLINE', await this.tallyOf(em, round, await recusedIds(em, round.case.id)));
      return true;
    });
  }

  /** Declares the viewer's conflict of interest: no vote (a cast one stops counting), no personal data. */
  async recuse(caseId: string, reason: string): Promise<Recusal> {
    const viewer = this.actor();
    if (!mayDeclareConflict(viewer)) throw forbidden(M.notRecusing);
    const why = reason.trim();
    if (!why || why.length > 2_000) throw badField('reason', why ? 'TOO_LONG' : 'REQUIRED', M.reason);
    return write(this.em, async (em) => {
      const kase = isUuid(caseId) ? await lockCase(em, Case, caseId) : null;
      if (!kase) throw notFound('case');
      if (await em.count(Recusal, { case: kase, member: viewer.id })) throw new DomainError('CONFLICT', M.alreadyRecused);
      const recusal = em.create(Recusal, { case: kase, member: em.getReference(Member, viewer.id), reason: why });
      await em.flush();
      emit(em, { caseId: kase.id, kind: 'member.recused', actorId: viewer.id, payload: { memberId: viewer.id } });
      await dropRecusedRapporteur(em, kase.id, viewer.id);
      const open = await em.findOne(VotingRound, { case: kase, open: true });
      const round = open ? await lockInCase(em, VotingRound, open.id) : null;
      if (round) {
        const recused = await recusedIds(em, kase.id);
        // The casting vote follows the presiding member: when the presiding chair recuses mid-round, the deputy presides.
        if (round.chairId === viewer.id) round.chairId = await presidingOf(em, round.eligibleIds, recused);
        const current = await this.tallyOf(em, round, recused);
        if (current.tally.eligible > 0 && current.tally.voted === current.tally.eligible) await this.close(em, round, 'ALL_VOTED', current);
      }
      return recusal;
    });
  }

  private async close(em: EntityManager, round: VotingRound, reason: CloseReason, current: { tally: Tally; eligible: string[] }) {
    const kase = (await lockCase(em, Case, round.case.id))!;
    const actorId = reason === 'DEADLINE' ? null : this.viewer?.id ?? null;
    Object.assign(round, { open: false, closedAt: this.clock.now(), closeReason: reason, outcome: current.tally.outcome, finalTally: current.tally, closedBy: actorId ? em.getReference(Member, actorId) : null });
    await em.flush();
    emit(em, { caseId: kase.id, kind: 'voting.closed', actorId, payload: { roundId: round.id, reason, outcome: current.tally.outcome, tally: current.tally } });
    if (current.tally.outcome === Outcome.CONFIRMED || current.tally.outcome === Outcome.NOT_CONFIRMED) {
      await this.decide(em, kase, round, current.tally, current.eligible, actorId, this.clock.now());
    } else {
      // No decision: the case goes back to review and the chair may open another round.
      assertTransition(kase.status, 'IN_REVIEW');
      kase.status = 'IN_REVIEW';
      await em.flush();
      emit(em, { caseId: kase.id, kind: 'case.status_changed', actorId, payload: { from: 'VOTING', to: 'IN_REVIEW', outcome: current.tally.outcome } });
    }
  }

  private async tallyOf(em: EntityManager, round: VotingRound, recused: Set<string>) {
    return tallyAfter({ eligibleIds: round.eligibleIds, chairId: round.chairId, rule: round.rule, recused }, await currentVotes(em, round.id));
  }

  /** As lockOpen, for a vote: the round's row and what a vote checks, in one read. */
  private async lockOpenForVote(db: Sql, roundId: string): Promise<RoundForVote> {
    const round = isUuid(roundId) ? await lockRoundForVote(db, roundId) : null;
    if (!round) throw notFound('round');
    if (!round.open) throw new DomainError('INVALID_TRANSITION', M.notOpen);
    return round;
  }

  /** The round, locked until commit (votes and the close are serialised per round), and still open. */
  private async lockOpen(em: EntityManager, roundId: string): Promise<VotingRound> {
    const round = isUuid(roundId) ? await lockInCase(em, VotingRound, roundId) : null;
    if (!round) throw notFound('round');
    if (!round.open) throw new DomainError('INVALID_TRANSITION', M.notOpen);
    return round;
  }

  private actor(): Viewer {
    if (!this.viewer) throw new Error('a viewer is required');
    return this.viewer;
  }
}

type CurrentVote = { memberId: string; choice: VoteChoice };

/** Who presides over a round now: among its eligible voters, the chair, else the deputy, not recused. */
async function presidingOf(em: EntityManager, eligibleIds: string[], recused: ReadonlySet<string>): Promise<string | null> {
  const voters = await em.find(Member, { id: { $in: eligibleIds } });
  return presidingId(voters, recused);
}

/** The tally of a round's current votes, with the members it counts as eligible (recused ones out). */
function tallyAfter(round: Pick<VotingRound, 'eligibleIds' | 'chairId' | 'rule'> & { recused: Set<string> }, votes: CurrentVote[]) {
  const eligible = round.eligibleIds.filter((id) => !round.recused.has(id));
  return { eligible, tally: tally({ eligible, votes, chairId: round.chairId, rule: round.rule }) };
}

/** A round as a vote needs it: its rule, voters and current votes, the recusals in its case, whether votes are visible before the close. */
interface RoundForVote {
  id: string;
  caseId: string;
  open: boolean;
  eligibleIds: string[];
  chairId: string | null;
  rule: VotingRule;
  recused: Set<string>;
  votes: CurrentVote[];
  votesVisible: boolean;
}

/**
 * The round's case and row locked until commit (votes, recusals and the close are serialised per
 * case), then the rest of what a vote checks. The lock is its own statement: a statement that waits for a
 * lock still reads other rows as they were when it began, so the recusals and votes committed by
 * the transaction it waited for are read by the next statement.
 */
async function lockRoundForVote(db: Sql, roundId: string): Promise<RoundForVote | null> {
  if (!(await lockInCaseRow(db, 'voting_round', roundId))) return null;
  const [row] = await db.execute<{ id: string; case_id: string; open: boolean; eligible_ids: string[]; chair_id: string | null; rule: VotingRule; recused_ids: string[]; votes: CurrentVote[]; votes_visible: boolean }[]>(
    `select r.id, r.case_id, r.open, r.eligible_ids, r.chair_id, r.rule,
       array(select member_id::text from recusal where case_id = r.case_id) as recused_ids,
       coalesce((select json_agg(json_build_object('memberId', v.member_id, 'choice', v.choice)) from vote v where v.round_id = r.id and v.superseded_at is null), '[]') as votes,
       (select votes_visible_before_close from panel_settings where id = 1) as votes_visible
     from voting_round r where r.id = ?`,
    [roundId],
  );
  return { id: row.id, caseId: row.case_id, open: row.open, eligibleIds: row.eligible_ids, chairId: row.chair_id, rule: row.rule, recused: new Set(row.recused_ids), votes: row.votes, votesVisible: row.votes_visible };
}

/** The current (not superseded) votes of a round, for the tally. */
async function currentVotes(em: EntityManager, roundId: string): Promise<CurrentVote[]> {
  const rows = await em.execute<{ member_id: string; choice: VoteChoice }[]>('select member_id, choice from vote where round_id = ? and superseded_at is null', [roundId]);
  return rows.map((r) => ({ memberId: r.member_id, choice: r.choice }));
}
