import { describe, expect, it } from 'vitest';
import type { RoomComment, ThreadComment } from './operations';
import { fresher, initialThread, threadEntries, threadReducer, type PendingComment, type ThreadState } from './thread.state';

const ME = 'm-1';
const OTHER = 'm-2';

function comment(id: string, over: Partial<RoomComment> = {}): RoomComment {
  return {
    id,
    body: `text ${id}`,
    deleted: false,
    deletedAt: null,
    deletedBy: null,
    author: { id: OTHER, name: 'Other', role: 'MEMBER', agency: { id: 'a', name: 'Agency', nameKk: 'Agency', nameRu: 'Agency', nameEn: 'Agency', kind: 'NGO' } },
    parentId: null,
    postedAt: `2026-03-02T09:00:0${id.length % 10}.000Z`,
    editedAt: null,
    revisions: [],
    mentions: [],
    viewerCan: { edit: false, delete: false },
    ...over,
  };
}

const revision = (n: number) => ({ id: `r${n}`, body: `old ${n}`, replacedAt: `2026-03-02T10:0${n}:00.000Z` });

function pending(tempId: string, body: string, parentId: string | null = null): PendingComment {
  return { tempId, body, parentId, createdAt: '2026-03-02T09:00:00.000Z', status: 'sending', error: null };
}

const run = (state: ThreadState, ...actions: Parameters<typeof threadReducer>[1][]) => actions.reduce(threadReducer, state);
const ids = (state: ThreadState) =>
  threadEntries(state).flatMap((e) => [e.item, ...e.replies].map((i) => (i.kind === 'comment' ? i.comment.id : i.pending.tempId)));

describe('fresher keeps the later state of a comment, whatever arrives first', () => {
  const plain = comment('c');
  const edited = comment('c', { body: 'new', editedAt: '2026-03-02T10:00:00.000Z', revisions: [revision(1)] });
  const editedTwice = comment('c', { body: 'newer', editedAt: '2026-03-02T10:05:00.000Z', revisions: [revision(1), revision(2)] });
  const deleted = comment('c', { body: null, deleted: true, deletedAt: '2026-03-02T11:00:00.000Z' });
  it.each([
    ['an edit beats the original', plain, edited, edited],
    ['the original does not undo an edit', edited, plain, edited],
    ['a later edit beats an earlier one', edited, editedTwice, editedTwice],
    ['an earlier edit does not undo a later one', editedTwice, edited, editedTwice],
    ['a deletion beats an edit', editedTwice, deleted, deleted],
    ['an edit answered late does not resurrect a deleted comment', deleted, edited, deleted],
  ])('%s', (_name, known, incoming, expected) => {
    expect(fresher(known, incoming)).toBe(expected);
  });
});

describe('threadReducer', () => {
  it('shows each comment once, however often it arrives', () => {
    const top: ThreadComment = { ...comment('a'), replies: [comment('b', { parentId: 'a' })] };
    const state = run(initialThread(ME), { type: 'merge', comments: [top] }, { type: 'merge', comments: [comment('b', { parentId: 'a' })] }, { type: 'merge', comments: [top] });
    expect(ids(state)).toEqual(['a', 'b']);
  });

  it('puts replies under their thread, oldest first, and pending ones last in their place', () => {
    const state = run(
      initialThread(ME),
      { type: 'merge', comments: [comment('a', { postedAt: '2026-03-02T09:00:00.000Z' }), comment('z', { postedAt: '2026-03-02T09:05:00.000Z' })] },
      { type: 'merge', comments: [comment('r2', { parentId: 'a', postedAt: '2026-03-02T09:07:00.000Z' }), comment('r1', { parentId: 'a', postedAt: '2026-03-02T09:06:00.000Z' })] },
      { type: 'queued', pending: pending('p-reply', 'hi', 'a') },
      { type: 'queued', pending: pending('p-top', 'hello') },
    );
    const entries = threadEntries(state);
    expect(entries.map((e) => (e.item.kind === 'comment' ? e.item.comment.id : e.item.pending.tempId))).toEqual(['a', 'z', 'p-top']);
    expect(entries[0].replies.map((r) => (r.kind === 'comment' ? r.comment.id : r.pending.tempId))).toEqual(['r1', 'r2', 'p-reply']);
  });

  it('replaces a pending comment by the server one when addComment answers', () => {
    const state = run(initialThread(ME), { type: 'queued', pending: pending('p1', 'hello') }, { type: 'sent', tempId: 'p1', comment: comment('c1', { body: 'hello', author: { ...comment('x').author, id: ME } }) });
    expect(ids(state)).toEqual(['c1']);
  });

  it('lets the feed claim our pending comment when its event comes before the answer', () => {
    const mine = comment('c1', { body: 'hello', author: { ...comment('x').author, id: ME } });
    const state = run(initialThread(ME), { type: 'queued', pending: pending('p1', ' hello ') }, { type: 'merge', comments: [mine] });
    expect(ids(state)).toEqual(['c1']);
    expect(ids(threadReducer(state, { type: 'sent', tempId: 'p1', comment: mine }))).toEqual(['c1']);
  });

  it('does not let one answer take away another pending comment with the same text', () => {
    const mine = comment('c1', { body: 'ok', author: { ...comment('x').author, id: ME } });
    const state = run(initialThread(ME), { type: 'queued', pending: pending('p1', 'ok') }, { type: 'queued', pending: pending('p2', 'ok') }, { type: 'sent', tempId: 'p1', comment: mine });
    expect(ids(state)).toEqual(['c1', 'p2']);
  });

  it('does not claim a pending comment with someone else’s comment of the same text', () => {
    const state = run(initialThread(ME), { type: 'queued', pending: pending('p1', 'ok') }, { type: 'merge', comments: [comment('c1', { body: 'ok' })] });
    expect(ids(state)).toEqual(['c1', 'p1']);
  });

  it('keeps a failed comment with its error until it is sent again or discarded', () => {
    const error = new Error('offline');
    let state = run(initialThread(ME), { type: 'queued', pending: pending('p1', 'hello') }, { type: 'failed', tempId: 'p1', error });
    expect(state.pending[0]).toMatchObject({ status: 'failed', error });
    state = threadReducer(state, { type: 'resent', tempId: 'p1' });
    expect(state.pending[0]).toMatchObject({ status: 'sending', error: null });
    expect(threadReducer(state, { type: 'discarded', tempId: 'p1' }).pending).toEqual([]);
  });

  it('keeps a deleted comment (a tombstone) and its replies', () => {
    const state = run(
      initialThread(ME),
      { type: 'merge', comments: [{ ...comment('a'), replies: [comment('b', { parentId: 'a' })] }] },
      { type: 'merge', comments: [comment('a', { body: null, deleted: true, deletedAt: '2026-03-02T12:00:00.000Z' })] },
    );
    expect(ids(state)).toEqual(['a', 'b']);
    expect(state.byId.a.deleted).toBe(true);
  });
});
