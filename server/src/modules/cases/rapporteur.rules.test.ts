import { describe, expect, it } from 'vitest';
import { Role } from '../../shared/role.js';
import { candidateRefusal, rapporteurOpen, type Candidate } from './rapporteur.rules.js';
import { CASE_STATUSES } from './lifecycle.js';

describe('candidateRefusal', () => {
  const member: Candidate = { role: Role.MEMBER, active: true, recused: false };
  it.each([
    ['an active member', member, null],
    ['the chair', { ...member, role: Role.CHAIR }, null],
    ['the deputy', { ...member, role: Role.DEPUTY_CHAIR }, null],
    ['no such member', null, 'Выберите действующего'],
    ['a deactivated member', { ...member, active: false }, 'Выберите действующего'],
    ['the secretary (does not vote)', { ...member, role: Role.SECRETARY }, 'голосующий'],
    ['an advisor', { ...member, role: Role.ADVISOR }, 'голосующий'],
    ['an analyst', { ...member, role: Role.ANALYST }, 'голосующий'],
    ['the admin', { ...member, role: Role.ADMIN }, 'голосующий'],
    ['a member who recused from the case', { ...member, recused: true }, 'конфликте интересов'],
  ] as [string, Candidate | null, string | null][])('%s', (_what, candidate, refusal) => {
    const answer = candidateRefusal(candidate);
    if (refusal === null) expect(answer).toBeNull();
    else {
      expect(answer?.ru).toContain(refusal);
      expect(answer?.kk).toBeTruthy();
      expect(answer?.en).toBeTruthy();
    }
  });
});

describe('rapporteurOpen', () => {
  it.each(CASE_STATUSES.map((s) => [s, !['CLOSED', 'RETURNED', 'OUT_OF_SCOPE'].includes(s)] as const))('%s → %s', (status, open) => {
    expect(rapporteurOpen(status)).toBe(open);
  });
});
