import { describe, expect, it } from 'vitest';
import { Role } from '../../shared/role.js';
import { mayDeleteComment, mayDeliberate, mayEditComment } from './comment.policy.js';

const v = (role: Role, id = 'me') => ({ id, name: 'x', role, agencyId: 'a' });
const mine = { authorId: 'me', deleted: false };
const theirs = { authorId: 'other', deleted: false };
const gone = { authorId: 'me', deleted: true };

describe('comment policy', () => {
  it.each([
    [Role.CHAIR, true, true, true, true],
    [Role.DEPUTY_CHAIR, true, true, true, true],
    [Role.SECRETARY, true, true, true, false],
    [Role.MEMBER, true, true, true, false],
    [Role.ADVISOR, true, true, true, false],
    [Role.ANALYST, false, true, true, false],
    [Role.ADMIN, false, true, true, false],
  ])('%s: deliberate %s, edit own %s, delete own %s, delete others %s', (role, deliberate, editOwn, deleteOwn, deleteOthers) => {
    expect(mayDeliberate(v(role), { recused: false })).toBe(deliberate);
    expect(mayDeliberate(v(role), { recused: true })).toBe(false);
    expect(mayEditComment(v(role), mine)).toBe(editOwn);
    expect(mayEditComment(v(role), theirs)).toBe(false);
    expect(mayEditComment(v(role), gone)).toBe(false);
    expect(mayDeleteComment(v(role), mine)).toBe(deleteOwn);
    expect(mayDeleteComment(v(role), theirs)).toBe(deleteOthers);
    expect(mayDeleteComment(v(role), gone)).toBe(false);
  });
});
