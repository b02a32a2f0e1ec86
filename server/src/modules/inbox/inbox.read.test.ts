import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationInput, REGISTER } from '../../test-support/factories.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';

// A mention seen in the case room is marked read by its notification's id (the client finds the
// viewer's unread mentions of the case and marks those whose comment was on screen).
let tp: TestPlatform;
const t: Record<string, string> = {};
const ADD = 'mutation($c: ID!, $b: String!) { addComment(caseId: $c, body: $b) { id } }';
const UNREAD = '{ unreadNotificationCount notifications(unreadOnly: true) { id kind readAt case { id } comment { id } } }';
const MARK = 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }';
type Unread = { unreadNotificationCount: number; notifications: { id: string; kind: string; readAt: string | null; case: { id: string }; comment: { id: string } | null }[] };

beforeAll(async () => {
  tp = await startTestPlatform();
  for (const r of ['secretary', 'member1', 'member2']) t[r] = await tp.login(`${r}@demo.kz`);
});
afterAll(() => tp.close());

const newCase = async () => (await tp.gql<{ registerApplication: { id: string } }>(REGISTER, { input: applicationInput() }, t.secretary)).data!.registerApplication.id;

describe('marking mentions read when seen', () => {
  it('marks only the given mentions, only the viewer\'s own, and a second time changes nothing', async () => {
    const [a, b] = [await newCase(), await newCase()];
    const inA = (await tp.gql<{ addComment: { id: string } }>(ADD, { c: a, b: '@member2, посмотрите эпизод 1.' }, t.member1)).data!.addComment.id;
    await tp.gql(ADD, { c: b, b: '@member2, и здесь тоже.' }, t.member1);
    const before = (await tp.gql<Unread>(UNREAD, {}, t.member2)).data!;
    expect(before.unreadNotificationCount).toBe(2);
    const seen = before.notifications.filter((n) => n.kind === 'mention' && n.case.id === a && n.comment?.id === inA);
    expect(seen).toHaveLength(1);

    // Someone else cannot mark member2's mention read: nothing changes.
    expect((await tp.gql(MARK, { ids: [seen[0].id] }, t.member1)).data!.markNotificationsRead).toBe(0);
    expect((await tp.gql<Unread>(UNREAD, {}, t.member2)).data!.unreadNotificationCount).toBe(2);

    // member2 saw the comment in case A: that mention is read, the one in case B is not.
    expect((await tp.gql(MARK, { ids: [seen[0].id] }, t.member2)).data!.markNotificationsRead).toBe(1);
    const after = (await tp.gql<Unread>(UNREAD, {}, t.member2)).data!;
    expect(after.unreadNotificationCount).toBe(1);
    expect(after.notifications.map((n) => n.case.id)).toEqual([b]);

    // Seeing it again (another tab, a repeated request) changes nothing.
    expect((await tp.gql(MARK, { ids: [seen[0].id] }, t.member2)).data!.markNotificationsRead).toBe(0);
    expect((await tp.gql<Unread>(UNREAD, {}, t.member2)).data!.unreadNotificationCount).toBe(1);
  });

  it('refuses ids that are not ids, and changes nothing', async () => {
    const c = await newCase();
    await tp.gql(ADD, { c, b: '@member2 взгляните.' }, t.member1);
    const before = (await tp.gql<Unread>(UNREAD, {}, t.member2)).data!.unreadNotificationCount;
    const answer = await tp.gql(MARK, { ids: ['not-an-id'] }, t.member2);
    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    expect((await tp.gql<Unread>(UNREAD, {}, t.member2)).data!.unreadNotificationCount).toBe(before);
  });
});
