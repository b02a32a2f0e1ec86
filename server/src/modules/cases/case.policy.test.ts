import { describe, expect, it } from 'vitest';
import { Role } from '../../shared/role.js';
import { mayExtendDeadline, mayPreside, mayReadCase, mayRegister, maySeeIdentity, mayUploadEvidence, screeningMoves } from './case.policy.js';

const viewer = (role: Role) => ({ id: 'v', name: 'V', role, agencyId: 'a' });
const free = { recused: false };
const recused = { recused: true };

describe('case policy by role', () => {
  it.each([
    // role, read, identity, identity when recused, register, extend, upload
    [Role.CHAIR, true, true, false, true, true, true],
    [Role.DEPUTY_CHAIR, true, true, false, true, true, true],
    [Role.SECRETARY, true, true, false, true, false, true],
    [Role.MEMBER, true, true, false, false, false, true],
    [Role.ADVISOR, true, false, false, false, false, false],
    [Role.ANALYST, false, false, false, false, false, false],
    [Role.ADMIN, false, false, false, false, false, false],
  ])('%s: read %s, identity %s (recused %s), register %s, extend %s, upload %s', (role, read, id, idRecused, reg, ext, up) => {
    const v = viewer(role);
    expect(mayReadCase(v)).toBe(read);
    expect(maySeeIdentity(v, free)).toBe(id);
    expect(maySeeIdentity(v, recused)).toBe(idRecused);
    expect(mayRegister(v)).toBe(reg);
    expect(mayExtendDeadline(v, free)).toBe(ext);
    expect(mayExtendDeadline(v, recused)).toBe(false);
    expect(mayPreside(v, free)).toBe(ext);
    expect(mayPreside(v, recused)).toBe(false);
    expect(mayUploadEvidence(v, free)).toBe(up);
    expect(mayUploadEvidence(v, recused)).toBe(false);
  });
});

describe('screening moves offered to the viewer', () => {
  it.each([
    [Role.SECRETARY, 'REGISTERED', ['SCREENING', 'OUT_OF_SCOPE']],
    [Role.SECRETARY, 'SCREENING', ['IN_REVIEW', 'RETURNED', 'OUT_OF_SCOPE']],
    [Role.SECRETARY, 'RETURNED', ['SCREENING']],
    [Role.CHAIR, 'IN_REVIEW', ['OUT_OF_SCOPE']],
    [Role.SECRETARY, 'VOTING', []],
    [Role.SECRETARY, 'CLOSED', []],
    [Role.MEMBER, 'SCREENING', []],
    [Role.ADVISOR, 'REGISTERED', []],
  ] as const)('%s in %s may move to %j', (role, status, expected) => {
    expect(screeningMoves(viewer(role), status)).toEqual(expected);
  });
});
