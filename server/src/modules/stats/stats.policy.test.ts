import { describe, expect, it } from 'vitest';
import { Role } from '../../shared/role.js';
import { mayReadStats, maySeePanelWork, seesExactCounts } from './stats.policy.js';

describe('stats policy', () => {
  //  role                 read   panel work  exact counts
  it.each([
    [Role.CHAIR,          true,  true,       true],
    [Role.DEPUTY_CHAIR,   true,  true,       true],
    [Role.SECRETARY,      false, false,      false],
    [Role.MEMBER,         false, false,      false],
    [Role.ADVISOR,        false, false,      false],
    [Role.ANALYST,        true,  false,      false],
    [Role.ADMIN,          true,  true,       false],
  ])('%s: read %s, panel work %s, exact counts %s', (role, read, panelWork, exact) => {
    expect(mayReadStats({ role })).toBe(read);
    expect(maySeePanelWork({ role })).toBe(panelWork);
    expect(seesExactCounts(role)).toBe(exact);
  });
});
