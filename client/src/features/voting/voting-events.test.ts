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

describe('voting events', () => {
  it('knows the events that change the panel', () => {
    expect(isVotingEvent('vote.cast')).toBe(true);
    expect(isVotingEvent('decision.signed')).toBe(true);
    expect(isVotingEvent('comment.added')).toBe(false);
  });

  it('reads the full tally of a visible vote', () => {
    const payload = { roundId: 'r1', choice: 'CONFIRMED', tally: { ...tally, voted: 5, confirmed: 4, abstain: 1, quorumMet: true, outcome: 'CONFIRMED' } };
    const read = tallyFromVoteCast(payload);
    expect(read?.roundId).toBe('r1');
    expect(applyTallyPatch(tally, read!.patch)).toEqual({ ...tally, voted: 5, confirmed: 4, abstain: 1, quorumMet: true, outcome: 'CONFIRMED' });
  });

  it('reads only the count of a secret vote and works out the quorum', () => {
    const read = tallyFromVoteCast({ roundId: 'r1', voted: 5, eligible: 7 });
    const hidden = { ...tally, confirmed: null, notConfirmed: null, abstain: null, outcome: null };
    expect(applyTallyPatch(hidden, read!.patch)).toEqual({ ...hidden, voted: 5, quorumMet: true });
  });

  it.each([null, 'x', {}, { roundId: 3 }, { roundId: 'r1' }, { roundId: 'r1', tally: { voted: -1 } }])('ignores %j', (payload) => {
    expect(tallyFromVoteCast(payload)).toBeNull();
  });
});
