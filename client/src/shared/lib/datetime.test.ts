import { describe, expect, it } from 'vitest';
import { dueDisplayInstant, formatDueTime } from './datetime';

// Kazakhstan is UTC+5: 19:00Z is midnight there.
const IN_2026 = new Date('2026-06-01T06:00:00Z');

describe('dueDisplayInstant', () => {
  it.each([
    ['midnight in Kazakhstan is the end of the day before', '2026-12-09T19:00:00.000Z', '2026-12-09T18:59:00.000Z'],
    ['a due time within the first minute of a day too', '2026-12-09T19:00:30.000Z', '2026-12-09T18:59:00.000Z'],
    ['one minute past midnight stays', '2026-12-09T19:01:00.000Z', '2026-12-09T19:01:00.000Z'],
    ['23:59 stays', '2026-12-09T18:59:00.000Z', '2026-12-09T18:59:00.000Z'],
    ['UTC midnight is 05:00 in Kazakhstan: stays', '2026-12-10T00:00:00.000Z', '2026-12-10T00:00:00.000Z'],
    ['an afternoon time stays', '2026-12-10T09:30:00.000Z', '2026-12-10T09:30:00.000Z'],
  ])('%s', (_, due, shown) => {
    expect(dueDisplayInstant(new Date(due)).toISOString()).toBe(shown);
  });
});

describe('formatDueTime', () => {
  it.each([
    ['ru', '2026-12-09T19:00:00Z', '9 дек., 23:59'],
    ['kk', '2026-12-09T19:00:00Z', '9 жел., 23:59'],
    ['en', '2026-12-09T19:00:00Z', '9 Dec, 23:59'],
    // A non-midnight time keeps its time, on Kazakhstan's clock whatever the machine's zone.
    ['ru', '2026-12-10T04:30:00Z', '10 дек., 09:30'],
    ['en', '2026-12-10T04:30:00Z', '10 Dec, 09:30'],
    ['ru', '2026-12-09T19:01:00Z', '10 дек., 00:01'],
    ['ru', '2026-12-10T00:00:00Z', '10 дек., 05:00'],
    // The end of the year is shown in that year: no year, as it is this year's.
    ['ru', '2026-12-31T19:00:00Z', '31 дек., 23:59'],
  ])('%s %s → %s', (language, iso, text) => {
    expect(formatDueTime(iso, language, IN_2026)).toBe(text);
  });

  it.each([
    ['ru', '9 дек. 2026 г., 23:59'],
    ['kk', '2026 ж. 9 жел., 23:59'],
    ['en', '9 Dec 2026, 23:59'],
  ])('shows the year of a due time in another year (%s)', (language, text) => {
    expect(formatDueTime('2026-12-09T19:00:00Z', language, new Date('2027-01-05T00:00:00Z'))).toBe(text);
  });

  it('shows a dash for no due time and the text itself for a malformed one', () => {
    expect(formatDueTime(null, 'ru', IN_2026)).toBe('—');
    expect(formatDueTime('not a date', 'ru', IN_2026)).toBe('not a date');
  });
});
