import { describe, expect, it } from 'vitest';
import { Role } from '../../shared/role.js';
import { ContentKind } from './case.enums.js';
import { mayChoosePrescriptionUrls } from './case.policy.js';
import { inPrescription, isAccountRoot, prescriptionUrls } from './prescription-urls.rules.js';

describe('isAccountRoot tells an account, channel or group from one piece of content', () => {
  it.each([
    ['https://vk.com/%E0%A4%A', true], // a malformed escape is read as written, never an error
    ['https://www.tiktok.com/@anon_school_15', true],
    ['https://www.tiktok.com/@anon_school_15/', true],
    ['https://www.tiktok.com/@anon_school_15/video/7345123456789012345', false],
    ['https://www.tiktok.com/@anon_school_15/video/', true], // the account's video tab, no video
    ['https://vm.tiktok.com/ZM123/', false],
    ['https://www.instagram.com/some.user/', true],
    ['https://www.instagram.com/some.user/reels/', true],
    ['https://www.instagram.com/p/C4xYz1AbCdE/?igsh=MW', false],
    ['https://www.instagram.com/reel/C4xYz1AbCdE/', false],
    ['https://t.me/almaty_school_gossip', true],
    ['https://t.me/s/almaty_school_gossip', true],
    ['https://t.me/almaty_school_gossip/1523', false],
    ['https://vk.com/id123456', true],
    ['https://vk.com/club42', true],
    ['https://vk.com/wall-1_2', false],
    ['https://vk.com/photo1_457239017', false],
    ['https://vk.com/club42?w=wall-42_7', false],
    ['https://www.youtube.com/@handle', true],
    ['https://www.youtube.com/@handle/videos', true],
    ['https://www.youtube.com/channel/UCabc', true],
    ['https://www.youtube.com/c/SomeName', true],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', false],
    ['https://www.youtube.com/shorts/abc123', false],
    ['https://youtu.be/dQw4w9WgXcQ', false],
    ['https://www.facebook.com/profile.php?id=1000', true],
    ['https://www.facebook.com/groups/school15', true],
    ['https://www.facebook.com/groups/school15/posts/99', false],
    ['https://x.com/someone', true],
    ['https://x.com/someone/status/1790000000000000000', false],
    ['https://example.kz', true],
    ['https://example.kz/forum/thread/17', false],
    ['not a url', false],
  ])('%s → %s', (url, root) => {
    expect(isAccountRoot(url)).toBe(root);
  });

  it.each([
    ['https://t.me/almaty_school_gossip/1523', ContentKind.PROFILE, true],
    ['https://www.tiktok.com/@anon', ContentKind.VIDEO, true],
    ['https://t.me/almaty_school_gossip/1523', ContentKind.MESSAGE, false],
    ['https://t.me/almaty_school_gossip/1523', null, false],
  ])('%s recorded as %s → %s (PROFILE makes a root)', (url, kind, root) => {
    expect(isAccountRoot(url, kind)).toBe(root);
  });
});

describe('inPrescription: the panel\'s choice, else content in and account roots out', () => {
  it.each([
    [null, false, true],
    [null, true, false],
    [true, true, true],
    [false, false, false],
    [true, false, true],
    [false, true, false],
  ] as const)('choice %s, account root %s → %s', (choice, root, included) => {
    expect(inPrescription(choice, root)).toBe(included);
  });
});

describe('prescriptionUrls', () => {
  it('lists each URL once, in order, a choice on any row winning over the default', () => {
    const rows = [
      { url: 'https://t.me/a/1', platformId: 't', contentKind: ContentKind.MESSAGE, inPrescription: null },
      { url: 'https://t.me/a', platformId: 't', contentKind: ContentKind.PROFILE, inPrescription: null },
      { url: 'https://t.me/a/1', platformId: 't', inPrescription: false },
      { url: 'https://vk.com/id1', platformId: 'v', inPrescription: true },
    ];
    expect(prescriptionUrls(rows)).toEqual([
      { url: 'https://t.me/a/1', platformId: 't', accountRoot: false, choice: false, included: false },
      { url: 'https://t.me/a', platformId: 't', accountRoot: true, choice: null, included: false },
      { url: 'https://vk.com/id1', platformId: 'v', accountRoot: true, choice: true, included: true },
    ]);
  });
});

describe('mayChoosePrescriptionUrls: the chair, the deputy or the secretary, not recused', () => {
  it.each([
    [Role.CHAIR, true],
    [Role.DEPUTY_CHAIR, true],
    [Role.SECRETARY, true],
    [Role.MEMBER, false],
    [Role.ADVISOR, false],
    [Role.ANALYST, false],
    [Role.ADMIN, false],
  ])('%s → %s (never when recused)', (role, may) => {
    const viewer = { id: 'v', name: 'V', role, agencyId: 'a' };
    expect(mayChoosePrescriptionUrls(viewer, { recused: false })).toBe(may);
    expect(mayChoosePrescriptionUrls(viewer, { recused: true })).toBe(false);
  });
});
