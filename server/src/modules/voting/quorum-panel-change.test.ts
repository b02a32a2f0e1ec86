import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { ALL_MET, caseInReview, demoTokens } from '../../test-support/scenarios.js';
import { activeAccount, APPROVE, createAccount, DEACTIVATE, UPDATE_MEMBER } from '../members/accounts.fixtures.js';

// A round stores its eligible voters when it opens: changes of the panel while it is open (a new
// member approved and active, one deactivated, one moved to a role without a vote) neither move
// its quorum nor its tally's denominator. Only the next round sees the new panel.

let tp: TestPlatform;
let t: Record<string, string>;
let agencyId: string;

const OPEN = 'mutation($c: ID!) { openVoting(caseId: $c) { id tally { eligible quorumNeeded } } }';
const CAST = 'mutation($r: ID!, $f: [FindingInput!]) { castVote(roundId: $r, choice: CONFIRMED, findings: $f) { id } }';
const CLOSE = 'mutation($r: ID!) { closeVoting(roundId: $r) { id open outcome tally { eligible voted quorumNeeded quorumMet } } }';
const ROUNDS = 'query($id: ID!) { case(id: $id) { votingRounds { id open tally { eligible voted quorumNeeded } } } }';

beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
  agencyId = (await tp.gql('{ agencies { id } }', {}, t.admin)).data!.agencies[0].id;
});
afterAll(() => tp.close());

const idOf = async (who: string) => (await tp.gql<{ me: { id: string } }>('{ me { id } }', {}, t[who])).data!.me.id as string;
const roundTally = async (caseId: string) => (await tp.gql(ROUNDS, { id: caseId }, t.chair)).data!.case.votingRounds.at(-1).tally;

describe('the quorum of an open round', () => {
  it('does not move when members are created, approved, activated, deactivated or change role during the round', async () => {
    const kase = await caseInReview(tp, t);
    const round = (await tp.gql(OPEN, { c: kase.id }, t.chair)).data!.openVoting;
    expect(round.tally).toEqual({ eligible: 7, quorumNeeded: 5 });
    const tokens = { admin: t.admin, chair: t.chair };

    // A member created and left waiting, another approved and waiting for the password, a third
    // taken all the way to ACTIVE: none of them is a voter of this round.
    await createAccount(tp, tokens, { email: 'waiting@quorum.test', role: 'MEMBER', agencyId });
    await tp.gql(APPROVE, { id: await createAccount(tp, tokens, { email: 'approved@quorum.test', role: 'MEMBER', agencyId }) }, t.deputy);
    await activeAccount(tp, tokens, { email: 'newcomer@quorum.test', role: 'MEMBER', agencyId, password: 'newcomer-password' });
    const newcomer = await tp.login('newcomer@quorum.test', 'newcomer-password');
    expect(codeOf(await tp.gql(CAST, { r: round.id, f: ALL_MET }, newcomer))).toBe('FORBIDDEN');
    // Two voters of the round leave the panel: one deactivated, one made an analyst.
    await tp.gql(DEACTIVATE, { id: await idOf('member5') }, t.admin);
    await tp.gql(UPDATE_MEMBER, { id: await idOf('member4'), i: { role: 'ANALYST' } }, t.admin);
    expect(await roundTally(kase.id)).toEqual({ eligible: 7, voted: 0, quorumNeeded: 5 });

    // Four votes of seven do not make the quorum of five, however the panel changed meanwhile.
    for (const who of ['chair', 'deputy', 'member1', 'member2']) expect(codeOf(await tp.gql(CAST, { r: round.id, f: ALL_MET }, t[who]))).toBeUndefined();
    expect(await roundTally(kase.id)).toEqual({ eligible: 7, voted: 4, quorumNeeded: 5 });
    const closed = (await tp.gql(CLOSE, { r: round.id }, t.chair)).data!.closeVoting;
    expect(closed).toMatchObject({ open: false, outcome: 'QUORUM_NOT_MET', tally: { eligible: 7, voted: 4, quorumNeeded: 5, quorumMet: false } });

    // The next round counts the panel as it is now: six voters (five of the demo panel and the newcomer).
    const next = (await tp.gql(OPEN, { c: kase.id }, t.chair)).data!.openVoting;
    expect(next.tally).toEqual({ eligible: 6, quorumNeeded: 4 });
    expect(codeOf(await tp.gql(CAST, { r: next.id, f: ALL_MET }, newcomer))).toBeUndefined();
  });

  it('counts only ACTIVE accounts of voting roles when it opens', async () => {
    // After the first test: chair, deputy, members 1–3 and the newcomer are active voters; the
    // pending and approved-but-not-activated members are not.
    const kase = await caseInReview(tp, t);
    expect((await tp.gql(OPEN, { c: kase.id }, t.deputy)).data!.openVoting.tally).toEqual({ eligible: 6, quorumNeeded: 4 });
  });
});
