// The room broadcaster on a real server: frames written straight to the sockets keep graphql-ws's
// protocol (one `next` per event and subscription, `complete` when the viewer loses access), the
// resume-by-`after` guarantee, and what each role may read of an event.
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { caseInReview, demoTokens } from '../../test-support/scenarios.js';

interface Message { id?: string; type: string; payload?: { data?: { caseEvents?: { seq: string; kind: string; comment?: { body: string } | null } }; message?: string; extensions?: { code?: string } }[] | { data?: unknown } }
interface Ev { seq: string; kind: string; comment?: { body: string } | null }

const FEED = 'subscription($id: ID!, $after: String) { caseEvents(caseId: $id, after: $after) { seq kind comment { body } } }';
const COMMENT = 'mutation($c: ID!, $b: String!) { addComment(caseId: $c, body: $b) { id } }';
const CHILD = 'Алёна Жумабекова';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let tp: TestPlatform;
let t: Record<string, string>;
beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
}, 60_000);
afterAll(() => tp?.close());

/** A raw graphql-ws socket, signed in: every message it receives, as text and parsed, in order. */
async function rawSocket(token: string) {
  const ws = new WebSocket(`${tp.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const texts: string[] = [];
  const messages: Message[] = [];
  const listeners = new Set<() => void>();
  ws.on('message', (m, isBinary) => {
    expect(isBinary).toBe(false); // graphql-ws's frames are text
    texts.push(String(m));
    messages.push(JSON.parse(String(m)) as Message);
    for (const l of listeners) l();
  });
  await new Promise((resolve) => ws.once('open', resolve));
  ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  const until = (done: () => boolean, ms = 10_000) => new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => { listeners.delete(check); reject(new Error(`timed out; received ${JSON.stringify(messages)}`)); }, ms);
    const check = () => { if (done()) { clearTimeout(timer); listeners.delete(check); resolve(); } };
    listeners.add(check);
    check();
  });
  await until(() => messages.some((m) => m.type === 'connection_ack'));
  const of = (id: string) => messages.filter((m) => m.id === id);
  const events = (id: string): Ev[] => of(id).filter((m) => m.type === 'next').map((m) => (m.payload as { data: { caseEvents: Ev } }).data.caseEvents);
  return {
    texts,
    of,
    events,
    subscribe: (id: string, variables: Record<string, unknown>, q = FEED) => ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query: q, variables } })),
    complete: (id: string) => ws.send(JSON.stringify({ id, type: 'complete' })),
    untilEvents: (id: string, n: number) => until(() => events(id).length >= n),
    until,
    close: () => ws.close(),
  };
}

const seqsOf = async (caseId: string) =>
  (await query<{ seq: string }>(tp.dbUrl, `select seq::text from case_event where case_id = $1 and kind not in ('pii.viewed', 'pii.disclosed') order by seq`, [caseId])).map((r) => r.seq);

/** Waits until at least `n` more live streams (and the room's shared tail) are open on the instance than `before`; returns the count. */
async function subscribed(before: number, n: number): Promise<number> {
  for (const end = Date.now() + 10_000; tp.platform.feed.subscriberCount < before + n && Date.now() < end;) await sleep(20);
  expect(tp.platform.feed.subscriberCount).toBeGreaterThanOrEqual(before + n);
  return tp.platform.feed.subscriberCount;
}

/** Waits until the instance's count of live streams is at most `n`. */
async function atMost(n: number) {
  for (const end = Date.now() + 5_000; tp.platform.feed.subscriberCount > n && Date.now() < end;) await sleep(20);
  expect(tp.platform.feed.subscriberCount).toBeLessThanOrEqual(n);
}

describe('the room broadcaster', () => {
  it('writes one `next` frame per event to each subscription, the same bytes but for the id', async () => {
    const c = await caseInReview(tp, t);
    const before = tp.platform.feed.subscriberCount;
    const a = await rawSocket(t.member1);
    const b = await rawSocket(t.member2);
    a.subscribe('one', { id: c.id });
    a.subscribe('two', { id: c.id });
    b.subscribe('one', { id: c.id });
    await subscribed(before, 3);
    for (let i = 0; i < 3; i++) await tp.gql(COMMENT, { c: c.id, b: `Заметка ${i}` }, t.member3);
    await Promise.all([a.untilEvents('one', 3), a.untilEvents('two', 3), b.untilEvents('one', 3)]);
    await sleep(300);
    const frames = (s: typeof a, id: string) => s.texts.filter((x) => x.startsWith(`{"id":"${id}","type":"next"`));
    for (const [s, id] of [[a, 'one'], [a, 'two'], [b, 'one']] as const) {
      expect(frames(s, id)).toHaveLength(3);
      expect(s.events(id).map((e) => e.comment?.body)).toEqual(['Заметка 0', 'Заметка 1', 'Заметка 2']);
    }
    // Byte for byte graphql-ws's message: the payload part is the same text on every socket.
    expect(frames(a, 'two')).toEqual(frames(a, 'one').map((x) => x.replace('{"id":"one"', '{"id":"two"')));
    expect(frames(b, 'one')).toEqual(frames(a, 'one'));
    expect(JSON.stringify(JSON.parse(frames(a, 'one')[0]))).toBe(frames(a, 'one')[0]);
    a.close();
    b.close();
  });

  it('resumes with `after`: replay, then live, every event once and in order', async () => {
    const c = await caseInReview(tp, t);
    await tp.gql(COMMENT, { c: c.id, b: 'До подписки' }, t.member2);
    const first = await rawSocket(t.member1);
    first.subscribe('s', { id: c.id, after: '0' });
    await first.untilEvents('s', 4); // registered, screening, review, the comment
    await tp.gql(COMMENT, { c: c.id, b: 'Вживую' }, t.member2);
    await first.untilEvents('s', 5);
    first.close();
    const received = first.events('s');
    // Missed while away, then more while the replay is read.
    for (let i = 0; i < 3; i++) await tp.gql(COMMENT, { c: c.id, b: `Пока не было ${i}` }, t.member2);
    const second = await rawSocket(t.member1);
    second.subscribe('s', { id: c.id, after: received.at(-1)!.seq });
    const writes = (async () => { for (let i = 0; i < 3; i++) await tp.gql(COMMENT, { c: c.id, b: `Снова ${i}` }, t.member3); })();
    await writes;
    const expected = await seqsOf(c.id);
    await second.untilEvents('s', expected.length - received.length);
    await sleep(300);
    expect([...received, ...second.events('s')].map((e) => e.seq)).toEqual(expected);
    second.close();
  });

  it('stops writing to a subscription the client completed, and only to it', async () => {
    const c = await caseInReview(tp, t);
    const before = tp.platform.feed.subscriberCount;
    const s = await rawSocket(t.member1);
    s.subscribe('kept', { id: c.id });
    s.subscribe('done', { id: c.id });
    await subscribed(before, 2);
    await tp.gql(COMMENT, { c: c.id, b: 'Первая' }, t.member2);
    await Promise.all([s.untilEvents('kept', 1), s.untilEvents('done', 1)]);
    const open = tp.platform.feed.subscriberCount; // both streams are live: each has had its event
    s.complete('done');
    await atMost(open - 1);
    await tp.gql(COMMENT, { c: c.id, b: 'Вторая' }, t.member2);
    await s.untilEvents('kept', 2);
    await sleep(300);
    expect(s.events('done')).toHaveLength(1);
    expect(s.of('done').map((m) => m.type)).toEqual(['next']); // a client's complete is not answered
    s.close();
    await atMost(before); // the last stream and the room's tail are gone
  });

  it('ends the feed of a member who recuses after their recusal, with `complete`, and refuses it again', async () => {
    const c = await caseInReview(tp, t);
    const before = tp.platform.feed.subscriberCount;
    const recusing = await rawSocket(t.member4);
    const other = await rawSocket(t.member1);
    recusing.subscribe('r', { id: c.id });
    other.subscribe('o', { id: c.id });
    await subscribed(before, 2);
    await tp.gql('mutation($c: ID!) { declareConflict(caseId: $c, reason: "Родственник заявителя") { id } }', { c: c.id }, t.member4);
    await recusing.until(() => recusing.of('r').some((m) => m.type === 'complete'));
    await tp.gql(COMMENT, { c: c.id, b: 'После самоотвода' }, t.member2);
    await other.untilEvents('o', 2);
    await sleep(300);
    expect(recusing.of('r').map((m) => m.type)).toEqual(['next', 'complete']);
    expect(recusing.events('r').map((e) => e.kind)).toEqual(['MEMBER_RECUSED']);
    expect(other.events('o').map((e) => e.kind)).toEqual(['MEMBER_RECUSED', 'COMMENT_ADDED']);
    // Refused as the subscription is set up: a `next` with the error, then `complete`.
    recusing.subscribe('again', { id: c.id });
    await recusing.until(() => recusing.of('again').some((m) => m.type === 'complete'));
    const [refusal] = recusing.of('again');
    expect(refusal.type).toBe('next');
    expect((refusal.payload as { errors?: { extensions?: { code?: string } }[] }).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    recusing.close();
    other.close();
  });

  it('masks the identity for the advisor and not for the panel, in one room at once', async () => {
    const c = await caseInReview(tp, t, { child: { name: CHILD, birthDate: '2012-04-15', region: 'ASTANA', school: 'школа № 7' } });
    const before = tp.platform.feed.subscriberCount;
    const advisor = await rawSocket(t.advisor);
    const member = await rawSocket(t.member1);
    const member2 = await rawSocket(t.member2);
    for (const s of [advisor, member, member2]) s.subscribe('f', { id: c.id });
    await subscribed(before, 3);
    await tp.gql(COMMENT, { c: c.id, b: `Поговорили с ${CHILD}` }, t.member3);
    await Promise.all([advisor, member, member2].map((s) => s.untilEvents('f', 1)));
    expect(member.events('f')[0].comment?.body).toBe(`Поговорили с ${CHILD}`);
    expect(member2.events('f')[0].comment?.body).toBe(`Поговорили с ${CHILD}`);
    expect(advisor.events('f')[0].comment?.body).toContain('***');
    expect(advisor.events('f')[0].comment?.body).not.toMatch(/Алён|Жумабеков/);
    for (const s of [advisor, member, member2]) s.close();
  });
});
