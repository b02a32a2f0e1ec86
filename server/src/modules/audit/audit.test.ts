import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { ALL_MET, caseInReview, demoTokens } from '../../test-support/scenarios.js';
import { collect, wsClient } from '../../test-support/ws-client.js';

let tp: TestPlatform;
let t: Record<string, string>;
let caseId: string;
let ids: Record<string, string>;

const ENTRY = 'seq at kind category subject summary requestId actor { id name email role agency { name kind } }';
const AUDIT = `query($c: ID!, $f: AuditFilter, $n: Int, $a: String) {
  caseAudit(caseId: $c, filter: $f, first: $n, after: $a) { edges { cursor node { ${ENTRY} } } pageInfo { hasNextPage endCursor } }
}`;
const SUMMARY = 'query($c: ID!) { caseAuditSummary(caseId: $c) { reads subjects firstAt lastAt actor { name email role agency { name } } } }';
const CHILD = 'query($id: ID!) { case(id: $id) { id child { name } } }';
const IDENTITY = 'query($id: ID!) { case(id: $id) { id child { name } applicant { name } } }';

const handle = (email: string) => email.split('@')[0];
/** One entry of caseAudit, as ENTRY selects it. */
interface AuditEntry {
  seq: string;
  at: string;
  kind: string;
  category: string;
  subject: string | null;
  summary: string | null;
  requestId: string | null;
  actor: { id: string; name: string; email: string; role: string; agency: { name: string; kind: string } } | null;
}
/** One reader of caseAuditSummary, as SUMMARY selects it. */
interface AuditReader {
  reads: number;
  subjects: string[];
  firstAt: string;
  lastAt: string;
  actor: { name: string; email: string; role: string; agency: { name: string } };
}
const audit = async (vars: Record<string, unknown> = {}, who = 'chair') => {
  const r = await tp.gql(AUDIT, { c: caseId, ...vars }, t[who]);
  expect(r.errors).toBeUndefined();
  return r.data!.caseAudit as { edges: { cursor: string; node: AuditEntry }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};
const line = (n: AuditEntry) => `${n.kind} ${n.category} ${n.actor ? handle(n.actor.email) : 'system'}${n.subject ? ` ${n.subject}` : ''}`;
const logged = (c: string) => query<{ seq: string; kind: string; actor_id: string; at: Date; payload: Record<string, unknown> }>(tp.dbUrl, 'select seq::text, kind, actor_id, at, payload from case_event where case_id = $1 order by seq', [c]);

beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
  ids = {};
  for (const [role, token] of Object.entries(t)) ids[role] = (await tp.gql<{ me: { id: string } }>('{ me { id } }', {}, token)).data!.me.id;
  // The story: the case goes into review; a member, an advisor and the secretary open the child's
  // data (the advisor is refused); the member comments; the chair opens voting; the member votes.
  caseId = (await caseInReview(tp, t)).id;
  expect((await tp.gql(CHILD, { id: caseId }, t.member1)).data!.case.child.name).toBe('Айгерім Сапарова');
  expect(codeOf(await tp.gql(CHILD, { id: caseId }, t.advisor))).toBe('FORBIDDEN');
  expect((await tp.gql(IDENTITY, { id: caseId }, t.secretary)).errors).toBeUndefined();
  await tp.gql('mutation($c: ID!) { addComment(caseId: $c, body: "Эпизоды систематические") { id } }', { c: caseId }, t.member1);
  const round = (await tp.gql('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: caseId }, t.chair)).data!.openVoting;
  const vote = await tp.gql('mutation($r: ID!, $f: [FindingInput!]) { castVote(roundId: $r, choice: CONFIRMED, findings: $f) { id } }', { r: round.id, f: ALL_MET }, t.member1);
  expect(vote.errors).toBeUndefined();
}, 60_000);
afterAll(() => tp?.close());

describe('caseAudit', () => {
  it('lists exactly the reads of personal data and the changes, newest first, with who, what and when', async () => {
    const page = await audit({ n: 200 });
    expect(page.edges.map((e) => line(e.node))).toEqual([
      'VOTE_CAST CHANGE member1',
      'VOTING_OPENED CHANGE chair',
      'CASE_STATUS_CHANGED CHANGE chair',
      'COMMENT_ADDED CHANGE member1',
      'PII_VIEWED PII_READ secretary APPLICANT',
      'PII_VIEWED PII_READ secretary CHILD',
      'PII_VIEWED PII_READ member1 CHILD',
      'CASE_STATUS_CHANGED CHANGE secretary',
      'CASE_STATUS_CHANGED CHANGE secretary',
      'CASE_REGISTERED CHANGE secretary',
    ]);
    // Each entry is the log's row: same seq, same time, same actor.
    const rows = (await logged(caseId)).filter((r) => r.kind !== 'audit.viewed').reverse();
    expect(page.edges.map((e) => [e.node.seq, new Date(e.node.at).getTime(), e.node.actor?.id])).toEqual(rows.map((r) => [r.seq, r.at.getTime(), r.actor_id]));
    const memberRead = page.edges[6].node;
    expect(memberRead).toMatchObject({ actor: { name: expect.any(String), role: 'MEMBER', agency: { name: expect.any(String) } }, requestId: expect.any(String) });
    expect(page.edges.map((e) => e.node.summary).slice(7, 10)).toEqual(['SCREENING → IN_REVIEW', 'REGISTERED → SCREENING', expect.stringMatching(/^KZ-\d{4}-\d{4}$/)]);
    expect(page.pageInfo).toEqual({ hasNextPage: false, endCursor: page.edges[9].cursor });
  });

  it('never carries personal data, and reading it is logged as audit.viewed, not as a read of personal data', async () => {
    const before = (await logged(caseId)).length;
    const r = await tp.gql(AUDIT, { c: caseId, n: 200 }, t.deputy);
    expect(JSON.stringify(r.data)).not.toMatch(/Айгерім|Гүлнар|Сапарова|\+7 701|Эпизоды/);
    const after = await logged(caseId);
    expect(after.slice(before).map((e) => [e.kind, e.actor_id])).toEqual([['audit.viewed', ids.deputy]]);
    // The deputy's read shows up for the chair, in its own category.
    const reads = await audit({ f: { kinds: ['AUDIT_READ'] } });
    expect(reads.edges[0].node).toMatchObject({ kind: 'AUDIT_VIEWED', category: 'AUDIT_READ', actor: { id: ids.deputy } });
  });

  it('filters by category, member and period', async () => {
    const pii = await audit({ f: { kinds: ['PII_READ'] } });
    expect(pii.edges.map((e) => line(e.node))).toEqual(['PII_VIEWED PII_READ secretary APPLICANT', 'PII_VIEWED PII_READ secretary CHILD', 'PII_VIEWED PII_READ member1 CHILD']);
    const changes = await audit({ f: { kinds: ['CHANGE'] }, n: 200 });
    expect(changes.edges.every((e) => e.node.category === 'CHANGE')).toBe(true);
    expect(changes.edges).toHaveLength(7);
    const byMember = await audit({ f: { actorId: ids.member1 } });
    expect(byMember.edges.map((e) => line(e.node))).toEqual(['VOTE_CAST CHANGE member1', 'COMMENT_ADDED CHANGE member1', 'PII_VIEWED PII_READ member1 CHILD']);
    const memberRead = pii.edges[2].node;
    const around = await audit({ f: { kinds: ['PII_READ'], from: memberRead.at, to: new Date(new Date(memberRead.at).getTime() + 1).toISOString() } });
    expect(around.edges.map((e) => e.node.seq)).toEqual([memberRead.seq]);
    expect((await audit({ f: { to: '2000-01-01T00:00:00Z' } })).edges).toEqual([]);
  });

  it('pages through the log with cursors, each entry once', async () => {
    const all = (await audit({ f: { kinds: ['PII_READ', 'CHANGE'] }, n: 200 })).edges.map((e) => e.node.seq);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page = await audit({ f: { kinds: ['PII_READ', 'CHANGE'] }, n: 3, a: after });
      seen.push(...page.edges.map((e) => e.node.seq));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(4);
    expect(seen).toEqual(all);
  });

  it.each([
    ['a page of 0', { n: 0 }],
    ['a page of 201', { n: 201 }],
    ['an empty period', { f: { from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' } }],
    ['an empty list of kinds', { f: { kinds: [] } }],
    ['a member id that is not an id', { f: { actorId: 'member1' } }],
    ['a forged cursor', { a: Buffer.from(JSON.stringify(['1 or 1=1'])).toString('base64url') }],
  ])('refuses %s as BAD_USER_INPUT', async (_what, vars) => {
    expect(codeOf(await tp.gql(AUDIT, { c: caseId, ...vars }, t.chair))).toBe('BAD_USER_INPUT');
  });

  it.each([['secretary'], ['member1'], ['advisor'], ['analyst'], ['admin']])('is FORBIDDEN to %s, and leaves no trace', async (role) => {
    const before = await tp.snapshot();
    expect(codeOf(await tp.gql(AUDIT, { c: caseId }, t[role]))).toBe('FORBIDDEN');
    expect(codeOf(await tp.gql(SUMMARY, { c: caseId }, t[role]))).toBe('FORBIDDEN');
    // Also for a case that does not exist: the refusal says nothing about which ids exist.
    expect(codeOf(await tp.gql(AUDIT, { c: '00000000-0000-4000-8000-000000000000' }, t[role]))).toBe('FORBIDDEN');
    expect(await tp.snapshot()).toEqual(before);
  });

  it.each([['00000000-0000-4000-8000-000000000000'], ['not-a-uuid']])('answers NOT_FOUND for an absent case %s', async (id) => {
    expect(codeOf(await tp.gql(AUDIT, { c: id }, t.chair))).toBe('NOT_FOUND');
    expect(codeOf(await tp.gql(SUMMARY, { c: id }, t.deputy))).toBe('NOT_FOUND');
  });
});

describe('caseAuditSummary', () => {
  it('names everyone who received the personal data, how often and when', async () => {
    const r = await tp.gql(SUMMARY, { c: caseId }, t.chair);
    expect(r.errors).toBeUndefined();
    const readers = r.data!.caseAuditSummary as AuditReader[];
    expect(readers.map((x) => [handle(x.actor.email), x.actor.role, x.reads, [...x.subjects].sort()])).toEqual([
      ['secretary', 'SECRETARY', 2, ['APPLICANT', 'CHILD']],
      ['member1', 'MEMBER', 1, ['CHILD']],
    ]);
    const reads = (await logged(caseId)).filter((e) => e.kind === 'pii.viewed' && e.actor_id === ids.secretary);
    expect([readers[0].firstAt, readers[0].lastAt].map((d: string) => new Date(d).getTime())).toEqual([reads[0].at.getTime(), reads[1].at.getTime()]);
  });
});

describe('the room\'s copy of the log', () => {
  const EVENTS = 'query($id: ID!) { case(id: $id) { events { kind } } }';
  it.each([['member1', false], ['advisor', false], ['secretary', false], ['chair', true], ['deputy', true]])(
    'for %s carries reads of personal data and of the audit: %s',
    async (role, shown) => {
      const kinds = ((await tp.gql(EVENTS, { id: caseId }, t[role])).data!.case.events as { kind: string }[]).map((e) => e.kind);
      expect(kinds).toContain('VOTE_CAST');
      expect(kinds.includes('PII_VIEWED')).toBe(shown);
      expect(kinds.includes('AUDIT_VIEWED')).toBe(shown);
    },
  );

  it('streams reads of personal data live to the chair only; a member\'s feed goes on without them', async () => {
    const FEED = 'subscription($id: ID!, $after: String) { caseEvents(caseId: $id, after: $after) { seq kind } }';
    const [chair, member] = [wsClient(tp.url, t.chair), wsClient(tp.url, t.member2)];
    const top = (await logged(caseId)).at(-1)!.seq;
    const chairFeed = collect<{ kind: string }>(chair, FEED, { id: caseId, after: top }, 'caseEvents');
    const memberFeed = collect<{ kind: string }>(member, FEED, { id: caseId, after: top }, 'caseEvents');
    try {
      await tp.gql(CHILD, { id: caseId }, t.member3);
      await tp.gql('mutation($c: ID!) { addComment(caseId: $c, body: "Согласен") { id } }', { c: caseId }, t.member3);
      expect((await chairFeed.until(2)).map((e) => e.kind)).toEqual(['PII_VIEWED', 'COMMENT_ADDED']);
      expect((await memberFeed.until(1)).map((e) => e.kind)).toEqual(['COMMENT_ADDED']);
    } finally {
      chairFeed.stop();
      memberFeed.stop();
      await Promise.all([chair.dispose(), member.dispose()]);
    }
  });
});
