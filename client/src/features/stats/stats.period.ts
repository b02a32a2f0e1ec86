import type { CaseStatus, LocalDate, Region, Role } from '../../shared/api/enums';
import { todayLocalDate } from '../../shared/lib/datetime';

// The period is Kazakhstan calendar days, both ends inclusive, as the server counts it
// (server/src/modules/stats/period.ts): at most 10 years, the end not before the start; for
// everyone but the chair and the deputy (whose figures are perturbed) whole calendar months.

export const MAX_PERIOD_YEARS = 10;

export interface StatsQueryState {
  from: LocalDate;
  to: LocalDate;
  platforms: string[];
  regions: Region[];
  statuses: CaseStatus[];
}

export type PeriodProblem = 'periodRequired' | 'periodOrder' | 'periodTooLong' | 'periodMonths';

/** Who gets exact figures and may cut periods anywhere: the chair and the deputy (the server decides). */
export const seesExactStats = (role: Role) => role === 'CHAIR' || role === 'DEPUTY_CHAIR';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The last day (YYYY-MM-DD) of the month of a date. */
export function lastDayOfMonth(date: string): LocalDate {
  const day = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0)).getUTCDate();
  return `${date.slice(0, 8)}${String(day).padStart(2, '0')}`;
}

/** The last 12 whole months, this one included (Kazakhstan time): a period every role may ask for. */
export function defaultPeriod(now: Date = new Date()): { from: LocalDate; to: LocalDate } {
  const today = todayLocalDate(now);
  const start = new Date(`${today.slice(0, 8)}01T00:00:00Z`);
  start.setUTCMonth(start.getUTCMonth() - 11);
  return { from: start.toISOString().slice(0, 10), to: lastDayOfMonth(today) };
}

/** What is wrong with a period, or null when the server will accept it; `wholeMonths` for perturbed viewers. */
export function periodProblem(from: string, to: string, wholeMonths = false): PeriodProblem | null {
  if (!LOCAL_DATE.test(from) || !LOCAL_DATE.test(to)) return 'periodRequired';
  if (to < from) return 'periodOrder';
  const limit = `${Number(from.slice(0, 4)) + MAX_PERIOD_YEARS}${from.slice(4)}`;
  if (to >= limit) return 'periodTooLong';
  return wholeMonths && (!from.endsWith('-01') || to !== lastDayOfMonth(to)) ? 'periodMonths' : null;
}

/** Every month (YYYY-MM) the period touches, in order. */
export function monthsOf(from: LocalDate, to: LocalDate): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (let guard = 0; guard < 12 * (MAX_PERIOD_YEARS + 1); guard += 1) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
  return months;
}

/** The query string of GET /stats.csv: the same period and filter as the dashboard. */
export function csvQuery(state: StatsQueryState): string {
  const params = new URLSearchParams({ from: state.from, to: state.to });
  if (state.platforms.length) params.set('platforms', state.platforms.join(','));
  if (state.regions.length) params.set('regions', state.regions.join(','));
  if (state.statuses.length) params.set('statuses', state.statuses.join(','));
  return params.toString();
}
