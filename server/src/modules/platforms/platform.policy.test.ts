import { describe, expect, it } from 'vitest';
import { ALL_ROLES, Role } from '../../shared/role.js';
import { mayEditPlatforms } from './platform.policy.js';

describe('platform policy', () => {
  it.each(ALL_ROLES.map((role) => [role, role === Role.ADMIN] as const))('%s edits the registry: %s', (role, allowed) => {
    expect(mayEditPlatforms({ role })).toBe(allowed);
  });
});
