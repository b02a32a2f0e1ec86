import { describe, expect, it } from 'vitest';
import { Role } from '../../shared/role.js';
import { mayAdministerAccounts, mayReadAccountAudit } from './account.policy.js';

describe('account policy: the admin and the account audit', () => {
  //  role                 administer  account audit
  it.each([
    [Role.CHAIR,          false,      true],
    [Role.DEPUTY_CHAIR,   false,      true],
    [Role.SECRETARY,      false,      false],
    [Role.MEMBER,         false,      false],
    [Role.ADVISOR,        false,      false],
    [Role.ANALYST,        false,      false],
    [Role.ADMIN,          true,       false],
  ])('%s: administer %s, account audit %s', (role, administer, audit) => {
    expect(mayAdministerAccounts({ role })).toBe(administer);
    expect(mayReadAccountAudit({ role })).toBe(audit);
  });
});
