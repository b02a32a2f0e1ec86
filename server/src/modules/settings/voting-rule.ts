import { registerEnumType } from 'type-graphql';

/** The panel's voting rule is a setting (DESIGN.md §2): the voting module counts by it. */

export enum DecisionRule {
  SIMPLE_MAJORITY = 'SIMPLE_MAJORITY',
  TWO_THIRDS = 'TWO_THIRDS',
  CONSENSUS = 'CONSENSUS',
}
registerEnumType(DecisionRule, {
  name: 'DecisionRule',
  description: 'SIMPLE_MAJORITY: more CONFIRMED than NOT_CONFIRMED among votes cast; TWO_THIRDS: at least 2/3 of them CONFIRMED; CONSENSUS: no NOT_CONFIRMED among votes cast.',
});

export interface VotingRule {
  /** Share of eligible members who must take part (ABSTAIN counts as taking part), e.g. 2/3. */
  quorum: { numerator: number; denominator: number };
  decision: DecisionRule;
  /** On a tie under SIMPLE_MAJORITY, the chair's own vote decides (if the chair voted for or against). */
  chairCastingVote: boolean;
}
