import { describe, expect, it } from 'vitest';
import { Role } from '../../shared/role.js';
import { mayEscalatePrescriptions, mayFollowUpPrescriptions } from './prescription.policy.js';

describe('prescription policy', () => {
  //  role                 follow up  escalate
  it.each([
    [Role.CHAIR,          true,      true],
    [Role.DEPUTY_CHAIR,   true,      true],
    [Role.SECRETARY,      true,      false],
    [Role.MEMBER,         false,     false],
    [Role.ADVISOR,        false,     false],
    [Role.ANALYST,        false,     false],
    [Role.ADMIN,          false,     false],
  ])('%s: follow up %s, escalate %s', (role, followUp, escalate) => {
    expect(mayFollowUpPrescriptions({ role }, { recused: false })).toBe(followUp);
    expect(mayFollowUpPrescriptions({ role }, { recused: true })).toBe(false);
    expect(mayEscalatePrescriptions({ role }, { recused: false })).toBe(escalate);
    expect(mayEscalatePrescriptions({ role }, { recused: true })).toBe(false);
  });
});
