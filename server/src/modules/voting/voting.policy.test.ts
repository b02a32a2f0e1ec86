import { describe, expect, it } from 'vitest';
import { Role } from '../../shared/role.js';
import { Criterion, FindingValue, VoteChoice } from './criteria.js';
import { mayDissent, mayOpenOrCloseVoting, mayVote, presidingId, voteProblem } from './voting.policy.js';

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

  const { MET, NOT_MET, UNCLEAR } = FindingValue;
  const { CONFIRMED, NOT_CONFIRMED, ABSTAIN } = VoteChoice;
  const ALL = Object.values(Criterion);
  /** All four criteria MET, with `changes` applied (a value replaces MET; null leaves the criterion out). */
  const four = (changes: Partial<Record<Criterion, FindingValue | null>> = {}) =>
    ALL.flatMap((c) => (changes[c] === null ? [] : [f(c, changes[c] ?? MET)]));

  it.each([
    ['all four MET', CONFIRMED, four(), null],
    ['all four MET, in another order', CONFIRMED, four().reverse(), null],
    ['no findings at all', CONFIRMED, [], 'CONFIRMED_NOT_ALL_MET'],
    ['one MET finding only', CONFIRMED, [f(Criterion.SYSTEMATIC, MET)], 'CONFIRMED_NOT_ALL_MET'],
    ...ALL.map((c) => [`${c} missing`, CONFIRMED, four({ [c]: null }), 'CONFIRMED_NOT_ALL_MET']),
    ...ALL.map((c) => [`${c} UNCLEAR`, CONFIRMED, four({ [c]: UNCLEAR }), 'CONFIRMED_NOT_ALL_MET']),
    ...ALL.map((c) => [`${c} NOT_MET`, CONFIRMED, four({ [c]: NOT_MET }), 'CONFIRMED_NOT_ALL_MET']),
    ['all four UNCLEAR', CONFIRMED, ALL.map((c) => f(c, UNCLEAR)), 'CONFIRMED_NOT_ALL_MET'],
    ['a fifth finding repeating a MET criterion', CONFIRMED, [...four(), f(Criterion.SYSTEMATIC, MET)], 'DUPLICATE_CRITERION'],
    ['a criterion marked MET and NOT_MET', CONFIRMED, [...four({ [Criterion.SYSTEMATIC]: null }), f(Criterion.SYSTEMATIC, MET), f(Criterion.SYSTEMATIC, NOT_MET)], 'DUPLICATE_CRITERION'],
    ['duplicates when not confirming', NOT_CONFIRMED, [f(Criterion.SYSTEMATIC, MET), f(Criterion.SYSTEMATIC, NOT_MET)], 'DUPLICATE_CRITERION'],
    ['duplicates when abstaining', ABSTAIN, [f(Criterion.SYSTEMATIC, UNCLEAR), f(Criterion.SYSTEMATIC, UNCLEAR)], 'DUPLICATE_CRITERION'],
    ['NOT_CONFIRMED with no findings', NOT_CONFIRMED, [], null],
    ['NOT_CONFIRMED with a criterion NOT_MET', NOT_CONFIRMED, four({ [Criterion.CHILD_UNDER_18]: NOT_MET }), null],
    ['NOT_CONFIRMED with all four MET (a member may still judge otherwise)', NOT_CONFIRMED, four(), null],
    ['ABSTAIN with no findings', ABSTAIN, [], null],
    ['ABSTAIN with a criterion NOT_MET', ABSTAIN, [f(Criterion.MEDIA_OR_TELECOM, NOT_MET)], null],
    ['ABSTAIN with all UNCLEAR', ABSTAIN, ALL.map((c) => f(c, UNCLEAR)), null],
  ] as [string, VoteChoice, { criterion: Criterion; value: FindingValue }[], string | null][])('%s: %s → %s', (_name, choice, findings, problem) => {
    expect(voteProblem(choice, findings)).toBe(problem);
  });

  const panel = [{ id: 'c', role: Role.CHAIR }, { id: 'd', role: Role.DEPUTY_CHAIR }, { id: 'm', role: Role.MEMBER }];
  it.each([
    ['the chair, when present', panel, [], 'c'],
    ['the deputy, when the chair recused', panel, ['c'], 'd'],
    ['the deputy, when there is no chair (absent)', panel.slice(1), [], 'd'],
    ['the chair, when only the deputy recused', panel, ['d'], 'c'],
    ['nobody, when both recused', panel, ['c', 'd'], null],
    ['nobody, when only members vote', panel.slice(2), [], null],
  ] as [string, { id: string; role: Role }[], string[], string | null][])('presides: %s', (_w, voters, recused, expected) => {
    expect(presidingId(voters, new Set(recused))).toBe(expected);
  });

  it.each([
    [VoteChoice.CONFIRMED, 'NOT_CONFIRMED', true], [VoteChoice.NOT_CONFIRMED, 'CONFIRMED', true],
    [VoteChoice.CONFIRMED, 'CONFIRMED', false], [VoteChoice.ABSTAIN, 'CONFIRMED', false], [null, 'NOT_CONFIRMED', false],
  ] as const)('a %s voter may dissent from %s: %s', (vote, outcome, ok) => {
    expect(mayDissent(vote, outcome)).toBe(ok);
  });
});
