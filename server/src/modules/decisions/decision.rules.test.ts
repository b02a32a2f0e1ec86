import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../shared/viewer.js';
import { Language } from '../cases/case.enums.js';
import { Role } from '../../shared/role.js';
import { answerReasoning, mayWriteReasoning, REASONING_MAX, reasoningComplete, reasoningProblem } from './decision.rules.js';

const viewer = (role: Role): Viewer => ({ id: 'v', name: 'V', role, agencyId: 'a' });

describe('who writes the decision reasoning', () => {
  it.each([
    [Role.CHAIR, false, true],
    [Role.CHAIR, true, false],
    [Role.DEPUTY_CHAIR, false, true],
    [Role.DEPUTY_CHAIR, true, false],
    [Role.SECRETARY, false, true],
    [Role.MEMBER, false, false],
    [Role.MEMBER, true, false],
    [Role.ADVISOR, false, false],
    [Role.ANALYST, false, false],
    [Role.ADMIN, false, false],
  ] as const)('%s (recused: %s) → %s', (role, recused, allowed) => {
    expect(mayWriteReasoning(viewer(role), { recused })).toBe(allowed);
  });
});

describe('the reasoning text', () => {
  const long = 'а'.repeat(REASONING_MAX + 1);
  const full = 'а'.repeat(REASONING_MAX);
  it.each([
    ['', '', null],
    ['Негіздеме', 'Обоснование', null],
    [full, full, null],
    [long, 'Обоснование', 'TOO_LONG'],
    ['Негіздеме', long, 'TOO_LONG'],
  ] as const)('kk %#: %s', (kk, ru, problem) => {
    expect(reasoningProblem(kk, ru)).toBe(problem);
  });

  it.each([
    ['', '', false],
    ['Негіздеме', '', false],
    ['', 'Обоснование', false],
    ['  ', 'Обоснование', false],
    ['Негіздеме', 'Обоснование', true],
  ] as const)('signing over kk "%s" and ru "%s": %s', (reasoningKk, reasoningRu, complete) => {
    expect(reasoningComplete({ reasoningKk, reasoningRu })).toBe(complete);
  });

  it.each([
    [Language.KK, 'Негіздеме'],
    [Language.RU, 'Обоснование'],
  ] as const)('the answer in %s carries only that language: %s', (language, text) => {
    expect(answerReasoning({ reasoningKk: ' Негіздеме ', reasoningRu: 'Обоснование' }, language)).toBe(text);
  });
});
