import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationInput, REGISTER } from '../../test-support/factories.js';
import { startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { collect, wsClient } from '../../test-support/ws-client.js';

const FEED = 'subscription($id: ID!, $after: String) { caseEvents(caseId: $id, after: $after) { seq kind actor { name } payload details { __typename ... on CommentAddedDetails { commentId } } } }';
// The floor keys of the log's appends (migration event_watermark).
const FLOOR_BASE = '4611686018427387904';
interface Ev { seq: string; kind: string; payload: Record<string, unknown>; details: { __typename: string; commentId?: string } | null }

let tp: TestPlatform;
let secretary: string;
beforeAll(async () => {
  tp = await startTestPlatform();
  secretary = await tp.login('secretary@demo.kz');
});
afterAll(() => tp.close());

const register = async () => (await tp.gql(REGISTER, { input: applicationInput() }, secretary)).data!.registerApplication as { id: string };
const move = (id: string, name: string) => tp.gql(`mutation($id: ID!) { ${name}(caseId: $id) { status } }`, { id }, secretary);

describe('caseEvents', () => {
  it('replays after a seq, then streams new events in order, once each', async () => {
    const c = await register();
    const client = wsClient(tp.url, await tp.login('member1@demo.kz'));
    const feed = collect<Ev>(client, FEED, { id: c.id, after: '0' }, 'caseEvents');
    const [registered] = await feed.until(1);
    expect(registered.kind).toBe('CASE_REGISTERED');
    await move(c.id, 'startScreening');
    await move(c.id, 'acceptForReview');
    const events = await feed.until(3);
    expect(events.map((e) => e.payload.to ?? e.kind)).toEqual(['CASE_REGISTERED', 'SCREENING', 'IN_REVIEW']);
    expect(events.map((e) => BigInt(e.seq))).toEqual([...events.map((e) => BigInt(e.seq))].sort((a, b) => (a < b ? -1 : 1)));
    feed.stop();
    await client.dispose();
  });

  it('delivers every event to every subscriber of a case on one instance', async () => {
    const c = await register();
    const token = await tp.login('member2@demo.kz');
    const clients = Array.from({ length: 5 }, () => wsClient(tp.url, token));
    const feeds = clients.map((client) => collect<Ev>(client, FEED, { id: c.id }, 'caseEvents'));
    await new Promise((r) => setTimeout(r, 300));
    for (let i = 0; i < 10; i++) await tp.gql('mutation($c: ID!, $b: String!) { addComment(caseId: $c, body: $b) { id } }', { c: c.id, b: `#${i}` }, token);
    for (const feed of feeds) expect((await feed.until(10)).map((e) => e.seq)).toEqual((await feeds[0].until(10)).map((e) => e.seq));
    // The typed payload travels in the frame shared by the subscribers of one role, the same for each.
    const added = await feeds[0].until(10);
    expect(added.every((e) => e.details?.__typename === 'CommentAddedDetails' && e.details.commentId === e.payload.commentId)).toBe(true);
    for (const feed of feeds) expect((await feed.until(10)).map((e) => e.details)).toEqual(added.map((e) => e.details));
    await new Promise((r) => setTimeout(r, 200));
    expect(feeds.map((f) => f.items.length)).toEqual([10, 10, 10, 10, 10]);
    feeds.forEach((f) => f.stop());
    await Promise.all(clients.map((client) => client.dispose()));
  });

  it('gives a reconnecting subscriber exactly the events it missed', async () => {
    const c = await register();
    const token = await tp.login('chair@demo.kz');
    const first = wsClient(tp.url, token);
    const a = collect<Ev>(first, FEED, { id: c.id, after: '0' }, 'caseEvents');
    const [seen] = await a.until(1);
    a.stop();
    await first.dispose();
    await move(c.id, 'startScreening');
    await move(c.id, 'acceptForReview');
    const second = wsClient(tp.url, token);
    const b = collect<Ev>(second, FEED, { id: c.id, after: seen.seq }, 'caseEvents');
    const missed = await b.until(2);
    expect(missed.map((e) => e.payload.to)).toEqual(['SCREENING', 'IN_REVIEW']);
    await new Promise((r) => setTimeout(r, 300));
    expect(b.items).toHaveLength(2);
    b.stop();
    await second.dispose();
  });

  it.each([
    ['an unknown case', () => ({ id: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND'],
    ['`after` that is not a number', (id: string) => ({ id, after: 'abc' }), 'BAD_USER_INPUT'],
    ['`after` in the future', (id: string) => ({ id, after: '999999999999' }), 'BAD_USER_INPUT'],
  ])('refuses %s with a clear error', async (_w, vars, code) => {
    const c = await register();
    const client = wsClient(tp.url, secretary);
    const feed = collect<Ev>(client, FEED, vars(c.id), 'caseEvents');
    await feed.done;
    expect(JSON.stringify(feed.errors)).toContain(code);
    await client.dispose();
  });

  it('refuses an `after` above the watermark (an event still in flight, never sent), and takes it once that event is final', async () => {
    const c = await register();
    // An append held open: its seq is taken but not final, so no reader can have been sent it. A
    // stream started after it would skip it for good — were it a recusal, the recused would read on.
    const open = new pg.Client({ connectionString: tp.dbUrl });
    await open.connect();
    await open.query('begin');
    const { rows: [{ seq }] } = await open.query<{ seq: string }>('select case_event_append($1::jsonb) as seq', [
      JSON.stringify([{ caseId: c.id, kind: 'comment.deleted', actorId: null, payload: { commentId: '00000000-0000-4000-8000-000000000001' } }]),
    ]);
    const member = wsClient(tp.url, await tp.login('member1@demo.kz'));
    try {
      const early = collect<Ev>(member, FEED, { id: c.id, after: seq }, 'caseEvents');
      await early.done;
      expect(JSON.stringify(early.errors)).toContain('BAD_USER_INPUT');
      expect(JSON.stringify(early.errors)).toContain('could have received');
    } finally {
      await open.query('commit');
      await open.end();
    }
    const later = collect<Ev>(member, FEED, { id: c.id, after: seq }, 'caseEvents');
    await move(c.id, 'startScreening');
    const [next] = await later.until(1);
    expect(next.payload.to).toBe('SCREENING');
    expect(later.errors).toEqual([]);
    later.stop();
    await member.dispose();
  });

  it('takes an `after` it sent while an append registers a floor below it, once that append ends', async () => {
    // An append that read the last number before the member's timeline was read registers it as its
    // floor afterwards (case_event_append): the watermark stands below what the member was sent.
    const c = await register();
    const member = wsClient(tp.url, await tp.login('member1@demo.kz'));
    const { events } = (await tp.gql<{ case: { events: { seq: string }[] } }>('query($id: ID!) { case(id: $id) { events { seq } } }', { id: c.id }, secretary)).data!.case;
    const last = BigInt(events[events.length - 1].seq);
    const append = new pg.Client({ connectionString: tp.dbUrl });
    await append.connect();
    await append.query('begin');
    await append.query('select pg_advisory_xact_lock_shared($1::bigint + $2::bigint)', [FLOOR_BASE, String(last - 1n)]);
    try {
      const feed = collect<Ev>(member, FEED, { id: c.id, after: String(last) }, 'caseEvents');
      await new Promise((r) => setTimeout(r, 300));
      expect(feed.errors).toEqual([]);
      await append.query('commit');
      await move(c.id, 'startScreening');
      const [next] = await feed.until(1);
      expect(next.payload.to).toBe('SCREENING');
      expect(BigInt(next.seq)).toBeGreaterThan(last);
      expect(feed.errors).toEqual([]);
      feed.stop();
    } finally {
      await append.query('rollback').catch(() => undefined);
      await append.end();
      await member.dispose();
    }
  });

  it('refuses roles that may not read cases with FORBIDDEN, before looking the case up', async () => {
    const c = await register();
    const client = wsClient(tp.url, await tp.login('analyst@demo.kz'));
    const feed = collect<Ev>(client, FEED, { id: c.id }, 'caseEvents');
    await feed.done;
    expect(JSON.stringify(feed.errors)).toContain('FORBIDDEN');
    await client.dispose();
  });

  it('streams registrations and status changes of every case to open queues (panelEvents)', async () => {
    const client = wsClient(tp.url, await tp.login('deputy@demo.kz'));
    const feed = collect<Ev>(client, 'subscription { panelEvents { seq kind payload } }', {}, 'panelEvents');
    await new Promise((r) => setTimeout(r, 200));
    const c = await register();
    await move(c.id, 'startScreening');
    await tp.gql('mutation($c: ID!) { addComment(caseId: $c, body: "не для очереди") { id } }', { c: c.id }, secretary);
    const events = await feed.until(2);
    expect(events.map((e) => e.kind)).toEqual(['CASE_REGISTERED', 'CASE_STATUS_CHANGED']);
    await new Promise((r) => setTimeout(r, 300));
    expect(feed.items).toHaveLength(2);
    feed.stop();
    await client.dispose();
  });

  it('streams what changes who waits for a vote to open queues: a round opened, a vote, a recusal, the round closed', async () => {
    const chair = await tp.login('chair@demo.kz');
    const c = await register();
    await move(c.id, 'startScreening');
    await move(c.id, 'acceptForReview');
    const client = wsClient(tp.url, await tp.login('member1@demo.kz'));
    const feed = collect<Ev>(client, 'subscription { panelEvents { seq kind } }', {}, 'panelEvents');
    await new Promise((r) => setTimeout(r, 200));
    const opened = await tp.gql<{ openVoting: { id: string } }>('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: c.id }, chair);
    const round = opened.data!.openVoting.id;
    await tp.gql('mutation($r: ID!) { castVote(roundId: $r, choice: ABSTAIN) { id } }', { r: round }, await tp.login('member2@demo.kz'));
    await tp.gql('mutation($c: ID!) { declareConflict(caseId: $c, reason: "Родственник заявителя") { id } }', { c: c.id }, await tp.login('member3@demo.kz'));
    await tp.gql('mutation($c: ID!) { addComment(caseId: $c, body: "не для очереди") { id } }', { c: c.id }, secretary);
    const closed = await tp.gql('mutation($r: ID!) { closeVoting(roundId: $r) { id } }', { r: round }, chair);
    expect(closed.errors).toBeUndefined();
    // Opening the round also moves the case (a status change, streamed as before).
    const events = await feed.until(5);
    expect(events.map((e) => e.kind).filter((k) => k !== 'CASE_STATUS_CHANGED')).toEqual(['VOTING_OPENED', 'VOTE_CAST', 'MEMBER_RECUSED', 'VOTING_CLOSED']);
    await new Promise((r) => setTimeout(r, 300));
    expect(feed.items.map((e) => e.kind)).not.toContain('COMMENT_ADDED');
    feed.stop();
    await client.dispose();
  });

  it('keeps the unread count live in the inbox subscription', async () => {
    const c = await register();
    const member2 = await tp.login('member2@demo.kz');
    const client = wsClient(tp.url, member2);
    const inbox = collect<{ unreadCount: number; latest: { kind: string } | null }>(client, 'subscription { inbox { unreadCount latest { kind } } }', {}, 'inbox');
    const [first] = await inbox.until(1);
    await tp.gql('mutation($c: ID!) { addComment(caseId: $c, body: "@member2 взгляните") { id } }', { c: c.id }, await tp.login('member1@demo.kz'));
    const [, second] = await inbox.until(2);
    expect(second).toEqual({ unreadCount: first.unreadCount + 1, latest: { kind: 'mention' } });
    await tp.gql('mutation { markNotificationsRead }', {}, member2);
    const [, , third] = await inbox.until(3);
    expect(third.unreadCount).toBe(0);
    inbox.stop();
    await client.dispose();
  });

  it('resolves each event afresh: an edit arrives with the comment as edited', async () => {
    const c = await register();
    const member1 = await tp.login('member1@demo.kz');
    const client = wsClient(tp.url, member1);
    const feed = collect<{ kind: string; comment: { body: string } }>(client, 'subscription($id: ID!) { caseEvents(caseId: $id) { kind comment { body } } }', { id: c.id }, 'caseEvents');
    await new Promise((r) => setTimeout(r, 200));
    const id = (await tp.gql<{ addComment: { id: string } }>('mutation($c: ID!) { addComment(caseId: $c, body: "до") { id } }', { c: c.id }, member1)).data!.addComment.id;
    await feed.until(1);
    await tp.gql('mutation($id: ID!) { editComment(id: $id, body: "после") { id } }', { id }, member1);
    const [added, edited] = await feed.until(2);
    expect(added.kind).toBe('COMMENT_ADDED');
    expect(edited).toEqual({ kind: 'COMMENT_EDITED', comment: { body: 'после' } });
    feed.stop();
    await client.dispose();
  });

  it('stops a member who is deactivated mid-stream', async () => {
    const c = await register();
    const admin = await tp.login('admin@demo.kz');
    const member = await tp.login('member5@demo.kz');
    const me = await tp.gql('{ me { id } }', {}, member);
    const client = wsClient(tp.url, member);
    const feed = collect<Ev>(client, FEED, { id: c.id, after: '0' }, 'caseEvents');
    await feed.until(1);
    await tp.gql('mutation($id: ID!) { deactivateMember(id: $id) { active } }', { id: me.data!.me.id }, admin);
    await move(c.id, 'startScreening');
    await feed.done;
    expect(feed.items).toHaveLength(1);
    await client.dispose();
  });
});
