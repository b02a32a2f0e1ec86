import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { applicationInput, REGISTER } from '../../test-support/factories.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { ALL_MET, caseInReview as inReview, writeDecisionReasoning } from '../../test-support/scenarios.js';
import { collect, wsClient } from '../../test-support/ws-client.js';

let tp: TestPlatform;
const t: Record<string, string> = {};
const VOTERS = ['chair', 'deputy', 'member1', 'member2', 'member3', 'member4', 'member5'];
const OPEN = 'mutation($c: ID!) { openVoting(caseId: $c) { id number open deadlineAt tally { eligible quorumNeeded } } }';
const CAST = 'mutation($r: ID!, $ch: VoteChoice!, $f: [FindingInput!], $why: String) { castVote(roundId: $r, choice: $ch, findings: $f, reasoning: $why) { id choice findings { criterion value } } }';
const CLOSE = 'mutation($r: ID!) { closeVoting(roundId: $r) { id open outcome closeReason tally { voted confirmed notConfirmed outcome } } }';
const CASE = `query($id: ID!) { case(id: $id) { status votingRounds { number open outcome tally { voted eligible confirmed notConfirmed abstain outcome } votes { member { email } choice } }
  decision { id outcome protocolNumber voters { name choice } answerLanguage answerText signed dissents { text member { email } } }
  prescriptions { number addressee urls status removalHours platform { code } legalBasisRu } } }`;
/** A case as CASE selects it. */
interface CaseView {
  status: string;
  votingRounds: {
    number: number;
    open: boolean;
    outcome: string | null;
    tally: { voted: number; eligible: number; confirmed: number | null; notConfirmed: number | null; abstain: number | null; outcome: string | null };
    votes: { member: { email: string }; choice: string }[];
  }[];
  decision: {
    id: string;
    outcome: string;
    protocolNumber: string;
    voters: { name: string; choice: string }[];
    answerLanguage: string;
    answerText: string | null;
    signed: boolean;
    dissents: { text: string; member: { email: string } }[];
  } | null;
  prescriptions: { number: string; addressee: string; urls: string[]; status: string; removalHours: number; platform: { code: string } | null; legalBasisRu: string }[];
}
const MET = ALL_MET;

const caseInReview = (language = 'RU') =>
  inReview(tp, t, { applicant: { ...applicationInput().applicant, language } });
const openRound = async (caseId: string) => (await tp.gql(OPEN, { c: caseId }, t.chair)).data!.openVoting as { id: string };
const vote = (who: string, roundId: string, choice: string, findings = choice === 'CONFIRMED' ? MET : []) => tp.gql(CAST, { r: roundId, ch: choice, f: findings, why: `${who}: ${choice}` }, t[who]);

beforeAll(async () => {
  tp = await startTestPlatform();
  for (const r of [...VOTERS, 'secretary', 'advisor', 'analyst', 'admin']) t[r] = await tp.login(`${r}@demo.kz`);
});
afterAll(() => tp.close());

describe('a voting round', () => {
  it('opens on a case in review with every voting member eligible and the 2/3 quorum', async () => {
    const c = await caseInReview();
    const round = (await tp.gql(OPEN, { c: c.id }, t.deputy)).data!.openVoting;
    expect(round).toMatchObject({ number: 1, open: true, tally: { eligible: 7, quorumNeeded: 5 } });
    expect((await tp.gql(CASE, { id: c.id }, t.member1)).data!.case.status).toBe('VOTING');
  });

  it('closes by itself when everyone has voted; CONFIRMED records the decision and issues the prescriptions in the same transaction', async () => {
    const c = await caseInReview('KK');
    const round = await openRound(c.id);
    for (const who of VOTERS.slice(0, 5)) expect((await vote(who, round.id, 'CONFIRMED')).errors).toBeUndefined();
    // A member changes the vote while the round is open: the history is kept, the last one counts.
    await vote('member5', round.id, 'NOT_CONFIRMED');
    expect((await vote('member5', round.id, 'ABSTAIN')).errors).toBeUndefined();
    expect((await tp.gql(CASE, { id: c.id }, t.member1)).data!.case.status).toBe('VOTING');
    await vote('member4', round.id, 'NOT_CONFIRMED'); // the last eligible member: the round closes
    const r = (await tp.gql<{ case: CaseView }>(CASE, { id: c.id }, t.member1)).data!.case;
    expect(r.status).toBe('PRESCRIBED');
    expect(r.votingRounds[0]).toMatchObject({ open: false, outcome: 'CONFIRMED', tally: { voted: 7, confirmed: 5, notConfirmed: 1, abstain: 1 } });
    expect(r.decision).toMatchObject({ outcome: 'CONFIRMED', answerLanguage: 'KK', signed: false });
    expect(r.decision?.protocolNumber).toMatch(/^П-\d{4}-\d{4}$/);
    expect(r.decision?.voters).toHaveLength(7);
    expect(r.decision?.answerText).toMatch(/Құрметті/);
    expect(r.decision?.answerText).toContain(r.prescriptions[0].number);
    expect(r.prescriptions.map((p) => p.platform?.code)).toEqual(['tiktok', 'telegram']);
    expect(r.prescriptions[0]).toMatchObject({ status: 'ISSUED', removalHours: 24, urls: ['https://www.tiktok.com/@x/video/1'] }); // the account root @x is left out by default (issue 16)
    expect(r.prescriptions[0].number).toMatch(/^ПР-\d{4}-\d{4}$/);
    expect(r.prescriptions[0].legalBasisRu).toMatch(/О правах ребенка/);
    const history = await query<{ n: number }>(tp.dbUrl, `select count(*)::int as n from vote v join member m on m.id = v.member_id where m.email = 'member5@demo.kz' and v.round_id = $1`, [round.id]);
    expect(history[0].n).toBe(2);
    // Reading the answer (it names the applicant) was logged last; the round's closing is before it.
    const kinds = (await query<{ kind: string }>(tp.dbUrl, `select kind from case_event where case_id = $1 order by seq`, [c.id])).map((e) => e.kind);
    expect(kinds.slice(-7)).toEqual(['voting.closed', 'case.status_changed', 'decision.recorded', 'prescription.issued', 'prescription.issued', 'case.status_changed', 'pii.viewed']);
  });

  it('NOT_CONFIRMED records the decision and drafts the answer in the application\'s language; a dissent comes from a member who voted against', async () => {
    const c = await caseInReview('RU');
    const round = await openRound(c.id);
    for (const who of ['chair', 'deputy', 'member1', 'member2']) await vote(who, round.id, 'NOT_CONFIRMED');
    await vote('member3', round.id, 'CONFIRMED');
    const closed = (await tp.gql(CLOSE, { r: round.id }, t.chair)).data!.closeVoting;
    expect(closed).toMatchObject({ open: false, outcome: 'NOT_CONFIRMED', closeReason: 'CHAIR' });
    const r = (await tp.gql(CASE, { id: c.id }, t.member3)).data!.case;
    expect(r.status).toBe('DECIDED');
    expect(r.prescriptions).toEqual([]);
    expect(r.decision.answerText).toMatch(/Уважаемый\(ая\).*[\s\S]*не подтвердила/);
    const DISSENT = 'mutation($d: ID!, $x: String!) { addDissent(decisionId: $d, text: $x) { text } }';
    expect(codeOf(await tp.gql(DISSENT, { d: r.decision.id, x: 'Согласен' }, t.member1))).toBe('FORBIDDEN');
    expect((await tp.gql(DISSENT, { d: r.decision.id, x: 'Эпизоды систематические.' }, t.member3)).data!.addDissent.text).toBe('Эпизоды систематические.');
    const SIGN = 'mutation($d: ID!) { signDecision(decisionId: $d) { signed } }';
    await writeDecisionReasoning(tp, t, r.decision.id, 'chair');
    expect((await tp.gql(SIGN, { d: r.decision.id }, t.chair)).data!.signDecision.signed).toBe(false);
    expect((await tp.gql(SIGN, { d: r.decision.id }, t.secretary)).data!.signDecision.signed).toBe(true);
    const before = await tp.snapshot();
    expect(codeOf(await tp.gql(DISSENT, { d: r.decision.id, x: 'Позже' }, t.member3))).toBe('INVALID_TRANSITION');
    expect(codeOf(await tp.gql(SIGN, { d: r.decision.id }, t.deputy))).toBe('CONFLICT');
    expect(await tp.snapshot()).toEqual(before);
  });

  it('without a quorum sends the case back to review with no decision; the chair may open another round', async () => {
    const c = await caseInReview();
    const round = await openRound(c.id);
    await vote('member1', round.id, 'CONFIRMED');
    expect((await tp.gql(CLOSE, { r: round.id }, t.chair)).data!.closeVoting.outcome).toBe('QUORUM_NOT_MET');
    const r = (await tp.gql(CASE, { id: c.id }, t.chair)).data!.case;
    expect(r).toMatchObject({ status: 'IN_REVIEW', decision: null });
    expect((await tp.gql(OPEN, { c: c.id }, t.chair)).data!.openVoting.number).toBe(2);
  });

  it('streams the tally through caseEvents as votes arrive', async () => {
    const c = await caseInReview();
    const client = wsClient(tp.url, t.member2);
    const feed = collect<{ kind: string; payload: { tally?: { confirmed: number; notConfirmed: number; voted: number } } }>(client, 'subscription($id: ID!) { caseEvents(caseId: $id) { kind payload } }', { id: c.id }, 'caseEvents');
    await new Promise((r) => setTimeout(r, 200));
    const round = await openRound(c.id);
    await vote('member1', round.id, 'CONFIRMED');
    await vote('member2', round.id, 'NOT_CONFIRMED');
    const events = (await feed.until(4)).filter((e) => e.kind === 'VOTE_CAST');
    expect(events.map((e) => [e.payload.tally?.confirmed, e.payload.tally?.notConfirmed, e.payload.tally?.voted])).toEqual([[1, 0, 1], [1, 1, 2]]);
    feed.stop();
    await client.dispose();
  });
});

describe('recusal', () => {
  it('takes the member out of the vote, the quorum, the personal data and the live feed', async () => {
    const c = await caseInReview();
    const client = wsClient(tp.url, t.member4);
    const feed = collect<{ kind: string }>(client, 'subscription($id: ID!) { caseEvents(caseId: $id) { kind } }', { id: c.id }, 'caseEvents');
    await new Promise((r) => setTimeout(r, 200));
    const round = await openRound(c.id);
    await vote('member4', round.id, 'CONFIRMED');
    const recused = await tp.gql('mutation($c: ID!) { declareConflict(caseId: $c, reason: "Родственник заявителя") { reason member { email } } }', { c: c.id }, t.member4);
    expect(recused.data!.declareConflict.member.email).toBe('member4@demo.kz');
    await feed.done;
    expect(feed.items.map((e) => e.kind).at(-1)).toBe('MEMBER_RECUSED');
    const r = (await tp.gql(CASE, { id: c.id }, t.chair)).data!.case;
    expect(r.votingRounds[0].tally).toMatchObject({ eligible: 6, voted: 0 });
    const child = await tp.gql('query($id: ID!) { case(id: $id) { child { name } } }', { id: c.id }, t.member4);
    expect(codeOf(child)).toBe('FORBIDDEN');
    const before = await tp.snapshot();
    expect(codeOf(await vote('member4', round.id, 'CONFIRMED'))).toBe('FORBIDDEN');
    expect(codeOf(await tp.gql('mutation($c: ID!, $b: String!) { addComment(caseId: $c, body: $b) { id } }', { c: c.id, b: 'x' }, t.member4))).toBe('FORBIDDEN');
    expect(await tp.snapshot()).toEqual(before);
    await client.dispose();
  });
});

describe('a chair recusing after the round opened', () => {
  it('hands the casting vote to the presiding deputy: a tie is broken by the deputy\'s vote', async () => {
    const c = await caseInReview();
    const round = await openRound(c.id);
    expect(codeOf(await vote('chair', round.id, 'CONFIRMED'))).toBeUndefined();
    expect(codeOf(await tp.gql('mutation($c: ID!) { declareConflict(caseId: $c, reason: "Родственник ребёнка") { reason } }', { c: c.id }, t.chair))).toBeUndefined();
    // 6 eligible (quorum 4): deputy + member1 against, member2 + member3 for — 2:2; the recused chair's vote does not count.
    for (const [who, choice] of [['deputy', 'NOT_CONFIRMED'], ['member1', 'NOT_CONFIRMED'], ['member2', 'CONFIRMED'], ['member3', 'CONFIRMED']]) {
      expect(codeOf(await vote(who, round.id, choice))).toBeUndefined();
    }
    const closed = (await tp.gql(CLOSE, { r: round.id }, t.deputy)).data!.closeVoting;
    expect(closed).toMatchObject({ outcome: 'NOT_CONFIRMED', tally: { voted: 4, confirmed: 2, notConfirmed: 2, outcome: 'NOT_CONFIRMED' } });
    const stored = await query<{ chair_id: string; by_chair: boolean }>(tp.dbUrl, `select r.chair_id, (r.final_tally->>'decidedByChair')::boolean as by_chair from voting_round r where r.id = $1`, [round.id]);
    const [deputy] = await query<{ id: string }>(tp.dbUrl, `select id from member where email = 'deputy@demo.kz'`);
    expect(stored[0]).toEqual({ chair_id: deputy.id, by_chair: true });
  });
});

describe('refusals change nothing', () => {
  it.each([
    ['a second round while one is open', async (c: string) => { await openRound(c); return [OPEN, { c }, 'chair']; }, 'CONFLICT'],
    ['opening by a member', async (c: string) => [OPEN, { c }, 'member1'], 'FORBIDDEN'],
    ['opening on a case not in review', async () => {
      const c = (await tp.gql<{ registerApplication: { id: string } }>(REGISTER, { input: applicationInput() }, t.secretary)).data!.registerApplication.id;
      return [OPEN, { c }, 'chair'];
    }, 'INVALID_TRANSITION'],
    ['a vote by an advisor', async (c: string) => [CAST, { r: (await openRound(c)).id, ch: 'CONFIRMED', f: MET }, 'advisor'], 'FORBIDDEN'],
    ['a vote by the secretary', async (c: string) => [CAST, { r: (await openRound(c)).id, ch: 'CONFIRMED', f: MET }, 'secretary'], 'FORBIDDEN'],
    ['a CONFIRMED vote with a criterion not met', async (c: string) => [CAST, { r: (await openRound(c)).id, ch: 'CONFIRMED', f: [{ criterion: 'CHILD_UNDER_18', value: 'NOT_MET' }] }, 'member1'], 'BAD_USER_INPUT'],
    ['a CONFIRMED vote with a criterion UNCLEAR', async (c: string) => [CAST, { r: (await openRound(c)).id, ch: 'CONFIRMED', f: MET.map((x) => (x.criterion === 'SYSTEMATIC' ? { ...x, value: 'UNCLEAR' } : x)) }, 'member1'], 'BAD_USER_INPUT'],
    ['a CONFIRMED vote with no findings', async (c: string) => [CAST, { r: (await openRound(c)).id, ch: 'CONFIRMED', f: [] }, 'member1'], 'BAD_USER_INPUT'],
    ['a CONFIRMED vote with a criterion left out', async (c: string) => [CAST, { r: (await openRound(c)).id, ch: 'CONFIRMED', f: MET.slice(1) }, 'member1'], 'BAD_USER_INPUT'],
    ['a finding for an unknown criterion', async (c: string) => [CAST, { r: (await openRound(c)).id, ch: 'NOT_CONFIRMED', f: [{ criterion: 'IS_RUDE', value: 'MET' }] }, 'member1'], 'BAD_USER_INPUT'],
    ['a criterion marked twice', async (c: string) => [CAST, { r: (await openRound(c)).id, ch: 'ABSTAIN', f: [{ criterion: 'SYSTEMATIC', value: 'MET' }, { criterion: 'SYSTEMATIC', value: 'UNCLEAR' }] }, 'member1'], 'BAD_USER_INPUT'],
    ['a vote on a closed round', async (c: string) => {
      const r = await openRound(c);
      await tp.gql(CLOSE, { r: r.id }, t.chair);
      return [CAST, { r: r.id, ch: 'CONFIRMED', f: MET }, 'member1'];
    }, 'INVALID_TRANSITION'],
    ['closing a closed round', async (c: string) => {
      const r = await openRound(c);
      await tp.gql(CLOSE, { r: r.id }, t.chair);
      return [CLOSE, { r: r.id }, 'deputy'];
    }, 'INVALID_TRANSITION'],
    ['closing by a member', async (c: string) => [CLOSE, { r: (await openRound(c)).id }, 'member2'], 'FORBIDDEN'],
    ['an unknown round', async () => [CLOSE, { r: '00000000-0000-4000-8000-000000000000' }, 'chair'], 'NOT_FOUND'],
  ] as [string, (c: string) => Promise<[string, Record<string, unknown>, string]>, string][])('refuses %s', async (_w, setup, code) => {
    const c = await caseInReview();
    const [doc, vars, who] = await setup(c.id);
    const before = await tp.snapshot();
    const r = await tp.gql(doc, vars, t[who]);
    expect(codeOf(r)).toBe(code);
    expect(r.errors![0].message.length).toBeGreaterThan(10);
    expect(await tp.snapshot()).toEqual(before);
  });
});

describe('concurrency', () => {
  it('50 parallel votes racing closeVoting leave one consistent tally: each member once, the outcome matching the stored votes', async () => {
    const c = await caseInReview();
    const round = await openRound(c.id);
    const choices = ['CONFIRMED', 'NOT_CONFIRMED', 'ABSTAIN'];
    const calls = Array.from({ length: 50 }, (_, i) => vote(VOTERS[i % 7], round.id, choices[(i * 7 + 3) % 3]));
    calls.splice(30, 0, tp.gql(CLOSE, { r: round.id }, t.chair));
    const results = await Promise.all(calls);
    for (const r of results) expect(['INVALID_TRANSITION', undefined]).toContain(codeOf(r)); // a vote after the close is refused, never lost silently
    const current = await query<{ email: string; choice: string }>(tp.dbUrl,
      `select m.email, v.choice from vote v join member m on m.id = v.member_id where v.round_id = $1 and v.superseded_at is null`, [round.id]);
    expect(new Set(current.map((v) => v.email)).size).toBe(current.length);
    const stored = (await tp.gql(CASE, { id: c.id }, t.chair)).data!.case.votingRounds[0];
    expect(stored.open).toBe(false);
    const count = (ch: string) => current.filter((v) => v.choice === ch).length;
    expect(stored.tally).toMatchObject({ voted: current.length, confirmed: count('CONFIRMED'), notConfirmed: count('NOT_CONFIRMED'), abstain: count('ABSTAIN') });
    const accepted = results.filter((r, i) => i !== 30 && !r.errors).length;
    const rows = await query<{ n: number }>(tp.dbUrl, 'select count(*)::int as n from vote where round_id = $1', [round.id]);
    expect(rows[0].n).toBe(accepted);
  });
});

describe('a vote that waits for the round', () => {
  const memberId = async (who: string) => (await query<{ id: string }>(tp.dbUrl, 'select id from member where email = $1', [`${who}@demo.kz`]))[0].id;

  /** Resolves once some session of the test database waits for a lock. */
  async function someoneWaitsOnALock() {
    for (let i = 0; i < 100; i += 1) {
      const [{ n }] = await query<{ n: number }>(tp.dbUrl, `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`);
      if (n > 0) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the vote never waited for the round');
  }

  /** Holds the round's row lock in another transaction, runs `change` there, sends `cast` and commits once it waits. */
  async function whileHeld<T>(roundId: string, change: (c: pg.Client) => Promise<unknown>, cast: () => Promise<T>): Promise<T> {
    const c = new pg.Client({ connectionString: tp.dbUrl });
    await c.connect();
    try {
      await c.query('begin');
      await c.query('select 1 from voting_round where id = $1 for update', [roundId]);
      await change(c);
      const pending = cast();
      await someoneWaitsOnALock();
      await c.query('commit');
      return await pending;
    } finally {
      await c.end();
    }
  }

  it('is refused when the member\'s recusal committed while it waited, and stores nothing', async () => {
    const c = await caseInReview();
    const round = await openRound(c.id);
    const member2 = await memberId('member2');
    const r = await whileHeld(round.id,
      (db) => db.query(`insert into recusal (id, created_at, case_id, member_id, reason) values (gen_random_uuid(), now(), $1, $2, 'conflict')`, [c.id, member2]),
      () => vote('member2', round.id, 'ABSTAIN'));
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect((await query<{ n: number }>(tp.dbUrl, 'select count(*)::int as n from vote where round_id = $1', [round.id]))[0].n).toBe(0);
  });

  it('counts in its tally the vote committed while it waited', async () => {
    const c = await caseInReview();
    const round = await openRound(c.id);
    const member1 = await memberId('member1');
    const r = await whileHeld(round.id,
      (db) => db.query(`insert into vote (id, created_at, round_id, member_id, choice, findings) values (gen_random_uuid(), now(), $1, $2, 'ABSTAIN', '[]')`, [round.id, member1]),
      () => vote('member2', round.id, 'NOT_CONFIRMED'));
    expect(r.errors).toBeUndefined();
    const [event] = await query<{ payload: { tally: { voted: number; abstain: number; notConfirmed: number } } }>(tp.dbUrl,
      `select payload from case_event where kind = 'vote.cast' and payload->>'roundId' = $1`, [round.id]);
    expect(event.payload.tally).toMatchObject({ voted: 2, abstain: 1, notConfirmed: 1 });
  });
});
