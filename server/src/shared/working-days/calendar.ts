import { badInput } from '../domain-error.js';

/** Kazakhstan has one time zone, UTC+5, since 1 March 2024. */
export const KZ_OFFSET_MINUTES = 300;

const OFFSET_MS = KZ_OFFSET_MINUTES * 60_000;
const DAY_MS = 86_400_000;
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** HOLIDAY: public holiday; DAY_OFF: a transferred day off; WORKING_DAY: a weekend day worked by decree. */
export type CalendarDayKind = 'HOLIDAY' | 'DAY_OFF' | 'WORKING_DAY';

export interface CalendarDay {
  date: string; // YYYY-MM-DD
  kind: CalendarDayKind;
  name: string;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date; refuses shapes and impossible dates like 2025-02-30. */
const toDayNumber = (date: string): number => {
  const ms = DATE_SHAPE.test(date) ? Date.parse(`${date}T00:00:00Z`) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw badInput(`"${date}" is not a calendar date in the form YYYY-MM-DD.`, { date });
  }
  return ms / DAY_MS;
};

const fromDayNumber = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

const assertWholeDays = (n: number, allowNegative: boolean): void => {
  if (!Number.isInteger(n) || (!allowNegative && n < 0)) {
    const what = allowNegative ? 'a whole number' : 'a whole number, zero or more';
    throw badInput(`A number of days must be ${what}; got ${n}.`, { n });
  }
};

/** The Kazakhstan local calendar date (YYYY-MM-DD) of an instant. */
export const localDate = (instant: Date): string => {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw badInput('The time given is not a valid instant.');
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
};

/** An instant as Kazakhstan local time for messages, e.g. "2026-03-25 00:00 (UTC+5)". */
export const kzTime = (instant: Date): string =>
  `${new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')} (UTC+5)`;

/** The instant a local day ends, i.e. the next local midnight. */
export const endOfLocalDay = (date: string): Date => new Date((toDayNumber(date) + 1) * DAY_MS - OFFSET_MS);

export const addCalendarDays = (date: string, n: number): string => {
  assertWholeDays(n, true);
  return fromDayNumber(toDayNumber(date) + n);
};

/** Full years of age on a date; a 29 February birthday counts as reached on 1 March in common years. */
export const ageOn = (birthDate: string, onDate: string): number => {
  if (toDayNumber(onDate) < toDayNumber(birthDate)) {
    throw badInput(`The date ${onDate} is before the birth date ${birthDate}.`, { birthDate, onDate });
  }
  const years = Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  // MM-DD strings compare in calendar order, so the birthday has not come yet this year if earlier.
  return onDate.slice(5) < birthDate.slice(5) ? years - 1 : years;
};

/** Working days on Kazakhstan's calendar: the admin-edited exceptions over a Monday–Friday week. */
export class WorkingCalendar {
  private readonly kinds = new Map<string, CalendarDayKind>();

  constructor(days: readonly CalendarDay[]) {
    for (const day of days) {
      toDayNumber(day.date);
      if (this.kinds.has(day.date)) {
        throw badInput(`The calendar lists ${day.date} more than once.`, { date: day.date });
      }
      this.kinds.set(day.date, day.kind);
    }
  }

  isWorkingDay(date: string): boolean {
    const kind = this.kinds.get(date);
    if (kind === 'WORKING_DAY') return true;
    if (kind === 'HOLIDAY' || kind === 'DAY_OFF') return false;
    // 1970-01-01 was a Thursday, so day number + 4 modulo 7 gives 0 = Sunday … 6 = Saturday.
    const weekday = (((toDayNumber(date) + 4) % 7) + 7) % 7;
    return weekday >= 1 && weekday <= 5;
  }

  /** The n-th working day strictly after date (n = 0 gives date itself). */
  addWorkingDays(date: string, n: number): string {
    assertWholeDays(n, false);
    let day = toDayNumber(date);
    for (let left = n; left > 0; ) {
      day += 1;
      if (this.isWorkingDay(fromDayNumber(day))) left -= 1;
    }
    return fromDayNumber(day);
  }
}
