import { describe, expect, it } from 'vitest';
import { Role } from '../../shared/role.js';
import { mayReadInbox } from './inbox.policy.js';

describe('inbox policy', () => {
  it.each([
    [Role.CHAIR, true], [Role.DEPUTY_CHAIR, true], [Role.SECRETARY, true], [Role.MEMBER, true], [Role.ADVISOR, true],
    [Role.ANALYST, false], [Role.ADMIN, false],
  ])('%s has an inbox: %s', (role, allowed) => {
    expect(mayReadInbox({ role })).toBe(allowed);
  });
});
