import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationInput, REGISTER } from '../../test-support/factories.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';

let tp: TestPlatform;
const t: Record<string, string> = {};
const ADD = 'mutation($c: ID!, $b: String!, $p: ID) { addComment(caseId: $c, body: $b, parentId: $p) { id body parentId author { name } mentions { name } } }';
const EDIT = 'mutation($id: ID!, $b: String!) { editComment(id: $id, body: $b) { id body editedAt revisions { body } } }';
const DELETE = 'mutation($id: ID!) { deleteComment(id: $id) { id body deleted deletedBy { name } } }';
const THREAD = 'query($id: ID!) { case(id: $id) { comments { id body deleted replies { id body parentId } } } }';
const newCase = async () => (await tp.gql<{ registerApplication: { id: string } }>(REGISTER, { input: applicationInput() }, t.secretary)).data!.registerApplication.id as string;

beforeAll(async () => {
  tp = await startTestPlatform();
  for (const r of ['chair', 'secretary', 'member1', 'member2', 'member4', 'advisor', 'analyst', 'admin']) t[r] = await tp.login(`${r}@demo.kz`);
});
afterAll(() => tp.close());

describe('the case room thread', () => {
  it('holds comments with one level of replies; a reply to a reply joins its thread', async () => {
    const c = await newCase();
    const root = (await tp.gql(ADD, { c, b: 'Эпизоды систематические.' }, t.member1)).data!.addComment;
    const reply = (await tp.gql(ADD, { c, b: 'Согласна.', p: root.id }, t.member4)).data!.addComment;
    const nested = (await tp.gql(ADD, { c, b: 'И я.', p: reply.id }, t.advisor)).data!.addComment;
    expect(nested.parentId).toBe(root.id);
    const thread = (await tp.gql(THREAD, { id: c }, t.member2)).data!.case.comments;
    expect(thread).toEqual([{ id: root.id, body: 'Эпизоды систематические.', deleted: false, replies: [
      { id: reply.id, body: 'Согласна.', parentId: root.id },
      { id: nested.id, body: 'И я.', parentId: root.id },
    ] }]);
  });

  it('keeps the history of edits and leaves a tombstone on delete; each is an event', async () => {
    const c = await newCase();
    const comment = (await tp.gql(ADD, { c, b: 'Первая версия' }, t.member1)).data!.addComment;
    const edited = (await tp.gql(EDIT, { id: comment.id, b: 'Вторая версия' }, t.member1)).data!.editComment;
    expect(edited).toMatchObject({ body: 'Вторая версия', revisions: [{ body: 'Первая версия' }] });
    expect(edited.editedAt).toBeTruthy();
    const deleted = (await tp.gql(DELETE, { id: comment.id }, t.chair)).data!.deleteComment;
    expect(deleted).toMatchObject({ body: null, deleted: true, deletedBy: { name: 'Әсел Нұрланқызы' } });
    const events = await tp.gql<{ case: { events: { kind: string; comment: { id: string; deleted: boolean } | null }[] } }>(
      'query($id: ID!) { case(id: $id) { events { kind comment { id deleted } } } }', { id: c }, t.member1);
    const kinds = events.data!.case.events.filter((e) => e.kind.startsWith('COMMENT_'));
    expect(kinds.map((e) => e.kind)).toEqual(['COMMENT_ADDED', 'COMMENT_EDITED', 'COMMENT_DELETED']);
    expect(kinds[0].comment).toEqual({ id: comment.id, deleted: true });
  });

  it('notifies mentioned members in their inbox, once, and lets them mark it read', async () => {
    const c = await newCase();
    const comment = (await tp.gql<{ addComment: { id: string; mentions: { name: string }[] } }>(ADD, { c, b: '@member2 и @Member4, посмотрите эпизод 2. @member2' }, t.member1)).data!.addComment;
    expect(comment.mentions.map((m) => m.name).sort()).toEqual(['Гүлмира Әлиева', 'Мария Иванова']);
    const inbox = await tp.gql('{ unreadNotificationCount notifications(unreadOnly: true) { id kind case { id } comment { id } } }', {}, t.member2);
    expect(inbox.data!.unreadNotificationCount).toBe(1);
    expect(inbox.data!.notifications[0]).toMatchObject({ kind: 'mention', case: { id: c }, comment: { id: comment.id } });
    // Editing does not notify again those already mentioned.
    await tp.gql(EDIT, { id: comment.id, b: '@member2 и @member4, посмотрите эпизоды 1 и 2.' }, t.member1);
    expect((await tp.gql('{ unreadNotificationCount }', {}, t.member2)).data!.unreadNotificationCount).toBe(1);
    expect((await tp.gql('mutation { markNotificationsRead }', {}, t.member2)).data!.markNotificationsRead).toBe(1);
    expect((await tp.gql('{ unreadNotificationCount }', {}, t.member2)).data!.unreadNotificationCount).toBe(0);
  });

  it.each([
    ['a comment of 100 000 characters', 'member1', (c: string) => [ADD, { c, b: 'я'.repeat(100_000) }], 'BAD_USER_INPUT', /at most 10000/],
    ['an empty comment', 'member1', (c: string) => [ADD, { c, b: '   ' }], 'BAD_USER_INPUT', /Write something/],
    ['a comment from an analyst', 'analyst', (c: string) => [ADD, { c, b: 'x' }], 'FORBIDDEN', /./],
    ['a comment from an admin', 'admin', (c: string) => [ADD, { c, b: 'x' }], 'FORBIDDEN', /./],
    ['a comment on an unknown case', 'member1', () => [ADD, { c: '00000000-0000-4000-8000-000000000000', b: 'x' }], 'NOT_FOUND', /./],
  ])('refuses %s and changes nothing', async (_w, role, doc, code, message) => {
    const c = await newCase();
    const before = await tp.snapshot();
    const [query, vars] = doc(c) as [string, Record<string, unknown>];
    const r = await tp.gql(query, vars, t[role]);
    expect(codeOf(r)).toBe(code);
    expect(r.errors![0].message).toMatch(message);
    expect(await tp.snapshot()).toEqual(before);
  });

  it('refuses a reply to a comment of another case, editing or deleting someone else\'s comment; nothing changes', async () => {
    const [a, b] = [await newCase(), await newCase()];
    const other = (await tp.gql(ADD, { c: a, b: 'В деле A' }, t.member1)).data!.addComment;
    const before = await tp.snapshot();
    const reply = await tp.gql(ADD, { c: b, b: 'ответ', p: other.id }, t.member1);
    expect(codeOf(reply)).toBe('BAD_USER_INPUT');
    expect(reply.errors![0].extensions!.messages).toMatchObject({ ru: expect.stringMatching(/не относится к этому делу/) });
    expect(codeOf(await tp.gql(EDIT, { id: other.id, b: 'чужое' }, t.member4))).toBe('FORBIDDEN');
    expect(codeOf(await tp.gql(DELETE, { id: other.id }, t.member4))).toBe('FORBIDDEN');
    expect(codeOf(await tp.gql(EDIT, { id: 'nope', b: 'x' }, t.member1))).toBe('NOT_FOUND');
    expect(await tp.snapshot()).toEqual(before);
  });
});
