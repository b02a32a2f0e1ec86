import { describe, it, expect } from 'vitest';
import { DomainError } from '../../shared/domain-error.js';
import { ChecklistCriterion, EpisodeChannel } from './case.enums.js';
import { checklistReasonRequired, computeChecklist, episodesWhileMinor, failingCriteria, isHttpUrl, type Checklist, type ChecklistInput } from './checklist.js';

/** An episode at a Kazakhstan local time, e.g. '2025-05-10 09:00'. */
const ep = (local: string, url = 'https://www.tiktok.com/@x/video/1') => ({
  occurredAt: new Date(`${local.replace(' ', 'T')}:00+05:00`),
  channel: EpisodeChannel.URL,
  url,
});
/** An episode through a channel without a URL (SMS, call, private message, other). */
const by = (channel: EpisodeChannel, local: string) => ({ ...ep(local), channel, url: null });

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
      'a first episode on the 18th birthday is an adult (and no episode counts)',
      input('2007-05-10', ep('2025-05-10 00:30'), ep('2025-05-11 10:00')),
      { childUnder18: false, twoOrMoreEpisodes: false, throughTelecomOrMedia: true, met: false },
    ],
    [
      'a first episode the day before the 18th birthday is a child',
      input('2007-05-10', ep('2025-05-09 23:30'), ep('2025-05-08 10:00')),
      { childUnder18: true, twoOrMoreEpisodes: true, throughTelecomOrMedia: true, met: true },
    ],
    [
      'the first episode counts even when listed last',
      input('2007-05-10', ep('2025-05-09 18:00'), ep('2025-05-09 10:00')),
      { childUnder18: true, twoOrMoreEpisodes: true, throughTelecomOrMedia: true, met: true },
    ],
    [
      'a leap-day birth is still 17 on 28 February of a common year',
      input('2008-02-29', ep('2026-02-28 12:00'), ep('2026-02-28 18:00')),
      { childUnder18: true, twoOrMoreEpisodes: true, throughTelecomOrMedia: true, met: true },
    ],
    [
      'a leap-day birth is 18 on 1 March of a common year',
      input('2008-02-29', ep('2026-03-01 12:00'), ep('2026-03-02 12:00')),
      { childUnder18: false, twoOrMoreEpisodes: false, throughTelecomOrMedia: true, met: false },
    ],
    [
      'an episode without a web address is not shown to be online',
      input('2012-04-01', ep('2025-05-10 09:00'), ep('2025-05-12 18:00', 'в школьном дворе')),
      { childUnder18: true, twoOrMoreEpisodes: true, throughTelecomOrMedia: false, met: false },
    ],
    [
      'a non-web scheme is not an http(s) address',
      input('2012-04-01', ep('2025-05-10 09:00'), ep('2025-05-12 18:00', 'tg://resolve?domain=x')),
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
      { childUnder18: false, twoOrMoreEpisodes: false, throughTelecomOrMedia: true, met: false },
    ],
    [
      'two episodes, the second after the 18th birthday, are not systematic',
      input('2007-05-10', ep('2025-05-09 10:00'), ep('2025-05-11 10:00')),
      { childUnder18: true, twoOrMoreEpisodes: false, throughTelecomOrMedia: true, met: false },
    ],
    [
      'three episodes, two of them while a minor, are systematic',
      input('2007-05-10', ep('2025-05-01 10:00'), ep('2025-05-09 10:00'), ep('2025-06-01 10:00')),
      { childUnder18: true, twoOrMoreEpisodes: true, throughTelecomOrMedia: true, met: true },
    ],
    [
      'an SMS and a call go through telecommunication networks and count as episodes',
      input('2012-04-01', by(EpisodeChannel.SMS, '2025-05-10 09:00'), by(EpisodeChannel.CALL, '2025-05-12 18:00')),
      { childUnder18: true, twoOrMoreEpisodes: true, throughTelecomOrMedia: true, met: true },
    ],
    [
      'a URL episode and a private message meet every criterion',
      input('2012-04-01', ep('2025-05-10 09:00'), by(EpisodeChannel.PRIVATE_MESSAGE, '2025-05-12 18:00')),
      { childUnder18: true, twoOrMoreEpisodes: true, throughTelecomOrMedia: true, met: true },
    ],
    [
      'an episode through another channel leaves media or telecom unknown',
      input('2012-04-01', ep('2025-05-10 09:00'), by(EpisodeChannel.OTHER, '2025-05-12 18:00')),
      { childUnder18: true, twoOrMoreEpisodes: true, throughTelecomOrMedia: null, met: false },
    ],
    [
      'a bad URL fails media or telecom even beside an unknown channel',
      input('2012-04-01', ep('2025-05-10 09:00', 'в школьном дворе'), by(EpisodeChannel.OTHER, '2025-05-12 18:00')),
      { childUnder18: true, twoOrMoreEpisodes: true, throughTelecomOrMedia: false, met: false },
    ],
    [
      'an SMS after the 18th birthday does not count toward two episodes',
      input('2007-05-10', ep('2025-05-09 10:00'), by(EpisodeChannel.SMS, '2025-05-11 10:00')),
      { childUnder18: true, twoOrMoreEpisodes: false, throughTelecomOrMedia: true, met: false },
    ],
  ])('%s', (_name, given, expected) => {
    expect(computeChecklist(given)).toEqual(expected);
  });

  it('refuses a malformed birth date', () => {
    expect(() => computeChecklist(input('10.05.2007', ep('2025-05-10 09:00')))).toThrow(DomainError);
  });
});

describe('failingCriteria', () => {
  const { CHILD_UNDER_18, SYSTEMATIC, MEDIA_OR_TELECOM } = ChecklistCriterion;
  it.each<[string, ChecklistInput, ChecklistCriterion[]]>([
    ['a file meeting every criterion fails none', input('2012-04-01', ep('2025-05-10 09:00'), ep('2025-05-12 18:00')), []],
    ['an adult fails age and (no episode while a minor) systematic', input('1990-01-01', ep('2025-05-10 09:00'), ep('2025-05-12 18:00')), [CHILD_UNDER_18, SYSTEMATIC]],
    ['one episode fails systematic', input('2012-04-01', ep('2025-05-10 09:00')), [SYSTEMATIC]],
    ['an unknown birth date fails age (not shown)', input(null, ep('2025-05-10 09:00'), ep('2025-05-12 18:00')), [CHILD_UNDER_18]],
    ['an unknown channel fails media or telecom (not shown)', input('2012-04-01', ep('2025-05-10 09:00'), by(EpisodeChannel.OTHER, '2025-05-12 18:00')), [MEDIA_OR_TELECOM]],
    ['no episodes fails every criterion', input('2012-04-01'), [CHILD_UNDER_18, SYSTEMATIC, MEDIA_OR_TELECOM]],
  ])('%s', (_name, given, expected) => {
    expect(failingCriteria(computeChecklist(given))).toEqual(expected);
  });

  it('names each failing criterion in the refusal, in three languages, with a stable reason', () => {
    const e = checklistReasonRequired([SYSTEMATIC, MEDIA_OR_TELECOM]);
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: { reason: 'CHECKLIST_REASON_REQUIRED', failing: [SYSTEMATIC, MEDIA_OR_TELECOM] } });
    const messages = e.extensions.messages as Record<string, string>;
    expect(messages.en).toMatch(/Fewer than two episodes.*mass media/);
    expect(messages.ru).toMatch(/Менее двух эпизодов.*СМИ/);
    expect(messages.kk).toMatch(/екіден аз эпизод.*бұқаралық ақпарат/);
  });
});

describe('episodesWhileMinor', () => {
  it.each<[string, string | null, string, boolean]>([
    ['an episode years before the 18th birthday counts', '2007-05-10', '2020-01-15 12:00', true],
    ['an episode the evening before the 18th birthday counts', '2007-05-10', '2025-05-09 23:59', true],
    ['an episode on the 18th birthday, just after midnight KZ time, does not count', '2007-05-10', '2025-05-10 00:01', false],
    ['an episode on the 18th birthday at noon does not count', '2007-05-10', '2025-05-10 12:00', false],
    ['an episode after the 18th birthday does not count', '2007-05-10', '2025-06-01 10:00', false],
    ['a leap-day child: 28 February of a common year counts', '2008-02-29', '2026-02-28 12:00', true],
    ['a leap-day child: 1 March of a common year does not count', '2008-02-29', '2026-03-01 00:30', false],
    // Unknown age is not proof of adulthood: the episode counts and CHILD_UNDER_18 stays unknown for the panel.
    ['an unknown birth date keeps the episode', null, '2025-05-10 12:00', true],
    ['a birth date after the episode (a data error) keeps the episode', '2026-01-01', '2025-05-10 12:00', true],
  ])('%s', (_name, birthDate, at, counts) => {
    expect(episodesWhileMinor(birthDate, [ep(at)]).length).toBe(counts ? 1 : 0);
  });

  it('judges the day in Kazakhstan, not UTC: 19:30 UTC the day before is already the birthday', () => {
    expect(episodesWhileMinor('2007-05-10', [{ occurredAt: new Date('2025-05-09T19:30:00Z') }])).toEqual([]);
    expect(episodesWhileMinor('2007-05-10', [{ occurredAt: new Date('2025-05-09T18:30:00Z') }]).length).toBe(1);
  });

  it('keeps the episodes that count, in their order', () => {
    const e = [ep('2025-05-01 10:00'), ep('2025-06-01 10:00'), ep('2025-05-09 10:00')];
    expect(episodesWhileMinor('2007-05-10', e)).toEqual([e[0], e[2]]);
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
