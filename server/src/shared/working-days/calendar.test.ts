import { describe, it, expect } from 'vitest';
import { DomainError } from '../domain-error.js';
import {
  addCalendarDays,
  ageOn,
  endOfLocalDay,
  KZ_OFFSET_MINUTES,
  localDate,
  WorkingCalendar,
  type CalendarDay,
} from './calendar.js';

const errorCode = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return error instanceof DomainError ? error.code : 'NOT_A_DOMAIN_ERROR';
  }
  return undefined;
};

// A small calendar: New Year holidays, the 2025 transfer (Fri 3 Jan off, Sun 5 Jan worked), a weekday WORKING_DAY.
const DAYS: CalendarDay[] = [
  { date: '2025-01-01', kind: 'HOLIDAY', name: 'Новый год' },
  { date: '2025-01-02', kind: 'HOLIDAY', name: 'Новый год' },
  { date: '2025-01-03', kind: 'DAY_OFF', name: 'Перенос' },
  { date: '2025-01-05', kind: 'WORKING_DAY', name: 'Рабочее воскресенье' },
  { date: '2025-01-07', kind: 'HOLIDAY', name: 'Рождество' },
  { date: '2025-01-08', kind: 'WORKING_DAY', name: 'Будний день, указанный явно' },
];
const cal = new WorkingCalendar(DAYS);

describe('KZ_OFFSET_MINUTES', () => {
  it('is UTC+5, the single Kazakhstan zone since March 2024', () => {
    expect(KZ_OFFSET_MINUTES).toBe(300);
  });
});

describe('localDate', () => {
  it.each([
    ['2025-03-20T18:30:00Z', '2025-03-20', '23:30 local stays on the same day'],
    ['2025-03-20T18:59:59.999Z', '2025-03-20', 'the last millisecond before local midnight'],
    ['2025-03-20T19:00:00Z', '2025-03-21', 'local midnight starts the next day'],
    ['2025-03-20T19:30:00Z', '2025-03-21', '00:30 local is already the next day'],
    ['2024-12-31T19:00:00Z', '2025-01-01', 'local New Year arrives at 19:00 UTC'],
    ['2024-02-29T12:00:00Z', '2024-02-29', 'a leap day'],
    ['2025-06-06T00:00:00Z', '2025-06-06', 'UTC midnight is 05:00 local'],
  ])('%s is local date %s (%s)', (instant, expected) => {
    expect(localDate(new Date(instant))).toBe(expected);
  });

  it('refuses an invalid instant', () => {
    expect(errorCode(() => localDate(new Date('nonsense')))).toBe('BAD_USER_INPUT');
  });
});

describe('endOfLocalDay', () => {
  it.each([
    ['2025-03-20', '2025-03-20T19:00:00.000Z'],
    ['2025-12-31', '2025-12-31T19:00:00.000Z'],
    ['2024-02-29', '2024-02-29T19:00:00.000Z'],
    ['2026-01-01', '2026-01-01T19:00:00.000Z'],
  ])('the local day %s ends at %s', (date, expected) => {
    expect(endOfLocalDay(date).toISOString()).toBe(expected);
  });

  it.each(['2025-02-29', '2025-02-30', '2025-13-01', '2025-3-1', '20250301', '', '2025-03-01T00:00'])(
    'refuses "%s" as a date',
    (date) => {
      expect(errorCode(() => endOfLocalDay(date))).toBe('BAD_USER_INPUT');
    },
  );
});

describe('addCalendarDays', () => {
  it.each([
    ['2025-03-20', 0, '2025-03-20'],
    ['2025-03-20', 15, '2025-04-04'],
    ['2025-01-31', 1, '2025-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-12-25', 15, '2026-01-09'],
    ['2025-03-01', -1, '2025-02-28'],
  ])('%s + %i calendar days is %s', (date, n, expected) => {
    expect(addCalendarDays(date, n)).toBe(expected);
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s days', (n) => {
    expect(errorCode(() => addCalendarDays('2025-03-20', n))).toBe('BAD_USER_INPUT');
  });
});

describe('ageOn', () => {
  it.each([
    ['2007-05-10', '2025-05-10', 18, 'the 18th birthday itself'],
    ['2007-05-10', '2025-05-09', 17, 'the day before the 18th birthday'],
    ['2007-05-10', '2025-05-11', 18, 'the day after the 18th birthday'],
    ['2007-12-31', '2025-12-30', 17, 'a year-end birthday not yet reached'],
    ['2008-01-01', '2025-12-31', 17, 'a New Year birth on New Year eve'],
    ['2008-02-29', '2026-02-28', 17, 'a leap-day birth on 28 Feb of a common year'],
    ['2008-02-29', '2026-03-01', 18, 'a leap-day birth on 1 Mar of a common year'],
    ['2008-02-29', '2024-02-29', 16, 'a leap-day birth on a leap day'],
    ['2008-02-29', '2024-02-28', 15, 'a leap-day birth the day before a leap day'],
    ['2010-06-15', '2010-06-15', 0, 'the day of birth'],
    ['2010-06-15', '2011-06-14', 0, 'the day before the first birthday'],
  ])('born %s, on %s is %i (%s)', (birth, on, expected) => {
    expect(ageOn(birth, on as string)).toBe(expected);
  });

  it('refuses a date before the birth', () => {
    expect(errorCode(() => ageOn('2010-06-15', '2010-06-14'))).toBe('BAD_USER_INPUT');
  });

  it('refuses a malformed birth date', () => {
    expect(errorCode(() => ageOn('15.06.2010', '2020-01-01'))).toBe('BAD_USER_INPUT');
  });
});

describe('WorkingCalendar.isWorkingDay', () => {
  it.each([
    ['2024-12-30', true, 'an ordinary Monday'],
    ['2025-01-01', false, 'a HOLIDAY on a Wednesday'],
    ['2025-01-02', false, 'a HOLIDAY on a Thursday'],
    ['2025-01-03', false, 'a DAY_OFF on a Friday'],
    ['2025-01-04', false, 'an ordinary Saturday'],
    ['2025-01-05', true, 'a WORKING_DAY on a Sunday'],
    ['2025-01-06', true, 'an ordinary Monday'],
    ['2025-01-07', false, 'a HOLIDAY on a Tuesday'],
    ['2025-01-08', true, 'a WORKING_DAY listed on a weekday'],
    ['2025-01-10', true, 'an ordinary Friday'],
    ['2025-01-11', false, 'an ordinary Saturday'],
    ['2025-01-12', false, 'an ordinary Sunday'],
    ['1969-12-31', true, 'a Wednesday before 1970'],
    ['1969-12-28', false, 'a Sunday before 1970'],
  ])('%s is working: %s (%s)', (date, expected) => {
    expect(cal.isWorkingDay(date as string)).toBe(expected);
  });

  it('treats every weekday as working when the calendar is empty', () => {
    const empty = new WorkingCalendar([]);
    const week = ['2025-03-17', '2025-03-18', '2025-03-19', '2025-03-20', '2025-03-21', '2025-03-22', '2025-03-23'];
    expect(week.map((d) => empty.isWorkingDay(d))).toEqual([true, true, true, true, true, false, false]);
  });

  it('refuses a calendar listing a date twice', () => {
    const twice = [...DAYS, { date: '2025-01-01', kind: 'DAY_OFF' as const, name: 'x' }];
    expect(errorCode(() => new WorkingCalendar(twice))).toBe('BAD_USER_INPUT');
  });

  it('refuses a calendar with an impossible date', () => {
    expect(errorCode(() => new WorkingCalendar([{ date: '2025-02-30', kind: 'HOLIDAY', name: 'x' }]))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('WorkingCalendar.addWorkingDays', () => {
  it.each([
    ['2024-12-31', 0, '2024-12-31', 'zero days is the date itself'],
    ['2024-12-31', 1, '2025-01-05', 'skips the holidays, the day off and Saturday to the worked Sunday'],
    ['2024-12-31', 2, '2025-01-06', 'continues to Monday'],
    ['2024-12-31', 3, '2025-01-08', 'skips Christmas'],
    ['2025-01-04', 1, '2025-01-05', 'from a Saturday the worked Sunday comes first'],
    ['2025-01-05', 1, '2025-01-06', 'counts strictly after a working date'],
    ['2025-01-10', 1, '2025-01-13', 'an ordinary Friday goes to Monday'],
    ['2025-01-10', 5, '2025-01-17', 'an ordinary week'],
    ['2025-12-30', 3, '2026-01-02', 'past the end of the listed days, weekdays only'],
  ])('%s + %i working days is %s (%s)', (date, n, expected) => {
    expect(cal.addWorkingDays(date as string, n as number)).toBe(expected);
  });

  it.each([-1, 1.5, Number.NaN])('refuses %s working days', (n) => {
    expect(errorCode(() => cal.addWorkingDays('2025-01-10', n))).toBe('BAD_USER_INPUT');
  });
});
