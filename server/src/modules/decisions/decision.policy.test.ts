import { describe, expect, it } from 'vitest';
import { Role } from '../../shared/role.js';
import { maySignDecision, mayWriteReasoning, signingCapacity } from './decision.policy.js';

const v = (role: Role) => ({ id: 'x', name: 'x', role, agencyId: 'a' });

describe('decision policy', () => {
  //  role                 recused  capacity      sign   reasoning
  it.each([
    [Role.CHAIR,          false,   'CHAIR',      true,  true],
    [Role.CHAIR,          true,    'CHAIR',      false, false],
    [Role.DEPUTY_CHAIR,   false,   'CHAIR',      true,  true],
    [Role.DEPUTY_CHAIR,   true,    'CHAIR',      false, false],
    [Role.SECRETARY,      false,   'SECRETARY',  true,  true],
    [Role.MEMBER,         false,   null,         false, false],
    [Role.MEMBER,         true,    null,         false, false],
    [Role.ADVISOR,        false,   null,         false, false],
    [Role.ANALYST,        false,   null,         false, false],
    [Role.ADMIN,          false,   null,         false, false],
  ] as const)('%s (recused %s): signs as %s; sign %s, write reasoning %s', (role, recused, capacity, sign, reasoning) => {
    expect(signingCapacity(v(role))).toBe(capacity);
    expect(maySignDecision(v(role), { recused })).toBe(sign);
    expect(mayWriteReasoning(v(role), { recused })).toBe(reasoning);
  });
});
