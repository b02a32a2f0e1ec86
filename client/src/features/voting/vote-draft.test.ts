import { describe, expect, it } from 'vitest';
import { CRITERIA, type Criterion, type FindingValue } from '../../shared/api/enums';
import type { OwnVote } from './operations';
import { currentVote, draftFrom, draftProblems, hasProblems, voteVariables, type VoteDraft } from './vote-draft';

const vote = (over: Partial<OwnVote> = {}): OwnVote => ({
  id: 'v1',
  choice: 'CONFIRMED',
  findings: [{ criterion: 'SYSTEMATIC', value: 'MET', note: 'three posts' }],
  reasoning: 'clear',
  castAt: '2026-03-02T09:00:00.000Z',
  supersededAt: null,
  ...over,
});

describe('vote draft', () => {
  it('starts empty without a vote and from the vote when there is one', () => {
    const empty = draftFrom(null);
    expect(empty.choice).toBe('');
    expect(empty.findings.CHILD_UNDER_18).toEqual({ value: '', note: '' });
    const filled = draftFrom(vote());
    expect(filled.choice).toBe('CONFIRMED');
    expect(filled.findings.SYSTEMATIC).toEqual({ value: 'MET', note: 'three posts' });
    expect(filled.reasoning).toBe('clear');
  });

  const allMet = (choice: VoteDraft['choice'], changes: Partial<Record<Criterion, FindingValue | ''>> = {}) => {
    const draft = draftFrom(null);
    draft.choice = choice;
    for (const c of CRITERIA) draft.findings[c].value = changes[c] ?? 'MET';
    return draft;
  };

  it.each([
    ['CONFIRMED with all four MET', allMet('CONFIRMED'), []],
    ['CONFIRMED with nothing assessed', { ...draftFrom(null), choice: 'CONFIRMED' as const }, [...CRITERIA]],
    ['CONFIRMED with a criterion NOT_MET', allMet('CONFIRMED', { MEDIA_OR_TELECOM: 'NOT_MET' }), ['MEDIA_OR_TELECOM']],
    ['CONFIRMED with a criterion UNCLEAR', allMet('CONFIRMED', { SYSTEMATIC: 'UNCLEAR' }), ['SYSTEMATIC']],
    ['CONFIRMED with a criterion not assessed', allMet('CONFIRMED', { CHILD_UNDER_18: '' }), ['CHILD_UNDER_18']],
    ['NOT_CONFIRMED with a criterion NOT_MET', allMet('NOT_CONFIRMED', { MEDIA_OR_TELECOM: 'NOT_MET' }), []],
    ['NOT_CONFIRMED with nothing assessed', { ...draftFrom(null), choice: 'NOT_CONFIRMED' as const }, []],
    ['ABSTAIN with a criterion UNCLEAR', allMet('ABSTAIN', { SYSTEMATIC: 'UNCLEAR' }), []],
  ] as [string, VoteDraft, Criterion[]][])('%s: blocks on %j', (_name, draft, blocking) => {
    const problems = draftProblems(draft);
    expect(problems.unmetUnderConfirmed).toEqual(blocking);
    expect(hasProblems(problems)).toBe(blocking.length > 0);
  });

  it('needs a choice', () => {
    expect(draftProblems(draftFrom(null)).choiceMissing).toBe(true);
  });

  it('sends only assessed criteria, trimmed, with blank notes as null', () => {
    const draft: VoteDraft = draftFrom(null);
    draft.choice = 'NOT_CONFIRMED';
    draft.findings.SYSTEMATIC = { value: 'NOT_MET', note: '  one episode  ' };
    draft.findings.CHILD_UNDER_18 = { value: 'MET', note: '   ' };
    draft.reasoning = '  ';
    expect(voteVariables('r1', { ...draft, choice: 'NOT_CONFIRMED' })).toEqual({
      roundId: 'r1',
      choice: 'NOT_CONFIRMED',
      findings: [
        { criterion: 'CHILD_UNDER_18', value: 'MET', note: null },
        { criterion: 'SYSTEMATIC', value: 'NOT_MET', note: 'one episode' },
      ],
      reasoning: null,
    });
  });

  it('takes the newest vote not replaced as the current one', () => {
    const history = [vote({ id: 'v2', choice: 'ABSTAIN' }), vote({ id: 'v1', supersededAt: '2026-03-02T10:00:00.000Z' })];
    expect(currentVote(history)?.id).toBe('v2');
    expect(currentVote([])).toBeNull();
  });
});
