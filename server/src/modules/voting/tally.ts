import { Outcome, VoteChoice } from './criteria.js';
import { DecisionRule, type VotingRule } from '../settings/voting-rule.js';

export interface TallyInput {
  /** Members who may vote in the round: voting members not recused from the case. */
  eligible: readonly string[];
  /** Each member's current vote (changed votes: only the last). Votes of the ineligible are ignored. */
  votes: readonly { memberId: string; choice: VoteChoice }[];
  chairId: string | null;
  rule: VotingRule;
}

export interface Tally {
  eligible: number;
  voted: number;
  quorumNeeded: number;
  quorumMet: boolean;
  confirmed: number;
  notConfirmed: number;
  abstain: number;
  outcome: Outcome;
  /** True when the outcome came from the chair's casting vote. */
  decidedByChair: boolean;
}

/** The tally and the outcome: a pure function of the votes and the rule. */
export function tally({ eligible, votes, chairId, rule }: TallyInput): Tally {
  const allowed = new Set(eligible);
  const counted = votes.filter((v) => allowed.has(v.memberId));
  const count = (c: VoteChoice) => counted.filter((v) => v.choice === c).length;
  const confirmed = count(VoteChoice.CONFIRMED);
  const notConfirmed = count(VoteChoice.NOT_CONFIRMED);
  const abstain = count(VoteChoice.ABSTAIN);
  const quorumNeeded = Math.ceil((allowed.size * rule.quorum.numerator) / rule.quorum.denominator);
  const quorumMet = allowed.size > 0 && counted.length >= quorumNeeded;
  const base = { eligible: allowed.size, voted: counted.length, quorumNeeded, quorumMet, confirmed, notConfirmed, abstain, decidedByChair: false };
  if (!quorumMet) return { ...base, outcome: Outcome.QUORUM_NOT_MET };

  const decisive = confirmed + notConfirmed; // abstentions count for the quorum, not for the decision
  if (decisive === 0) return { ...base, outcome: Outcome.TIE_UNRESOLVED };
  switch (rule.decision) {
    case DecisionRule.TWO_THIRDS:
      return { ...base, outcome: confirmed * 3 >= decisive * 2 ? Outcome.CONFIRMED : Outcome.NOT_CONFIRMED };
    case DecisionRule.CONSENSUS:
      return { ...base, outcome: notConfirmed === 0 ? Outcome.CONFIRMED : Outcome.NOT_CONFIRMED };
    case DecisionRule.SIMPLE_MAJORITY: {
      if (confirmed !== notConfirmed) return { ...base, outcome: confirmed > notConfirmed ? Outcome.CONFIRMED : Outcome.NOT_CONFIRMED };
      const chair = rule.chairCastingVote ? counted.find((v) => v.memberId === chairId && v.choice !== VoteChoice.ABSTAIN) : undefined;
      if (!chair) return { ...base, outcome: Outcome.TIE_UNRESOLVED };
      return { ...base, outcome: chair.choice === VoteChoice.CONFIRMED ? Outcome.CONFIRMED : Outcome.NOT_CONFIRMED, decidedByChair: true };
    }
  }
}
