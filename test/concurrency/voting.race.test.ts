// Issue 14, item 2: every write path of a vote raced on one case. Four members change their votes
// while a fifth votes and declares a conflict, the chair and the deputy vote, both extend the
// deadline and both close the round — all at the same moment, on a fresh case each iteration.
// Whatever the interleaving, the outcome must be one a serial order of the same calls gives
// (see server/src/test-support/race.ts): no INTERNAL, no deadlock, one event per accepted write.
import { describe, expect, it } from 'vitest';
import { Outcome } from '../../server/src/modules/voting/criteria.js';
import { tally, type Tally } from '../../server/src/modules/voting/tally.js';
import { query } from '../../server/src/test-support/databases.js';
import { raceSuite, type ExpectedEvent, type RaceCall, type SerialModel, type Step } from '../../server/src/test-support/race.js';
import { ALL_MET, caseInReview } from '../../server/src/test-support/scenarios.js';
import type { VotingRule } from '../../server/src/modules/settings/voting-rule.js';

const ITERATIONS = 15;
const CHOICES = ['CONFIRMED', 'NOT_CONFIRMED', 'ABSTAIN'] as const;
/** The default application (test-support/factories.ts) has TikTok and Telegram URLs: a CONFIRMED decision issues two prescriptions. */
const PRESCRIPTIONS_PER_CONFIRMED = 2;

/**
 * The codes a serial order can answer each call with, read from the services:
 * - castVote: INVALID_TRANSITION when the round is closed (VotingService.lockOpenForVote, checked first);
 *   FORBIDDEN only for the member who recuses, once the recusal is in (mayVote).
 * - declareConflict: none — it is the member's only declaration, and it is accepted in any state of the case.
 * - extendDeadline: INVALID_TRANSITION once the case is DECIDED/PRESCRIBED (the clock stopped);
 *   BAD_USER_INPUT once the other extension to the same limit is in (the new due time is not later).
 * - closeVoting: INVALID_TRANSITION once the round is closed (by the other chair, the last vote or the recusal).
 */
const ALLOWED = {
  castVote: ['INVALID_TRANSITION'],
  castVoteOfRecusing: ['INVALID_TRANSITION', 'FORBIDDEN'],
  declareConflict: [],
  extendDeadline: ['INVALID_TRANSITION', 'BAD_USER_INPUT'],
  closeVoting: ['INVALID_TRANSITION'],
} as const;

const CAST = 'mutation($r: ID!, $ch: VoteChoice!, $f: [FindingInput!], $why: String) { castVote(roundId: $r, choice: $ch, findings: $f, reasoning: $why) { id choice } }';
const RECUSE = 'mutation($c: ID!, $why: String!) { declareConflict(caseId: $c, reason: $why) { id } }';
const EXTEND = 'mutation($c: ID!, $why: String!) { extendDeadline(caseId: $c, reason: $why) { id } }';
const CLOSE = 'mutation($r: ID!) { closeVoting(roundId: $r) { id } }';
const ROUND_VIEW = 'query($id: ID!) { case(id: $id) { status votingRounds { open outcome closeReason tally { eligible voted confirmed notConfirmed abstain outcome } } } }';

interface Args { choice?: string; reason?: string }
type Call = RaceCall<Args>;

const suite = raceSuite('voting.race', ITERATIONS);

/** The race of one iteration: 18 or 20 calls on one round. */
function raceCalls(caseId: string, roundId: string, n: number): Call[] {
  const vote = (who: string, choice: string): Call => ({
    label: `${who} castVote ${choice}`, op: 'castVote', who, args: { choice },
    doc: CAST, vars: { r: roundId, ch: choice, f: choice === 'CONFIRMED' ? ALL_MET : [], why: `${who}: ${choice}` },
    allowed: who === 'member5' ? ALLOWED.castVoteOfRecusing : ALLOWED.castVote,
  });
  const extend = (who: string): Call => {
    const reason = `Нужны сведения от платформы (${who}, ${n})`;
    return { label: `${who} extendDeadline`, op: 'extendDeadline', who, args: { reason }, doc: EXTEND, vars: { c: caseId, why: reason }, allowed: ALLOWED.extendDeadline };
  };
  const close = (who: string): Call => ({ label: `${who} closeVoting`, op: 'closeVoting', who, args: {}, doc: CLOSE, vars: { r: roundId }, allowed: ALLOWED.closeVoting });
  return [
    // Four members each send all three choices at once: any one of them may end up the current vote.
    ...['member1', 'member2', 'member3', 'member4'].flatMap((who) => CHOICES.map((ch) => vote(who, ch))),
    vote('chair', 'CONFIRMED'),
    vote('deputy', n % 2 ? 'NOT_CONFIRMED' : 'CONFIRMED'),
    vote('member5', 'CONFIRMED'),
    { label: 'member5 declareConflict', op: 'declareConflict', who: 'member5', args: {}, doc: RECUSE, vars: { c: caseId, why: 'Родственник заявителя' }, allowed: ALLOWED.declareConflict },
    extend('chair'), extend('deputy'),
    // Odd iterations: the round closes by itself, with the last vote (or the recusal that makes the
    // votes complete). Even ones: the chair and the deputy also close it early.
    ...(n % 2 === 0 ? [close('chair'), close('deputy')] : []),
  ];
}

interface VState {
  open: boolean;
  closeReason: string | null;
  closedBy: string | null;
  final: Tally | null;
  /** The votes the decision lists: those counted when the round closed. */
  decisionVoters: Record<string, string> | null;
  recused: string[];
  /** Each member's current vote, by account name (a recused member's stays, uncounted). */
  votes: Record<string, string>;
  status: string;
  extendedBy: string | null;
}

interface Round { eligible: string[]; chairId: string | null; rule: VotingRule; roundId: string; caseId: string }

/** The vote as a serial run sees it: the same rules as VotingService, one call at a time. */
function votingModel(round: Round, observed: Observed): SerialModel<VState, Call> {
  const id = (who: string) => suite.accounts.id[who];
  const counted = (s: VState) => Object.fromEntries(Object.entries(s.votes).filter(([who]) => round.eligible.includes(who) && !s.recused.includes(who)));
  const tallyOf = (s: VState) => tally({
    eligible: round.eligible.filter((who) => !s.recused.includes(who)).map(id),
    votes: Object.entries(s.votes).map(([who, choice]) => ({ memberId: id(who), choice: choice as never })),
    chairId: round.chairId, rule: round.rule,
  });
  const close = (s: VState, reason: string, actor: string): ExpectedEvent[] => {
    const result = tallyOf(s);
    Object.assign(s, { open: false, closeReason: reason, closedBy: actor, final: result });
    const events: ExpectedEvent[] = [{ kind: 'voting.closed', actor, payload: { roundId: round.roundId, reason, outcome: result.outcome, tally: result } }];
    if (result.outcome === Outcome.CONFIRMED || result.outcome === Outcome.NOT_CONFIRMED) {
      s.decisionVoters = counted(s);
      events.push({ kind: 'case.status_changed', actor, payload: { from: 'VOTING', to: 'DECIDED' } }, { kind: 'decision.recorded', actor, payload: { outcome: result.outcome } });
      if (result.outcome === Outcome.CONFIRMED) {
        for (let k = 0; k < PRESCRIPTIONS_PER_CONFIRMED; k += 1) events.push({ kind: 'prescription.issued', actor });
        events.push({ kind: 'case.status_changed', actor, payload: { from: 'DECIDED', to: 'PRESCRIBED' } });
      }
      s.status = result.outcome === Outcome.CONFIRMED ? 'PRESCRIBED' : 'DECIDED';
    } else {
      // No decision: back to review (the clock runs again).
      events.push({ kind: 'case.status_changed', actor, payload: { from: 'VOTING', to: 'IN_REVIEW', outcome: result.outcome } });
      s.status = 'IN_REVIEW';
    }
    return events;
  };

  return {
    initial: { open: true, closeReason: null, closedBy: null, final: null, decisionVoters: null, recused: [], votes: {}, status: 'VOTING', extendedBy: null },
    matches(c, head) {
      if (head.actor !== c.who) return false;
      switch (c.op) {
        case 'castVote': return head.kind === 'vote.cast' && head.payload.choice === c.args.choice;
        case 'declareConflict': return head.kind === 'member.recused';
        case 'extendDeadline': return head.kind === 'case.deadline_extended' && head.payload.reason === c.args.reason;
        case 'closeVoting': return head.kind === 'voting.closed' && head.payload.reason === 'CHAIR';
        default: return false;
      }
    },
    step(s, c): Step<VState> {
      switch (c.op) {
        case 'castVote': {
          if (!s.open) return { refused: 'INVALID_TRANSITION' };
          if (!round.eligible.includes(c.who) || s.recused.includes(c.who)) return { refused: 'FORBIDDEN' };
          s.votes[c.who] = c.args.choice!;
          const now = tallyOf(s);
          const events: ExpectedEvent[] = [{ kind: 'vote.cast', actor: c.who, payload: { roundId: round.roundId, choice: c.args.choice, tally: now } }];
          if (now.voted === now.eligible) events.push(...close(s, 'ALL_VOTED', c.who));
          return { state: s, events };
        }
        case 'declareConflict': {
          if (s.recused.includes(c.who)) return { refused: 'CONFLICT' };
          s.recused.push(c.who);
          const events: ExpectedEvent[] = [{ kind: 'member.recused', actor: c.who, payload: { memberId: id(c.who) } }];
          if (s.open) {
            const now = tallyOf(s);
            if (now.eligible > 0 && now.voted === now.eligible) events.push(...close(s, 'ALL_VOTED', c.who));
          }
          return { state: s, events };
        }
        case 'extendDeadline': {
          if (['DECIDED', 'PRESCRIBED'].includes(s.status)) return { refused: 'INVALID_TRANSITION' };
          if (s.extendedBy) return { refused: 'BAD_USER_INPUT' };
          s.extendedBy = c.who;
          return { state: s, events: [{ kind: 'case.deadline_extended', actor: c.who, payload: { reason: c.args.reason } }] };
        }
        case 'closeVoting': {
          if (!s.open) return { refused: 'INVALID_TRANSITION' };
          return { state: s, events: close(s, 'CHAIR', c.who) };
        }
        default: throw new Error(`no model for ${c.op}`);
      }
    },
    finalProblems(s, order) {
      const p: string[] = [];
      const same = (what: string, got: unknown, want: unknown) => { if (JSON.stringify(sortKeys(got)) !== JSON.stringify(sortKeys(want))) p.push(`${what}: stored ${JSON.stringify(got)}, a serial order gives ${JSON.stringify(want)}`); };
      const r = observed.round;
      same('round open', r.open, s.open);
      same('round close reason', r.close_reason, s.closeReason);
      same('round closed by', r.closed_by_id && suite.accounts.name.get(r.closed_by_id), s.closedBy);
      same('round outcome', r.outcome, s.final?.outcome ?? null);
      same('round final tally', sortKeys(r.final_tally), sortKeys(s.final));
      same('case status', observed.status, s.status);
      same('deadline extended by', observed.extendedBy, s.extendedBy);
      same('current votes', sortKeys(observed.current), sortKeys(s.votes));
      same('vote rows (one per accepted castVote)', observed.voteRows, order.filter((c) => c.op === 'castVote').length);
      same('recusals', [...observed.recused].sort(), [...s.recused].sort());
      const decisive = s.final?.outcome === Outcome.CONFIRMED || s.final?.outcome === Outcome.NOT_CONFIRMED;
      if (!decisive) same('decision', observed.decision, null);
      else if (!observed.decision) p.push(`no decision stored; a serial order records ${s.final!.outcome}`);
      else {
        same('decision outcome', observed.decision.outcome, s.final!.outcome);
        same('decision tally', sortKeys(observed.decision.tally), sortKeys(s.final));
        same('decision voters', sortKeys(observed.decision.voters), sortKeys(s.decisionVoters));
      }
      same('prescriptions', observed.prescriptions, s.final?.outcome === Outcome.CONFIRMED ? PRESCRIPTIONS_PER_CONFIRMED : 0);
      const api = observed.api;
      same('API: case status', api.status, s.status);
      // An open round shows its live tally (votes are visible before the close); a closed one its final tally.
      const shown = s.final ?? tallyOf(s);
      same('API: round', api.round, {
        open: s.open, outcome: s.final?.outcome ?? null, closeReason: s.closeReason,
        tally: { eligible: shown.eligible, voted: shown.voted, confirmed: shown.confirmed, notConfirmed: shown.notConfirmed, abstain: shown.abstain, outcome: shown.outcome },
      });
      return p;
    },
  };
}

const sortKeys = (v: unknown): unknown =>
  v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sortKeys(x)])) : v;

interface Observed {
  round: { open: boolean; close_reason: string | null; closed_by_id: string | null; outcome: string | null; final_tally: Tally | null };
  status: string;
  extendedBy: string | null;
  current: Record<string, string>;
  voteRows: number;
  recused: string[];
  decision: { outcome: string; tally: Tally; voters: Record<string, string> } | null;
  prescriptions: number;
  api: { status: string | undefined; round: unknown };
}

async function observe(caseId: string, roundId: string): Promise<Observed> {
  const name = (id: string | null) => (id ? suite.accounts.name.get(id) ?? id : null);
  const [round] = await query<Observed['round']>(suite.tp.dbUrl, 'select open, close_reason, closed_by_id, outcome, final_tally from voting_round where id = $1', [roundId]);
  const [kase] = await query<{ status: string; extended_by_id: string | null }>(suite.tp.dbUrl, 'select status, extended_by_id from "case" where id = $1', [caseId]);
  const current = await query<{ member_id: string; choice: string }>(suite.tp.dbUrl, 'select member_id, choice from vote where round_id = $1 and superseded_at is null', [roundId]);
  const [{ n: voteRows }] = await query<{ n: number }>(suite.tp.dbUrl, 'select count(*)::int as n from vote where round_id = $1', [roundId]);
  const recused = await query<{ member_id: string }>(suite.tp.dbUrl, 'select member_id from recusal where case_id = $1', [caseId]);
  const decisions = await query<{ outcome: string; tally: Tally; voters: { memberId: string; choice: string }[] }>(suite.tp.dbUrl, 'select outcome, tally, voters from decision where case_id = $1', [caseId]);
  if (decisions.length > 1) throw new Error(`${decisions.length} decisions stored for one case`);
  const [{ n: prescriptions }] = await query<{ n: number }>(suite.tp.dbUrl, 'select count(*)::int as n from prescription where case_id = $1', [caseId]);
  const view = (await suite.tp.gql<{ case: { status: string; votingRounds: unknown[] } | null }>(ROUND_VIEW, { id: caseId }, suite.t.chair)).data?.case;
  const currentByName: Record<string, string> = {};
  for (const v of current) {
    if (currentByName[name(v.member_id)!]) throw new Error(`two current votes of ${name(v.member_id)}`);
    currentByName[name(v.member_id)!] = v.choice;
  }
  return {
    round, status: kase.status, extendedBy: name(kase.extended_by_id), current: currentByName, voteRows,
    recused: recused.map((r) => name(r.member_id)!),
    decision: decisions[0] ? { outcome: decisions[0].outcome, tally: decisions[0].tally, voters: Object.fromEntries(decisions[0].voters.map((v) => [name(v.memberId)!, v.choice])) } : null,
    prescriptions,
    api: { status: view?.status, round: view?.votingRounds?.length === 1 ? view.votingRounds[0] : view?.votingRounds },
  };
}

describe('votes ∥ recusal ∥ deadline extension ∥ closing, on one case', () => {
  it.each(Array.from({ length: ITERATIONS }, (_, i) => i + 1))('iteration %i: every answer and the final state are those of a serial order; no INTERNAL, no deadlock', async (n) => {
    const kase = await caseInReview(suite.tp, suite.t);
    const opened = await suite.tp.gql<{ openVoting: { id: string } | null }>('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: kase.id }, suite.t.chair);
    if (!opened.data?.openVoting) throw new Error(`setup: openVoting failed: ${JSON.stringify(opened.errors)}`);
    const roundId = opened.data.openVoting.id;
    const [row] = await query<{ eligible_ids: string[]; chair_id: string | null; rule: VotingRule }>(suite.tp.dbUrl, 'select eligible_ids, chair_id, rule from voting_round where id = $1', [roundId]);
    const round: Round = { eligible: row.eligible_ids.map((id) => suite.accounts.name.get(id)!), chairId: row.chair_id, rule: row.rule, roundId, caseId: kase.id };
    // The race below assumes the demo panel: seven voting members, every one of them eligible.
    expect([...round.eligible].sort()).toEqual(['chair', 'deputy', 'member1', 'member2', 'member3', 'member4', 'member5']);
    const [settings] = await query<{ v: boolean }>(suite.tp.dbUrl, 'select votes_visible_before_close as v from panel_settings where id = 1');
    expect(settings.v).toBe(true); // vote.cast events carry the choice: that is how the log names the call

    const { problems } = await suite.check(kase.id, raceCalls(kase.id, roundId, n), n, () => observe(kase.id, roundId), (observed) => votingModel(round, observed));
    suite.expectClean(n, problems);
  });

  suite.deadlockTest();
});
