import { describe, it, expect } from 'vitest';
import { addCalendarDays, WorkingCalendar } from '../../shared/working-days/calendar.js';
import { KZ_CALENDAR_2025_2027 } from './kz-calendar.js';

const YEARS = [2025, 2026, 2027];
const RELIGIOUS = new Set(['01-07', '2025-06-06', '2026-05-27', '2027-05-16']);
const weekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();
const isWeekend = (date: string): boolean => weekday(date) === 0 || weekday(date) === 6;
const inYear = (year: number) => KZ_CALENDAR_2025_2027.filter((d) => d.date.startsWith(`${year}-`));

describe('KZ_CALENDAR_2025_2027', () => {
  it.each(KZ_CALENDAR_2025_2027.map((d) => [d.date, d.kind]))('%s (%s) is a real calendar date', (date) => {
    expect(addCalendarDays(date, 0)).toBe(date);
  });

  it('lists each date once, so the calendar can load it', () => {
    const dates = KZ_CALENDAR_2025_2027.map((d) => d.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect(() => new WorkingCalendar(KZ_CALENDAR_2025_2027)).not.toThrow();
  });

  it('gives every row a Russian name', () => {
    for (const day of KZ_CALENDAR_2025_2027) expect(day.name).toMatch(/[А-Яа-яЁё]/);
  });

  // 15 holiday days a year: New Year counts two days and Nauryz three.
  it.each(YEARS)('%i has the 15 public holiday days', (year) => {
    expect(inYear(year).filter((d) => d.kind === 'HOLIDAY')).toHaveLength(15);
  });

  it.each(YEARS)('%i moves the day off of every non-religious holiday that falls on a weekend', (year) => {
    const weekendHolidays = inYear(year).filter(
      (d) => d.kind === 'HOLIDAY' && isWeekend(d.date) && !RELIGIOUS.has(d.date) && !RELIGIOUS.has(d.date.slice(5)),
    );
    const daysOff = inYear(year).filter((d) => d.kind === 'DAY_OFF');
    const decreed = year === 2025 ? 1 : 0; // 2025-01-03 comes from a transfer order, not the Labour Code
    expect(daysOff).toHaveLength(weekendHolidays.length + decreed);
  });

  it('puts moved days off on weekdays and decreed working days on weekends', () => {
    for (const day of KZ_CALENDAR_2025_2027) {
      if (day.kind === 'DAY_OFF') expect(isWeekend(day.date), day.date).toBe(false);
      if (day.kind === 'WORKING_DAY') expect(isWeekend(day.date), day.date).toBe(true);
    }
  });

  it.each([
    ['2025-06-06', 'Курбан айт'],
    ['2026-05-27', 'Курбан айт'],
    ['2027-05-16', 'Курбан айт'],
  ])('marks %s as the first day of %s', (date, name) => {
    expect(KZ_CALENDAR_2025_2027.find((d) => d.date === date)?.name).toContain(name);
  });
});
