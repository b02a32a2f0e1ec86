import { describe, expect, it } from 'vitest';
import { mentionTargets } from './mentions-seen.rules';

const CASE = 'c1';
const note = (id: string, over: Partial<{ kind: string; readAt: string | null; caseId: string; commentId: string | null }> = {}) => ({
  id,
  kind: over.kind ?? 'mention',
  readAt: over.readAt ?? null,
  case: { id: over.caseId ?? CASE },
  comment: over.commentId === null ? null : { id: over.commentId ?? `comment-of-${id}` },
});

describe('mentionTargets', () => {
  it.each([
    ['an unread mention in this case', [note('n1')], [{ notificationId: 'n1', commentId: 'comment-of-n1' }]],
    ['a mention already read', [note('n1', { readAt: '2026-12-01T10:00:00Z' })], []],
    ['a mention in another case', [note('n1', { caseId: 'c2' })], []],
    ['a deadline notification of this case', [note('n1', { kind: 'prescription.deadline', commentId: null })], []],
    ['several, in order', [note('n1'), note('n2', { caseId: 'c2' }), note('n3')], [
      { notificationId: 'n1', commentId: 'comment-of-n1' },
      { notificationId: 'n3', commentId: 'comment-of-n3' },
    ]],
  ])('%s', (_, notifications, targets) => {
    expect(mentionTargets(notifications, CASE)).toEqual(targets);
  });
});
