import { describe, expect, it } from 'vitest';
import { PrescriptionStatus as S } from './prescription.entity.js';
import { assertPrescriptionMove, caseStatusFrom, PRESCRIPTION_TRANSITIONS } from './prescription.lifecycle.js';

const all = Object.values(S);

describe('prescription lifecycle', () => {
  it.each(all.flatMap((from) => all.map((to) => [from, to, PRESCRIPTION_TRANSITIONS[from].includes(to)] as const)))('%s → %s allowed: %s', (from, to, ok) => {
    if (ok) expect(() => assertPrescriptionMove(from, to)).not.toThrow();
    else expect(() => assertPrescriptionMove(from, to)).toThrow(/cannot become/);
  });

  it.each([
    [[], null],
    [[S.COMPLIED], 'COMPLIED'],
    [[S.COMPLIED, S.DELIVERED], null],
    [[S.COMPLIED, S.ESCALATED], 'ESCALATED'],
    [[S.NOT_COMPLIED], null],
  ] as [S[], string | null][])('case status from %j → %s', (statuses, expected) => {
    expect(caseStatusFrom(statuses)).toBe(expected);
  });
});
