import { describe, it, expect } from 'vitest';
import { KZ_CALENDAR_2025_2027 } from '../../db/seed/kz-calendar.js';
import { WorkingCalendar } from './calendar.js';
import { applicantNoticeDueAt, decisionDueAt, isOverdue, maxExtendedDueAt } from './deadlines.js';

const cal = new WorkingCalendar(KZ_CALENDAR_2025_2027);
/** An instant given in Kazakhstan local time, e.g. '2025-03-20 23:30'. */
const kz = (local: string): Date => new Date(`${local.replace(' ', 'T')}:00+05:00`);
/** The end of a local day is 19:00 UTC of that date (next local midnight). */
const endOf = (date: string): string => `${date}T19:00:00.000Z`;

describe('decisionDueAt', () => {
  it.each([
    ['2025-04-07 10:00', '2025-04-10', 'a Monday receipt is due Thursday'],
    ['2025-04-11 10:00', '2025-04-16', 'a Friday receipt is due Wednesday'],
    ['2025-04-12 10:00', '2025-04-16', 'a Saturday receipt is due Wednesday too'],
    ['2025-04-13 22:00', '2025-04-16', 'a Sunday receipt is due Wednesday too'],
    ['2025-04-10 23:30', '2025-04-15', '23:30 local on Thursday counts from Thursday'],
    ['2025-04-11 00:30', '2025-04-16', '00:30 local on Friday counts from Friday'],
    ['2025-03-17 10:00', '2025-03-20', 'the week before Nauryz is ordinary'],
    ['2025-03-19 10:00', '2025-03-27', 'Nauryz 2025 and its moved days off 24–25 March are skipped'],
    ['2025-03-19 23:30', '2025-03-27', 'late Wednesday before Nauryz 2025'],
    ['2025-03-20 00:30', '2025-03-28', 'just after midnight on Thursday before Nauryz 2025'],
    ['2025-03-22 12:00', '2025-03-28', 'a receipt on a Nauryz holiday counts from the holiday'],
    ['2026-03-20 10:00', '2026-03-30', 'Nauryz 2026 (21–23 March) and moved days off 24–25 March'],
    ['2025-03-07 10:00', '2025-03-13', '8 March 2025 on Saturday moves the day off to Monday 10 March'],
    ['2026-03-06 10:00', '2026-03-12', '8 March 2026 on Sunday moves the day off to Monday 9 March'],
    ['2025-06-04 10:00', '2025-06-10', 'Kurban Ait 2025-06-06 is skipped'],
    ['2025-06-05 10:00', '2025-06-11', 'a receipt the day before Kurban Ait 2025'],
    ['2026-05-25 10:00', '2026-05-29', 'Kurban Ait 2026-05-27 is skipped'],
    ['2025-05-06 10:00', '2025-05-13', 'Defender day and Victory Day 2025 are skipped'],
    ['2026-05-06 10:00', '2026-05-13', 'Victory Day 2026 on Saturday moves the day off to 11 May'],
    ['2024-12-30 10:00', '2025-01-06', 'New Year 2025: the decreed working Sunday 5 January counts'],
    ['2024-12-31 10:00', '2025-01-08', 'New Year 2025: the moved day off 3 January and Christmas are skipped'],
    ['2025-01-04 10:00', '2025-01-08', 'a Saturday receipt before the working Sunday'],
    ['2025-01-05 10:00', '2025-01-09', 'a receipt on the decreed working Sunday counts from it'],
    ['2025-12-31 10:00', '2026-01-08', 'New Year 2026 and Christmas are skipped'],
    ['2025-08-29 10:00', '2025-09-04', 'Constitution Day 2025 on Saturday moves the day off to 1 September'],
    ['2025-10-24 10:00', '2025-10-30', 'Republic Day 2025 on Saturday moves the day off to 27 October'],
    ['2025-12-15 10:00', '2025-12-19', 'Independence Day 2025 is skipped'],
  ])('received %s → due end of %s (%s)', (received, dueDate) => {
    expect(decisionDueAt(kz(received), cal).toISOString()).toBe(endOf(dueDate));
  });
});

describe('maxExtendedDueAt', () => {
  it.each([
    ['2025-03-20 10:00', '2025-04-04', 'fifteen calendar days, holidays included'],
    ['2025-03-20 23:30', '2025-04-04', '23:30 local counts from that day'],
    ['2025-03-21 00:30', '2025-04-05', '00:30 local counts from the next day, even to a Saturday'],
    ['2025-12-25 10:00', '2026-01-09', 'across the year end'],
    ['2026-02-20 10:00', '2026-03-07', 'across a common-year February'],
  ])('received %s → latest end of %s (%s)', (received, dueDate) => {
    expect(maxExtendedDueAt(kz(received)).toISOString()).toBe(endOf(dueDate));
  });
});

describe('applicantNoticeDueAt', () => {
  it.each([
    ['2025-04-11 15:00', '2025-04-15', 'an extension on Friday is notified by Tuesday'],
    ['2025-04-10 23:30', '2025-04-14', '23:30 local on Thursday counts from Thursday'],
    ['2025-04-11 00:30', '2025-04-15', '00:30 local on Friday counts from Friday'],
    ['2025-03-20 10:00', '2025-03-27', 'Nauryz 2025 and its moved days off are skipped'],
    ['2025-12-31 10:00', '2026-01-06', 'New Year 2026 is skipped'],
    ['2026-05-08 10:00', '2026-05-13', 'the moved day off 11 May 2026 is skipped'],
    ['2026-05-26 10:00', '2026-05-29', 'Kurban Ait 2026 is skipped'],
  ])('extended %s → notify by end of %s (%s)', (extended, dueDate) => {
    expect(applicantNoticeDueAt(kz(extended), cal).toISOString()).toBe(endOf(dueDate));
  });
});

describe('isOverdue', () => {
  const due = new Date(endOf('2025-03-20'));
  it.each([
    ['2025-03-20T18:59:59.999Z', false, false, 'an open case one millisecond before the due instant'],
    ['2025-03-20T19:00:00.000Z', false, true, 'an open case at the due instant (the day has ended)'],
    ['2025-03-21T10:00:00.000Z', false, true, 'an open case after the due instant'],
    ['2025-03-21T10:00:00.000Z', true, false, 'a closed case after the due instant'],
    ['2025-03-19T10:00:00.000Z', true, false, 'a closed case before the due instant'],
  ])('now %s, closed %s → overdue %s (%s)', (now, closed, expected) => {
    expect(isOverdue(due, new Date(now as string), closed as boolean)).toBe(expected);
  });
});
