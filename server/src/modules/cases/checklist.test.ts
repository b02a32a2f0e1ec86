import { describe, it, expect } from 'vitest';
import { DomainError } from '../../shared/domain-error.js';
import { computeChecklist, isHttpUrl, type Checklist, type ChecklistInput } from './checklist.js';

/** An episode at a Kazakhstan local time, e.g. '2025-05-10 09:00'. */
const ep = (local: string, url = 'https://www.tiktok.com/@x/video/1', platformId: string | null = 'tiktok') => ({
  occurredAt: new Date(`${local.replace(' ', 'T')}:00+05:00`),
  url,
  platformId,
});

const input = (childBirthDate: string | null, ...episodes: ChecklistInput['episodes']): ChecklistInput => ({
  childBirthDate,
  episodes,
});

describe('computeChecklist', () => {
  it.each<[string, ChecklistInput, Checklist]>([
    [
      'a child with two online episodes meets every criterion',
      input('2012-04-01', ep('2025-05-10 09:00'), ep('2025-05-12 18:00')),
      { childUnder18: true, twoOrMoreEpisodes: true, throughTelecomOrMedia: true, met: true },
    ],
    [
      'one episode is not systematic',
      input('2012-04-01', ep('2025-05-10 09:00')),
      { childUnder18: true, twoOrMoreEpisodes: false, throughTelecomOrMedia: true, met: false },
    ],
    [
      'no episodes leaves age and channel unknown',
      input('2012-04-01'),
      { childUnder18: null, twoOrMoreEpisodes: false, throughTelecomOrMedia: null, met: false },
    ],
    [
      'a missing birth date leaves age unknown',
      input(null, ep('2025-05-10 09:00'), ep('2025-05-12 18:00')),
      { childUnder18: null, twoOrMoreEpisodes: true, throughTelecomOrMedia: true, met: false },
    ],
    [
      'a first episode on the 18th birthday is an adult',
      input('2007-05-10', ep('2025-05-10 00:30'), ep('2025-05-11 10:00')),
      { childUnder18: false, twoOrMoreEpisodes: true, throughTelecomOrMedia: true, met: false },
    ],
    [
      'a first episode the day before the 18th birthday is a child',
      input('2007-05-10', ep('2025-05-09 23:30'), ep('2025-05-11 10:00')),
      { childUnder18: true, twoOrMoreEpisodes: true, throughTelecomOrMedia: true, met: true },
    ],
    [
      'the first episode counts even when listed last',
      input('2007-05-10', ep('2025-06-01 10:00'), ep('2025-05-09 10:00')),
      { childUnder18: true, twoOrMoreEpisodes: true, throughTelecomOrMedia: true, met: true },
    ],
    [
      'a leap-day birth is still 17 on 28 February of a common year',
      input('2008-02-29', ep('2026-02-28 12:00'), ep('2026-03-02 12:00')),
      { childUnder18: true, twoOrMoreEpisodes: true, throughTelecomOrMedia: true, met: true },
    ],
    [
      'a leap-day birth is 18 on 1 March of a common year',
      input('2008-02-29', ep('2026-03-01 12:00'), ep('2026-03-02 12:00')),
      { childUnder18: false, twoOrMoreEpisodes: true, throughTelecomOrMedia: true, met: false },
    ],
    [
      'an episode without a web address is not shown to be online',
      input('2012-04-01', ep('2025-05-10 09:00'), ep('2025-05-12 18:00', 'в школьном дворе', null)),
      { childUnder18: true, twoOrMoreEpisodes: true, throughTelecomOrMedia: false, met: false },
    ],
    [
      'a non-web scheme is not an http(s) address',
      input('2012-04-01', ep('2025-05-10 09:00'), ep('2025-05-12 18:00', 'tg://resolve?domain=x', 'telegram')),
      { childUnder18: true, twoOrMoreEpisodes: true, throughTelecomOrMedia: false, met: false },
    ],
    [
      'a birth date after the first episode is treated as unknown',
      input('2026-01-01', ep('2025-05-10 09:00'), ep('2025-05-12 18:00')),
      { childUnder18: null, twoOrMoreEpisodes: true, throughTelecomOrMedia: true, met: false },
    ],
    [
      'many episodes still need a child',
      input('1990-01-01', ep('2025-05-10 09:00'), ep('2025-05-11 09:00'), ep('2025-05-12 09:00')),
      { childUnder18: false, twoOrMoreEpisodes: true, throughTelecomOrMedia: true, met: false },
    ],
  ])('%s', (_name, given, expected) => {
    expect(computeChecklist(given)).toEqual(expected);
  });

  it('refuses a malformed birth date', () => {
    expect(() => computeChecklist(input('10.05.2007', ep('2025-05-10 09:00')))).toThrow(DomainError);
  });
});

describe('isHttpUrl', () => {
  it.each([
    ['https://www.instagram.com/p/abc/', true],
    ['http://vk.com/id1', true],
    ['HTTPS://T.ME/channel/5', true],
    ['https://例え.jp/path', true],
    ['https://127.0.0.1:8080/x', true],
    ['ftp://example.com/file', false],
    ['tg://resolve?domain=x', false],
    ['javascript:alert(1)', false],
    ['mailto:a@b.kz', false],
    ['www.tiktok.com/@x', false],
    ['https://', false],
    ['', false],
    ['not a url', false],
  ])('%s is an http(s) URL: %s', (s, expected) => {
    expect(isHttpUrl(s)).toBe(expected);
  });
});
