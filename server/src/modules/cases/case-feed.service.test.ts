import { describe, expect, it } from 'vitest';
import type { Context } from '../../shared/context.js';
import type { CaseEvent } from '../../shared/events/case-event.entity.js';
import type { MemberStatus } from '../members/member-status.cache.js';
import { Role } from '../../shared/role.js';
import { stillAllowed } from './case-feed.service.js';

const viewer = { id: 'm1', name: 'Member', role: Role.MEMBER, agencyId: 'a1' };
const event = (kind: string, payload: Record<string, unknown> = {}) => ({ seq: '1', kind, payload }) as unknown as CaseEvent;
const tick = event('comment.added');

/** A status cache that counts its look-ups; `status` is what the next look-up finds. */
function statuses(initial: MemberStatus | null) {
  const cache = { version: 0, lookups: 0, status: initial, get: async (_id: string) => { cache.lookups += 1; return cache.status; } };
  return cache;
}

const active = (role = Role.MEMBER): MemberStatus => ({ active: true, role, name: 'Member', agencyId: 'a1' });

describe('stillAllowed (asked before every batch of a live case feed)', () => {
  it('looks the viewer up once, then admits batches at once while the status cache has not changed', async () => {
    const cache = statuses(active());
    const allowed = stillAllowed({ deps: { memberStatus: cache } } as unknown as Context, viewer);
    expect(await allowed([tick])).toEqual({ deliver: 1, end: false });
    expect(allowed([tick, tick])).toEqual({ deliver: 2, end: false }); // no promise: nothing to wait for
    expect(cache.lookups).toBe(1);
  });

  it.each([
    ['deactivated', { ...active(), active: false }],
    ['made an analyst', active(Role.ANALYST)],
    ['deleted', null],
  ])('looks again once the cache changed, and ends the feed of a member %s', async (_what, status) => {
    const cache = statuses(active());
    const allowed = stillAllowed({ deps: { memberStatus: cache } } as unknown as Context, viewer);
    await allowed([tick]);
    cache.status = status;
    cache.version += 1; // the account's change was logged: the cache was cleared
    expect(await allowed([tick])).toEqual({ deliver: 0, end: true });
    expect(cache.lookups).toBe(2);
  });

  it('delivers a recusal of the viewer and nothing after it, even without a new look-up', async () => {
    const cache = statuses(active());
    const allowed = stillAllowed({ deps: { memberStatus: cache } } as unknown as Context, viewer);
    await allowed([tick]);
    const batch = [tick, event('member.recused', { memberId: 'm2' }), event('member.recused', { memberId: 'm1' }), tick];
    expect(allowed(batch)).toEqual({ deliver: 3, end: true });
  });
});
