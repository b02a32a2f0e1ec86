import { describe, expect, it } from 'vitest';
import { matchPlatform } from './platform-match.js';

const registry = [
  { id: 'tiktok', hosts: ['tiktok.com', 'vm.tiktok.com'] },
  { id: 'instagram', hosts: ['instagram.com', 'instagr.am'] },
  { id: 'vk', hosts: ['vk.com', 'vk.ru'] },
  { id: 'telegram', hosts: ['t.me', 'telegram.org'] },
];

describe('matchPlatform picks the platform from the URL host', () => {
  it.each([
    ['https://www.tiktok.com/@user/video/1', 'tiktok'],
    ['https://vm.tiktok.com/ZM123/', 'tiktok'],
    ['http://INSTAGRAM.com/p/abc', 'instagram'],
    ['https://instagr.am/p/abc', 'instagram'],
    ['https://m.vk.com/wall-1_2', 'vk'],
    ['https://t.me/somechannel/15', 'telegram'],
    ['https://t.me./x', 'telegram'],
    ['https://notvk.com/page', null],
    ['https://vk.com.evil.kz/page', null],
    ['https://example.kz', null],
    ['not a url', null],
  ])('%s → %s', (url, expected) => {
    expect(matchPlatform(url, registry)?.id ?? null).toBe(expected);
  });
});
