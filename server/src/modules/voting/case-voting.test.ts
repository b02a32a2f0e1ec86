import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { caseInReview, demoTokens } from '../../test-support/scenarios.js';

// The voting panel as the room reads it (plain rows, members from the directory, settings per
// instance): what each viewer sees of the votes, the history and the recusals.

let tp: TestPlatform;
let t: Record<string, string>;
const PANEL = `query($id: ID!) { case(id: $id) { viewerRecused recusals { member { email } reason declaredAt }
  votingRounds { number openedAt openedBy { email } canVote tally { eligible voted confirmed notConfirmed abstain }
    votes { member { email agency { kind } } choice reasoning castAt supersededAt } myVoteHistory { choice supersededAt castAt } } } }`;
/** The case's voting panel, as PANEL selects it. */
interface Panel {
  viewerRecused: boolean;
  recusals: { member: { email: string }; reason: string; declaredAt: string }[];
  votingRounds: {
    number: number;
    openedAt: string;
    openedBy: { email: string };
    canVote: boolean;
    tally: { eligible: number; voted: number; confirmed: number | null; notConfirmed: number | null; abstain: number | null };
    votes: { member: { email: string; agency: { kind: string } }; choice: string; reasoning: string | null; castAt: string; supersededAt: string | null }[];
    myVoteHistory: { choice: string; supersededAt: string | null; castAt: string }[];
  }[];
}
const CAST = 'mutation($r: ID!, $ch: VoteChoice!, $why: String) { castVote(roundId: $r, choice: $ch, findings: [], reasoning: $why) { id } }';
const SECRET_VOTES = 'mutation($v: Boolean!) { updatePanelSettings(input: { votesVisibleBeforeClose: $v }) { votesVisibleBeforeClose } }';

beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
});
afterAll(() => tp.close());

async function roundWithChangedVotes() {
  const c = await caseInReview(tp, t);
  await tp.gql('mutation($c: ID!, $r: String!) { declareConflict(caseId: $c, reason: $r) { id } }', { c: c.id, r: 'Родственник заявителя' }, t.member5);
  const round = (await tp.gql('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: c.id }, t.chair)).data!.openVoting as { id: string };
  await tp.gql(CAST, { r: round.id, ch: 'ABSTAIN', why: 'Нужны сведения' }, t.member1);
  await tp.gql(CAST, { r: round.id, ch: 'NOT_CONFIRMED', why: 'Один эпизод' }, t.member2);
  await tp.gql(CAST, { r: round.id, ch: 'NOT_CONFIRMED', why: 'Изучил' }, t.member1);
  await tp.gql(CAST, { r: round.id, ch: 'ABSTAIN', why: 'Передумал' }, t.member2);
  return c.id;
}

describe('the voting panel as read', () => {
  it('shows current votes, only the viewer\'s own changed votes, recusals, and a tally without the recused', async () => {
    const id = await roundWithChangedVotes();
    const panel = (await tp.gql<{ case: Panel }>(PANEL, { id }, t.member1)).data!.case;
    expect(panel.viewerRecused).toBe(false);
    expect(panel.recusals).toEqual([{ member: { email: 'member5@demo.kz' }, reason: 'Родственник заявителя', declaredAt: expect.any(String) }]);
    const [round] = panel.votingRounds;
    expect(round).toMatchObject({ number: 1, openedBy: { email: 'chair@demo.kz' }, canVote: true, tally: { eligible: 6, voted: 2, notConfirmed: 1, abstain: 1, confirmed: 0 } });
    expect(round.votes.map((v) => [v.member.email, v.choice, v.reasoning, v.supersededAt])).toEqual([
      ['member1@demo.kz', 'NOT_CONFIRMED', 'Изучил', null],
      ['member2@demo.kz', 'ABSTAIN', 'Передумал', null],
    ]);
    expect(round.votes[0].member.agency.kind).toBe('STATE_BODY');
    expect(round.myVoteHistory.map((v) => [v.choice, v.supersededAt === null])).toEqual([['NOT_CONFIRMED', true], ['ABSTAIN', false]]);
    expect(Date.parse(round.myVoteHistory[0].castAt)).toBeGreaterThanOrEqual(Date.parse(round.myVoteHistory[1].castAt));
  });

  it('tells a recused member they are recused, and shows them no round of the case', async () => {
    const id = await roundWithChangedVotes();
    const panel = (await tp.gql<{ case: Panel }>(PANEL, { id }, t.member5)).data!.case;
    expect(panel.viewerRecused).toBe(true);
    expect(panel.votingRounds).toEqual([]);
  });

  it('hides the others\' votes and the counts as soon as the admin makes votes secret', async () => {
    const id = await roundWithChangedVotes();
    try {
      await tp.gql(SECRET_VOTES, { v: false }, t.admin);
      const [round] = (await tp.gql<{ case: Panel }>(PANEL, { id }, t.member2)).data!.case.votingRounds;
      expect(round.tally).toEqual({ eligible: 6, voted: 2, confirmed: null, notConfirmed: null, abstain: null });
      expect(round.votes.map((v) => v.member.email)).toEqual(['member2@demo.kz']);
    } finally {
      await tp.gql(SECRET_VOTES, { v: true }, t.admin);
    }
  });
});
