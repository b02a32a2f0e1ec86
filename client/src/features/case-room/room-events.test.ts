import { describe, expect, it } from 'vitest';
import type { CaseEventKind } from '../../shared/api/enums';
import type { CaseEvent } from '../case-file/operations';
import type { ThreadComment } from './operations';
import { resumeAfter } from './room-events';

const COMMENT_DETAILS = { COMMENT_ADDED: 'CommentAddedDetails', COMMENT_EDITED: 'CommentEditedDetails', COMMENT_DELETED: 'CommentDeletedDetails' } as const;

const event = (seq: string, kind: CaseEventKind, commentId?: string): CaseEvent => ({
  seq,
  kind,
  at: '2026-03-02T09:00:00.000Z',
  actor: null,
  details: commentId && kind in COMMENT_DETAILS ? { __typename: COMMENT_DETAILS[kind as keyof typeof COMMENT_DETAILS], commentId } : null,
});

const thread = (...comments: { id: string; edits?: number; deleted?: boolean }[]): ThreadComment[] =>
  comments.map(({ id, edits = 0, deleted = false }) => ({
    id,
    body: deleted ? null : 'x',
    deleted,
    deletedAt: null,
    deletedBy: null,
    author: { id: 'm', name: 'M', role: 'MEMBER', agency: { id: 'a', name: 'A', nameKk: 'A', nameRu: 'A', nameEn: 'A', kind: 'NGO' } },
    parentId: null,
    postedAt: '2026-03-02T09:00:00.000Z',
    editedAt: null,
    revisions: Array.from({ length: edits }, (_, i) => ({ id: `r${i}`, body: 'old', replacedAt: '2026-03-02T09:00:00.000Z' })),
    mentions: [],
    viewerCan: { edit: false, delete: false },
    replies: [],
  }));

describe('resumeAfter starts the feed where the loaded thread stops being current', () => {
  const events = [event('3', 'CASE_REGISTERED'), event('7', 'COMMENT_ADDED', 'c1'), event('9', 'PII_VIEWED'), event('12', 'COMMENT_EDITED', 'c1'), event('15', 'COMMENT_DELETED', 'c1')];
  it.each([
    ['thread current: after the last event', thread({ id: 'c1', deleted: true }), '15'],
    ['the deletion is missing from the thread', thread({ id: 'c1', edits: 1 }), '12'],
    ['the edit is missing from the thread', thread({ id: 'c1' }), '9'],
    ['the comment is missing from the thread', thread(), '3'],
  ])('%s', (_name, comments, expected) => {
    expect(resumeAfter(events, comments)).toBe(expected);
  });

  it('starts from the beginning when the first event is the one missed', () => {
    expect(resumeAfter([event('5', 'COMMENT_ADDED', 'c9')], thread())).toBe('0');
  });

  it('ignores events without a comment id and reads seqs as numbers', () => {
    expect(resumeAfter([event('10', 'CASE_STATUS_CHANGED'), event('9', 'PII_VIEWED')], thread())).toBe('10');
  });
});
