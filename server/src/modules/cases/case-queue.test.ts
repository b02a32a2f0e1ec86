import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInReview, demoTokens } from '../../test-support/scenarios.js';
import { applicationInput, REGISTER } from '../../test-support/factories.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import type { GqlAnswer } from '../../test-support/graphql-http.js';
import { CASE_STATUSES, isClockStopped, type CaseStatus } from './lifecycle.js';

let tp: TestPlatform;
let t: Record<string, string>;

const CASES = `query($first: Int, $after: String, $filter: CaseFilter, $sort: CaseSort) {
  cases(first: $first, after: $after, filter: $filter, sort: $sort) { totalCount edges { cursor region node { id number status receivedAt dueAt } } pageInfo { hasNextPage endCursor } } }`;
const COUNTS = `query($filter: CaseFilter) { caseQueueCounts(filter: $filter) { active finished all anyView waitingForMyVote mentionsMe myCases overdue } }`;
type Node = { id: string; number: string; status: string; receivedAt: string; dueAt: string };
type Edge = { cursor: string; region: string | null; node: Node };
type Page = { cases: { totalCount: number; edges: Edge[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
type Counts = { caseQueueCounts: Record<'active' | 'finished' | 'all' | 'anyView' | 'waitingForMyVote' | 'mentionsMe' | 'myCases' | 'overdue', number> };
type Filter = Record<string, unknown>;
type Sort = { field: string; direction: string };

const FINISHED = ['CLOSED', 'RETURNED', 'OUT_OF_SCOPE'];
/** Today's order: cases whose clock runs before those whose clock stopped, in both directions. */
const stopped = (e: Edge) => (isClockStopped(e.node.status as CaseStatus) ? 1 : 0);

/** Every case the query selects, page by page (`size` at a time), with the total the first page told. */
async function all(who: string, filter: Filter = {}, sort?: Sort, size = 7): Promise<{ total: number; edges: Edge[] }> {
  const edges: Edge[] = [];
  let after: string | null = null;
  let total = -1;
  do {
    const r: GqlAnswer<Page> = await tp.gql<Page>(CASES, { first: size, after, filter, sort }, t[who]);
    expect(r.errors).toBeUndefined();
    const { cases } = r.data!;
    if (total < 0) total = cases.totalCount;
    edges.push(...cases.edges);
    after = cases.pageInfo.hasNextPage ? cases.pageInfo.endCursor : null;
  } while (after);
  return { total, edges };
}
const ids = async (who: string, filter: Filter = {}) => (await all(who, filter, undefined, 100)).edges.map((e) => e.node.id);
const counts = async (who: string, filter: Filter = {}) => (await tp.gql<Counts>(COUNTS, { filter }, t[who])).data!.caseQueueCounts;
const openVoting = async (caseId: string) => (await tp.gql<{ openVoting: { id: string } }>('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: caseId }, t.chair)).data!.openVoting.id;
const abstain = (roundId: string, who: string) => tp.gql('mutation($r: ID!) { castVote(roundId: $r, choice: ABSTAIN) { id } }', { r: roundId }, t[who]);
const recuse = (caseId: string, who: string) => tp.gql('mutation($c: ID!) { declareConflict(caseId: $c, reason: "Родственник заявителя") { id } }', { c: caseId }, t[who]);
const comment = (caseId: string, who: string, body: string) => tp.gql('mutation($c: ID!, $b: String!) { addComment(caseId: $c, body: $b) { id } }', { c: caseId, b: body }, t[who]);

beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
});
afterAll(() => tp.close());

describe('the order of the queue', () => {
  it('shows active cases by default, nearest deadline first; finished ones only behind the state filter', async () => {
    const active = await all('member1');
    expect(active.edges.length).toBe(active.total);
    expect(active.edges.every((e) => !FINISHED.includes(e.node.status))).toBe(true);
    const dues = active.edges.map((e) => Date.parse(e.node.dueAt));
    const ranks = active.edges.map(stopped);
    // Cases with a running deadline first (nearest first), then decided ones, whose old deadlines stay behind them.
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks).toContain(0);
    expect(ranks).toContain(1);
    for (let i = 1; i < dues.length; i++) if (ranks[i] === ranks[i - 1]) expect(dues[i]).toBeGreaterThanOrEqual(dues[i - 1]);

    const finished = await all('member1', { state: 'FINISHED' });
    expect(finished.total).toBeGreaterThan(0);
    expect(finished.edges.every((e) => FINISHED.includes(e.node.status))).toBe(true);
    const everything = await all('member1', { state: 'ALL' });
    expect(everything.total).toBe(active.total + finished.total);
    expect(new Set(everything.edges.map((e) => e.node.id)).size).toBe(everything.total);
  });

  const key = (field: string, e: Edge): string | number => {
    if (field === 'DUE_AT') return Date.parse(e.node.dueAt);
    if (field === 'RECEIVED_AT') return Date.parse(e.node.receivedAt);
    if (field === 'STATUS') return CASE_STATUSES.indexOf(e.node.status as (typeof CASE_STATUSES)[number]);
    if (field === 'REGION') return e.region ?? '';
    return e.node.number;
  };
  const cmp = (a: string | number, b: string | number) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'en'));

  it.each(['DUE_AT', 'NUMBER', 'STATUS', 'RECEIVED_AT', 'REGION'].flatMap((field) => [[field, 'ASC'], [field, 'DESC']]))(
    'sorts by %s %s across pages, every case once, ties broken by id', async (field, direction) => {
      const { total, edges } = await all('chair', { state: 'ALL' }, { field, direction }, 4);
      expect(edges.length).toBe(total);
      expect(new Set(edges.map((e) => e.node.id)).size).toBe(total);
      const sign = direction === 'ASC' ? 1 : -1;
      for (let i = 1; i < edges.length; i++) {
        if (field === 'DUE_AT') {
          const rank = stopped(edges[i - 1]) - stopped(edges[i]);
          expect(rank, `running clocks first at ${i}`).toBeLessThanOrEqual(0);
          if (rank < 0) continue;
        }
        const c = sign * cmp(key(field, edges[i - 1]), key(field, edges[i]));
        expect(c, `${field} ${direction} at ${i}`).toBeLessThanOrEqual(0);
        if (c === 0) expect(sign * edges[i - 1].node.id.localeCompare(edges[i].node.id)).toBeLessThan(0);
      }
    },
  );

  it('gives the same order on a second read (stable)', async () => {
    const sort = { field: 'STATUS', direction: 'DESC' };
    const a = await all('chair', { state: 'ALL' }, sort, 100);
    const b = await all('chair', { state: 'ALL' }, sort, 5);
    expect(b.edges.map((e) => e.node.id)).toEqual(a.edges.map((e) => e.node.id));
  });
});

describe('the views', () => {
  it('"waiting for my vote": an open round for an eligible member who has not voted, and not once they voted', async () => {
    const c = await caseInReview(tp, t);
    expect(await ids('member1', { view: 'WAITING_FOR_MY_VOTE' })).not.toContain(c.id);
    const round = await openVoting(c.id);
    expect(await ids('member1', { view: 'WAITING_FOR_MY_VOTE' })).toContain(c.id);
    expect(await ids('chair', { view: 'WAITING_FOR_MY_VOTE' })).toContain(c.id);
    await abstain(round, 'member1');
    expect(await ids('member1', { view: 'WAITING_FOR_MY_VOTE' })).not.toContain(c.id);
    expect(await ids('member2', { view: 'WAITING_FOR_MY_VOTE' })).toContain(c.id);
  });

  it('"waiting for my vote" leaves out a member who recused, before or after the round opened, and roles that do not vote', async () => {
    const before = await caseInReview(tp, t);
    await recuse(before.id, 'member4');
    await openVoting(before.id);
    const after = await caseInReview(tp, t);
    await openVoting(after.id);
    expect(await ids('member5', { view: 'WAITING_FOR_MY_VOTE' })).toContain(after.id);
    await recuse(after.id, 'member5');
    expect(await ids('member4', { view: 'WAITING_FOR_MY_VOTE' })).not.toContain(before.id);
    expect(await ids('member5', { view: 'WAITING_FOR_MY_VOTE' })).not.toContain(after.id);
    expect((await counts('member5', { view: 'WAITING_FOR_MY_VOTE' })).waitingForMyVote).toBe((await ids('member5', { view: 'WAITING_FOR_MY_VOTE' })).length);
    for (const who of ['secretary', 'advisor']) expect(await ids(who, { view: 'WAITING_FOR_MY_VOTE' })).toEqual([]);
  });

  it('"mentions me": a case with an unread mention of the viewer, gone once it is read', async () => {
    const c = await caseInReview(tp, t);
    await comment(c.id, 'member1', '@member2 посмотрите второй эпизод');
    expect(await ids('member2', { view: 'MENTIONS_ME' })).toContain(c.id);
    expect(await ids('member3', { view: 'MENTIONS_ME' })).not.toContain(c.id);
    await tp.gql('mutation { markNotificationsRead }', {}, t.member2);
    expect(await ids('member2', { view: 'MENTIONS_ME' })).not.toContain(c.id);
  });

  it('"my cases": registered by the viewer or with a comment of theirs; a deleted comment or a recusal takes it out', async () => {
    const c = await caseInReview(tp, t);
    expect(await ids('secretary', { view: 'MY_CASES' })).toContain(c.id);
    expect(await ids('member3', { view: 'MY_CASES' })).not.toContain(c.id);
    const id = (await comment(c.id, 'member3', 'Согласен с оценкой')).data!.addComment.id;
    expect(await ids('member3', { view: 'MY_CASES' })).toContain(c.id);
    await tp.gql('mutation($id: ID!) { deleteComment(id: $id) { id } }', { id }, t.member3);
    expect(await ids('member3', { view: 'MY_CASES' })).not.toContain(c.id);
    await comment(c.id, 'advisor', 'Справка приложена');
    expect(await ids('advisor', { view: 'MY_CASES' })).toContain(c.id);
    await recuse(c.id, 'advisor');
    expect(await ids('advisor', { view: 'MY_CASES' })).not.toContain(c.id);
  });

  it('hides the region of a case the viewer recused from, and still lists the case', async () => {
    const c = await caseInReview(tp, t);
    await recuse(c.id, 'member2');
    const mine = (await all('member2', {}, undefined, 100)).edges.find((e) => e.node.id === c.id)!;
    expect(mine.region).toBeNull();
    const theirs = (await all('member1', {}, undefined, 100)).edges.find((e) => e.node.id === c.id)!;
    expect(theirs.region).toBe('ASTANA');
  });
});

describe('the counts', () => {
  it.each([['chair'], ['member1'], ['secretary'], ['advisor']])('for %s, each count is the total of the list it names', async (who) => {
    const search = { search: 'KZ-' };
    const n = await counts(who, search);
    const total = async (filter: Filter) => (await tp.gql<Page>(CASES, { first: 1, filter: { ...search, ...filter } }, t[who])).data!.cases.totalCount;
    expect(n).toEqual({
      active: await total({ state: 'ACTIVE' }),
      finished: await total({ state: 'FINISHED' }),
      all: await total({ state: 'ALL' }),
      anyView: await total({}),
      waitingForMyVote: await total({ view: 'WAITING_FOR_MY_VOTE' }),
      mentionsMe: await total({ view: 'MENTIONS_ME' }),
      myCases: await total({ view: 'MY_CASES' }),
      overdue: await total({ overdue: true }),
    });
    expect(n.all).toBe(n.active + n.finished);
  });

  it('counts the states within the chosen view and statuses', async () => {
    const n = await counts('secretary', { view: 'MY_CASES', status: ['SCREENING', 'RETURNED'] });
    const total = async (filter: Filter) => (await tp.gql<Page>(CASES, { first: 1, filter: { view: 'MY_CASES', ...filter } }, t.secretary)).data!.cases.totalCount;
    expect(n.active).toBe(await total({ status: ['SCREENING'] }));
    expect(n.finished).toBe(await total({ status: ['RETURNED'] }));
    expect(n.all).toBe(await total({ status: ['SCREENING', 'RETURNED'] }));
  });

  it.each([['analyst'], ['admin']])('%s, who cannot list cases, cannot count them either', async (who) => {
    expect(codeOf(await tp.gql(COUNTS, {}, t[who]))).toBe('FORBIDDEN');
    expect(codeOf(await tp.gql(CASES, { filter: { view: 'MY_CASES' } }, t[who]))).toBe('FORBIDDEN');
  });
});

describe('bad input', () => {
  it.each([
    ['an unknown sort column', { sort: { field: 'CHILD_NAME', direction: 'ASC' } }],
    ['an unknown direction', { sort: { field: 'NUMBER', direction: 'SIDEWAYS' } }],
    ['an unknown view', { filter: { view: 'EVERYTHING' } }],
    ['an unknown state', { filter: { state: 'DELETED' } }],
    ['a finished status in the active state', { filter: { state: 'ACTIVE', status: ['CLOSED'] } }],
    ['an active status in the finished state', { filter: { state: 'FINISHED', status: ['VOTING'] } }],
    ['search text past 200 characters', { filter: { search: 'x'.repeat(201) } }],
  ])('refuses %s with BAD_USER_INPUT, in words, and changes nothing', async (_what, variables) => {
    const before = await tp.snapshot();
    const r = await tp.gql(CASES, { first: 5, ...variables }, t.chair);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message.length).toBeGreaterThan(10);
    expect(await tp.snapshot()).toEqual(before);
  });

  it('names the statuses outside the state, in kk, ru and en', async () => {
    const r = await tp.gql(COUNTS, { filter: { state: 'ACTIVE', status: ['SCREENING', 'OUT_OF_SCOPE'] } }, t.chair);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.details).toEqual({ state: 'ACTIVE', statuses: ['OUT_OF_SCOPE'] });
    expect(Object.keys(r.errors![0].extensions!.messages as object).sort()).toEqual(['en', 'kk', 'ru']);
  });

  it('refuses a cursor of another sort or direction, and a forged one', async () => {
    const first = (await tp.gql<Page>(CASES, { first: 2, sort: { field: 'NUMBER', direction: 'ASC' } }, t.chair)).data!.cases.pageInfo.endCursor;
    expect(codeOf(await tp.gql(CASES, { first: 2, after: first, sort: { field: 'NUMBER', direction: 'DESC' } }, t.chair))).toBe('BAD_USER_INPUT');
    expect(codeOf(await tp.gql(CASES, { first: 2, after: first }, t.chair))).toBe('BAD_USER_INPUT');
    const forged = Buffer.from(JSON.stringify(['NUMBER', 'ASC', "x' or 1=1 --", 'not-a-uuid'])).toString('base64url');
    expect(codeOf(await tp.gql(CASES, { first: 2, after: forged, sort: { field: 'NUMBER', direction: 'ASC' } }, t.chair))).toBe('BAD_USER_INPUT');
  });
});

describe('search', () => {
  it('finds a case by text in any state and counts it', async () => {
    const c = (await tp.gql<{ registerApplication: { id: string } }>(REGISTER, { input: applicationInput({ description: 'Очередь-поиск-5521 травля' }) }, t.secretary)).data!.registerApplication;
    expect(await ids('chair', { search: 'поиск-5521' })).toEqual([c.id]);
    expect(await counts('chair', { search: 'поиск-5521' })).toMatchObject({ active: 1, finished: 0, all: 1, myCases: 0 });
    expect((await counts('secretary', { search: 'поиск-5521' })).myCases).toBe(1);
  });
});
