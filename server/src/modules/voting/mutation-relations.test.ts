import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { ALL_MET, caseInReview, demoTokens } from '../../test-support/scenarios.js';

// No relation is loaded eagerly: what a mutation returns names its member or platform by id, and
// the types' field resolvers read them through the request's loaders. Each mutation here answers
// those relations as a read would; the protocol's voters are read with their agencies explicitly.

let tp: TestPlatform;
let t: Record<string, string>;
beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
});
afterAll(() => tp.close());

const CAST = `mutation($r: ID!, $ch: VoteChoice!, $f: [FindingInput!]) { castVote(roundId: $r, choice: $ch, findings: $f) { choice member { email agency { kind } } } }`;

describe('mutations answer the relations of what they return', () => {
  it('openVoting, castVote, closeVoting and addDissent name their members; the decision its voters and agencies, the prescriptions their platforms', async () => {
    const c = await caseInReview(tp, t);
    const opened = await tp.gql<{ openVoting: { id: string; openedBy: { email: string; agency: { kind: string } } } }>(
      'mutation($c: ID!) { openVoting(caseId: $c) { id openedBy { email agency { kind } } } }', { c: c.id }, t.chair);
    expect(opened.errors).toBeUndefined();
    const round = opened.data!.openVoting;
    expect(round.openedBy).toEqual({ email: 'chair@demo.kz', agency: { kind: expect.any(String) } });

    for (const who of ['chair', 'deputy', 'member1', 'member2', 'member3']) {
      const cast = await tp.gql<{ castVote: { choice: string; member: { email: string; agency: { kind: string } } } }>(CAST, { r: round.id, ch: 'CONFIRMED', f: ALL_MET }, t[who]);
      expect(cast.errors).toBeUndefined();
      expect(cast.data!.castVote.member.email).toBe(`${who}@demo.kz`);
    }
    const against = await tp.gql<{ castVote: { member: { email: string } } }>(CAST, { r: round.id, ch: 'NOT_CONFIRMED', f: [] }, t.member4);
    expect(against.data!.castVote.member.email).toBe('member4@demo.kz');

    const closed = await tp.gql<{ closeVoting: { openedBy: { email: string }; votes: { member: { email: string } }[] } }>(
      'mutation($r: ID!) { closeVoting(roundId: $r) { openedBy { email } votes { member { email } } } }', { r: round.id }, t.chair);
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closeVoting.openedBy.email).toBe('chair@demo.kz');
    expect(closed.data!.closeVoting.votes.map((v) => v.member.email).sort()).toEqual(['chair', 'deputy', 'member1', 'member2', 'member3', 'member4'].map((m) => `${m}@demo.kz`));

    type Decided = { decision: { id: string; voters: { memberId: string; name: string; agency: string }[] }; prescriptions: { platform: { code: string } | null }[] };
    const decided = (await tp.gql<{ case: Decided }>(
      'query($id: ID!) { case(id: $id) { decision { id voters { memberId name agency } } prescriptions { platform { code } } } }', { id: c.id }, t.secretary)).data!.case;
    const directory = (await tp.gql<{ members: { id: string; name: string; agency: { name: string } }[] }>('{ members { id name agency { name } } }', {}, t.secretary)).data!.members;
    const byId = new Map(directory.map((m) => [m.id, m]));
    expect(decided.decision.voters).toHaveLength(6);
    for (const v of decided.decision.voters) expect([v.name, v.agency]).toEqual([byId.get(v.memberId)!.name, byId.get(v.memberId)!.agency.name]);
    expect(decided.prescriptions.length).toBeGreaterThan(0);
    for (const p of decided.prescriptions) expect(p.platform === null || typeof p.platform.code === 'string').toBe(true);
    expect(decided.prescriptions.some((p) => p.platform !== null)).toBe(true);

    const dissent = await tp.gql<{ addDissent: { text: string; member: { email: string; agency: { kind: string } } } }>(
      'mutation($d: ID!) { addDissent(decisionId: $d, text: "Не все эпизоды доказаны") { text member { email agency { kind } } } }', { d: decided.decision.id }, t.member4);
    expect(dissent.errors).toBeUndefined();
    expect(dissent.data!.addDissent.member.email).toBe('member4@demo.kz');
  });
});
