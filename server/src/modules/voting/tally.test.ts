import { describe, expect, it } from 'vitest';
import { Outcome, VoteChoice } from './criteria.js';
import { tally } from './tally.js';
import { DecisionRule, type VotingRule } from '../settings/voting-rule.js';

const { CONFIRMED: Y, NOT_CONFIRMED: N, ABSTAIN: A } = VoteChoice;
const rule = (decision = DecisionRule.SIMPLE_MAJORITY, chairCastingVote = true, q: [number, number] = [2, 3]): VotingRule => ({
  quorum: { numerator: q[0], denominator: q[1] },
  decision,
  chairCastingVote,
});
const panel = ['chair', 'm1', 'm2', 'm3', 'm4', 'm5'];
/** Votes written as a string: one letter per member of `panel` in order (Y, N, A, or - for not voted). */
const votes = (s: string, members = panel) =>
  [...s].flatMap((c, i) => (c === '-' ? [] : [{ memberId: members[i], choice: ({ Y, N, A } as Record<string, VoteChoice>)[c] }]));

describe('tally', () => {
  it.each([
    // votes (chair m1..m5), rule, outcome, decidedByChair
    ['YYYY--', rule(), Outcome.CONFIRMED, false],
    ['YYY---', rule(), Outcome.QUORUM_NOT_MET, false], // 3 of 6 < 4 (2/3 of 6)
    ['YYNN--', rule(), Outcome.CONFIRMED, true], // 2:2, the chair voted Y and breaks the tie
    ['NYYN--', rule(), Outcome.NOT_CONFIRMED, true],
    ['YYNN--', rule(DecisionRule.SIMPLE_MAJORITY, false), Outcome.TIE_UNRESOLVED, false],
    ['AYYNN-', rule(), Outcome.TIE_UNRESOLVED, false], // chair abstained: no casting vote
    ['YYNNA-', rule(), Outcome.CONFIRMED, true], // an abstention does not break a tie; the chair does
    ['AAAA--', rule(), Outcome.TIE_UNRESOLVED, false], // quorum by abstentions, nothing decisive
    ['YYYNNA', rule(DecisionRule.TWO_THIRDS), Outcome.NOT_CONFIRMED, false], // 3 of 5 < 2/3
    ['YYYYNA', rule(DecisionRule.TWO_THIRDS), Outcome.CONFIRMED, false], // 4 of 5 ≥ 2/3
    ['YYNA--', rule(DecisionRule.TWO_THIRDS), Outcome.CONFIRMED, false], // 2 of 3 = 2/3
    ['YYYYYA', rule(DecisionRule.CONSENSUS), Outcome.CONFIRMED, false],
    ['YYYYYN', rule(DecisionRule.CONSENSUS), Outcome.NOT_CONFIRMED, false],
    ['NNNN--', rule(), Outcome.NOT_CONFIRMED, false],
    ['YYYYYY', rule(DecisionRule.SIMPLE_MAJORITY, true, [1, 1]), Outcome.CONFIRMED, false],
    ['YYYYY-', rule(DecisionRule.SIMPLE_MAJORITY, true, [1, 1]), Outcome.QUORUM_NOT_MET, false],
  ] as [string, VotingRule, Outcome, boolean][])('%s under %j → %s', (v, r, outcome, byChair) => {
    const t = tally({ eligible: panel, votes: votes(v), chairId: 'chair', rule: r });
    expect(t.outcome).toBe(outcome);
    expect(t.decidedByChair).toBe(byChair);
  });

  // The casting vote is the presiding member's (chairId): the deputy when the chair recused or is absent.
  const deputyPanel = ['chair', 'deputy', 'm1', 'm2', 'm3', 'm4'];
  it.each([
    // votes (chair deputy m1..m4), eligible, presiding, outcome, decidedByChair
    ['-YYNN-', deputyPanel.slice(1), 'deputy', Outcome.CONFIRMED, true], // chair recused: the deputy's Y breaks 2:2
    ['-NYYN-', deputyPanel.slice(1), 'deputy', Outcome.NOT_CONFIRMED, true],
    ['YYYNN-', deputyPanel.slice(1), 'deputy', Outcome.CONFIRMED, true], // a recused chair's vote is ignored; the deputy decides
    ['NYYNN-', deputyPanel.slice(1), 'deputy', Outcome.CONFIRMED, true],
    ['-YYNN-', deputyPanel.slice(1), 'chair', Outcome.TIE_UNRESOLVED, false], // a stale presiding id (recused chair) decides nothing
    ['-AYYNN', deputyPanel.slice(1), 'deputy', Outcome.TIE_UNRESOLVED, false], // the presiding deputy abstained
    ['--YYNN', deputyPanel.slice(2), null, Outcome.TIE_UNRESOLVED, false], // both recused: nobody presides
    ['-YYNN-', deputyPanel, 'deputy', Outcome.CONFIRMED, true], // chair absent (not voting) and the deputy presides
    ['YNYNY-', deputyPanel, 'chair', Outcome.CONFIRMED, false], // no tie: nobody's casting vote
  ] as [string, string[], string | null, Outcome, boolean][])('%s, eligible %j, presiding %s → %s', (v, eligible, presiding, outcome, byChair) => {
    const t = tally({ eligible, votes: votes(v, deputyPanel), chairId: presiding, rule: rule() });
    expect(t.outcome).toBe(outcome);
    expect(t.decidedByChair).toBe(byChair);
  });

  it('does not count recused (ineligible) members for the quorum or the decision', () => {
    const eligible = ['chair', 'm1', 'm2', 'm3']; // m4, m5 recused
    const t = tally({ eligible, votes: votes('YYN-NN'), chairId: 'chair', rule: rule() });
    expect(t).toMatchObject({ eligible: 4, voted: 3, quorumNeeded: 3, quorumMet: true, confirmed: 2, notConfirmed: 1, outcome: Outcome.CONFIRMED });
  });

  it('counts a changed vote once, as its last choice (the caller passes current votes only)', () => {
    const t = tally({ eligible: panel, votes: votes('NNNN--').map((x) => (x.memberId === 'm1' ? { ...x, choice: Y } : x)), chairId: 'chair', rule: rule() });
    expect(t).toMatchObject({ confirmed: 1, notConfirmed: 3, outcome: Outcome.NOT_CONFIRMED });
  });

  it.each([
    [0, Outcome.QUORUM_NOT_MET],
    [1, Outcome.CONFIRMED],
  ])('with %i eligible members decides only when someone can vote', (n, outcome) => {
    const eligible = panel.slice(0, n);
    expect(tally({ eligible, votes: votes('Y'), chairId: null, rule: rule() }).outcome).toBe(outcome);
  });

  it.each([
    [6, [2, 3], 4], [5, [2, 3], 4], [4, [2, 3], 3], [3, [2, 3], 2], [7, [1, 2], 4], [6, [1, 2], 3],
  ] as [number, [number, number], number][])('needs ceil(quorum × %i eligible) with quorum %j: %i', (n, q, needed) => {
    expect(tally({ eligible: Array.from({ length: n }, (_, i) => `x${i}`), votes: [], chairId: null, rule: rule(DecisionRule.SIMPLE_MAJORITY, true, q) }).quorumNeeded).toBe(needed);
  });
});
