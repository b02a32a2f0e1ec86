import { describe, expect, it } from 'vitest';
import { groupByPlatform } from './prescription-draft.js';

describe('groupByPlatform', () => {
  it.each([
    [[], []],
    [[{ url: 'a', platformId: 'tt' }, { url: 'b', platformId: 'ig' }, { url: 'c', platformId: 'tt' }], [{ platformId: 'tt', urls: ['a', 'c'] }, { platformId: 'ig', urls: ['b'] }]],
    [[{ url: 'a', platformId: 'tt' }, { url: 'a', platformId: 'tt' }], [{ platformId: 'tt', urls: ['a'] }]],
    [[{ url: 'x', platformId: null }, { url: 'y', platformId: null }], [{ platformId: null, urls: ['x', 'y'] }]],
  ])('%j → %j', (input, expected) => {
    expect(groupByPlatform(input)).toEqual(expected);
  });
});
