import { describe, expect, it } from 'vitest';
import { draftFrom, isBlankVote, isVoteDraft } from './vote-draft';

const blank = draftFrom(null);
const filled = { ...blank, choice: 'CONFIRMED' as const, reasoning: 'Систематически, публично.' };

describe('a vote draft read back from storage', () => {
  it.each([
    ['an empty form', blank, true],
    ['a form with a choice and reasoning', filled, true],
    ['a finding marked MET with a note', { ...blank, findings: { ...blank.findings, SYSTEMATIC: { value: 'MET', note: 'три эпизода' } } }, true],
    ['an unknown choice', { ...blank, choice: 'MAYBE' }, false],
    ['an unknown finding value', { ...blank, findings: { ...blank.findings, SYSTEMATIC: { value: 'YES', note: '' } } }, false],
    ['a criterion missing', { ...blank, findings: {} }, false],
    ['no reasoning text', { choice: '', findings: blank.findings }, false],
    ['not an object', 'CONFIRMED', false],
    ['null', null, false],
  ])('%s → %s', (_what, value, ok) => {
    expect(isVoteDraft(value)).toBe(ok);
  });

  it('keeps nothing for a form with nothing in it', () => {
    expect(isBlankVote(blank)).toBe(true);
    expect(isBlankVote(filled)).toBe(false);
    expect(isBlankVote({ ...blank, reasoning: '   ' })).toBe(true);
  });
});
