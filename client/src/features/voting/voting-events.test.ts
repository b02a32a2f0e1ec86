import { describe, expect, it } from 'vitest';
import type { Tally } from './operations';
import { applyTallyPatch, isVotingEvent, tallyFromVoteCast } from './voting-events';

const tally: Tally = {
  eligible: 7,
  voted: 1,
  quorumNeeded: 5,
  quorumMet: false,
  confirmed: 1,
  notConfirmed: 0,
  abstain: 0,
  outcome: 'QUORUM_NOT_MET',
  decidedByChair: false,
};

type Details = Parameters<typeof tallyFromVoteCast>[0];
const eventTally = { ...tally, confirmed: 1, notConfirmed: 0, abstain: 0, outcome: 'QUORUM_NOT_MET', __typename: 'EventTally' as const };
const voteCast = (fields: Partial<Extract<NonNullable<Details>, { __typename: 'VoteCastDetails' }>>): Details =>
  ({ __typename: 'VoteCastDetails', roundId: 'r1', choice: null, voted: null, eligible: null, tally: null, ...fields });

describe('voting events', () => {
  it('knows the events that change the panel', () => {
    expect(isVotingEvent('VOTE_CAST')).toBe(true);
    expect(isVotingEvent('DECISION_SIGNED')).toBe(true);
    expect(isVotingEvent('COMMENT_ADDED')).toBe(false);
  });

  it('reads the full tally of a visible vote', () => {
    const read = tallyFromVoteCast(voteCast({ choice: 'CONFIRMED', tally: { ...eventTally, voted: 5, confirmed: 4, abstain: 1, quorumMet: true, outcome: 'CONFIRMED' } }));
    expect(read?.roundId).toBe('r1');
    expect(applyTallyPatch(tally, read!.patch)).toEqual({ ...tally, voted: 5, confirmed: 4, abstain: 1, quorumMet: true, outcome: 'CONFIRMED' });
  });

  it('reads only the count of a secret vote and works out the quorum', () => {
    const read = tallyFromVoteCast(voteCast({ voted: 5, eligible: 7 }));
    const hidden = { ...tally, confirmed: null, notConfirmed: null, abstain: null, outcome: null };
    expect(applyTallyPatch(hidden, read!.patch)).toEqual({ ...hidden, voted: 5, quorumMet: true });
  });

  it.each<[string, Details]>([
    ['no details', null],
    ['another kind', { __typename: 'CommentAddedDetails', commentId: 'c1' }],
    ['neither a tally nor a count', voteCast({})],
    ['a count that is no count', voteCast({ voted: -1, eligible: 2.5 })],
  ])('ignores %s', (_what, details) => {
    expect(tallyFromVoteCast(details)).toBeNull();
  });
});
