import { describe, expect, it } from 'vitest';
import { Role } from '../../shared/role.js';
import { isVotingRole, mayDeclareConflict } from './voting.policy.js';

describe('voting policy: who votes at all, who declares a conflict of interest', () => {
  //  role                 votes  declares a conflict
  it.each([
    [Role.CHAIR,          true,  true],
    [Role.DEPUTY_CHAIR,   true,  true],
    [Role.MEMBER,         true,  true],
    [Role.ADVISOR,        false, true],
    [Role.SECRETARY,      false, false],
    [Role.ANALYST,        false, false],
    [Role.ADMIN,          false, false],
  ])('%s: votes %s, declares %s', (role, votes, declares) => {
    expect(isVotingRole({ role })).toBe(votes);
    expect(mayDeclareConflict({ role })).toBe(declares);
  });
});
