import { describe, expect, it } from 'vitest';
import { Role } from '../members/role.js';
import { Criterion, FindingValue, VoteChoice } from './criteria.js';
import { mayDissent, mayOpenOrCloseVoting, mayVote, voteProblem } from './voting.policy.js';

const v = (role: Role) => ({ id: 'x', name: 'x', role, agencyId: 'a' });
const f = (criterion: Criterion, value: FindingValue) => ({ criterion, value });

describe('voting policy', () => {
  it.each([
    [Role.CHAIR, true, true], [Role.DEPUTY_CHAIR, true, true], [Role.MEMBER, false, true],
    [Role.SECRETARY, false, false], [Role.ADVISOR, false, false], [Role.ANALYST, false, false], [Role.ADMIN, false, false],
  ])('%s: open/close %s, vote %s', (role, openClose, vote) => {
    expect(mayOpenOrCloseVoting(v(role))).toBe(openClose);
    expect(mayVote(v(role), { recused: false, eligible: true })).toBe(vote);
    expect(mayVote(v(role), { recused: true, eligible: true })).toBe(false);
    expect(mayVote(v(role), { recused: false, eligible: false })).toBe(false);
  });

  it.each([
    [VoteChoice.CONFIRMED, [f(Criterion.SYSTEMATIC, FindingValue.MET)], null],
    [VoteChoice.CONFIRMED, [f(Criterion.SYSTEMATIC, FindingValue.UNCLEAR)], null],
    [VoteChoice.CONFIRMED, [f(Criterion.CHILD_UNDER_18, FindingValue.NOT_MET)], 'CONFIRMED_WITH_UNMET'],
    [VoteChoice.NOT_CONFIRMED, [f(Criterion.CHILD_UNDER_18, FindingValue.NOT_MET)], null],
    [VoteChoice.ABSTAIN, [f(Criterion.MEDIA_OR_TELECOM, FindingValue.NOT_MET)], null],
    [VoteChoice.NOT_CONFIRMED, [f(Criterion.SYSTEMATIC, FindingValue.MET), f(Criterion.SYSTEMATIC, FindingValue.NOT_MET)], 'DUPLICATE_CRITERION'],
    [VoteChoice.CONFIRMED, [], null],
  ] as const)('%s with %j → %s', (choice, findings, problem) => {
    expect(voteProblem(choice, findings)).toBe(problem);
  });

  it.each([
    [VoteChoice.CONFIRMED, 'NOT_CONFIRMED', true], [VoteChoice.NOT_CONFIRMED, 'CONFIRMED', true],
    [VoteChoice.CONFIRMED, 'CONFIRMED', false], [VoteChoice.ABSTAIN, 'CONFIRMED', false], [null, 'NOT_CONFIRMED', false],
  ] as const)('a %s voter may dissent from %s: %s', (vote, outcome, ok) => {
    expect(mayDissent(vote, outcome)).toBe(ok);
  });
});
