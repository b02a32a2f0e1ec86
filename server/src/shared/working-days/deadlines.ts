import { addCalendarDays, endOfLocalDay, localDate, type WorkingCalendar } from './calendar.js';

// The legal clock (Rules of the expert group): counts start the day after the triggering event.
const DECISION_WORKING_DAYS = 3;
const MAX_EXTENSION_CALENDAR_DAYS = 15;
const NOTICE_WORKING_DAYS = 2;

/** End of the 3rd working day after the local date of receipt. */
export const decisionDueAt = (receivedAt: Date, cal: WorkingCalendar): Date =>
  endOfLocalDay(cal.addWorkingDays(localDate(receivedAt), DECISION_WORKING_DAYS));

/** The latest an extension may reach: end of the local day 15 calendar days after receipt. */
export const maxExtendedDueAt = (receivedAt: Date): Date =>
  endOfLocalDay(addCalendarDays(localDate(receivedAt), MAX_EXTENSION_CALENDAR_DAYS));

/** The applicant must hear of an extension by the end of the 2nd working day after it. */
export const applicantNoticeDueAt = (extendedAt: Date, cal: WorkingCalendar): Date =>
  endOfLocalDay(cal.addWorkingDays(localDate(extendedAt), NOTICE_WORKING_DAYS));

/** A case is overdue once its due instant has passed and its clock is still running. */
export const isOverdue = (dueAt: Date, now: Date, closed: boolean): boolean =>
  !closed && now.getTime() >= dueAt.getTime();
