import { badInput, msg } from '../../shared/domain-error.js';
import { addCalendarDays, endOfLocalDay } from '../../shared/working-days/calendar.js';

export const MAX_PERIOD_YEARS = 10;

export interface Period {
  from: string; // YYYY-MM-DD, Kazakhstan local date, inclusive
  to: string; // inclusive
}

/** The period as instants [start, end), after checking it makes sense; no query runs on a bad one. */
export function periodBounds(p: Period): { start: Date; end: Date } {
  if (p.to < p.from) {
    throw badInput(msg('The period ends before it starts.', 'Период заканчивается раньше, чем начинается.', 'Кезең басталмай тұрып аяқталады.'));
  }
  const limit = `${Number(p.from.slice(0, 4)) + MAX_PERIOD_YEARS}${p.from.slice(4)}`;
  if (p.to >= limit) {
    throw badInput(msg(`A period may span at most ${MAX_PERIOD_YEARS} years.`, `Период — не более ${MAX_PERIOD_YEARS} лет.`, `Кезең ${MAX_PERIOD_YEARS} жылдан аспауы керек.`));
  }
  return { start: endOfLocalDay(addCalendarDays(p.from, -1)), end: endOfLocalDay(p.to) };
}

/** The Kazakhstan date of an instant (as the rollup's stats_local_day keys it) and the instant that day starts. */
export function localDay(t: Date): { day: string; start: Date } {
  const day = new Date(t.getTime() + 5 * 3_600_000).toISOString().slice(0, 10);
  return { day, start: endOfLocalDay(addCalendarDays(day, -1)) };
}

/** The last day (YYYY-MM-DD) of the month of a date. */
export function lastDayOfMonth(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return `${date.slice(0, 8)}${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** Whether a period is a run of whole calendar months: from the 1st of a month to the last day of a month. */
export const isWholeMonths = (p: Period) => p.from.endsWith('-01') && p.to === lastDayOfMonth(p.to);

/**
 * Perturbed figures are sums of monthly cells, so their periods are whole months: a period cut
 * inside a month would be a cell of its own, and its difference from the whole month another estimate.
 */
export function requireWholeMonths(p: Period): void {
  if (isWholeMonths(p)) return;
  throw badInput(msg(
    'Statistics are given for whole calendar months: the period must start on the 1st of a month and end on the last day of a month.',
    'Статистика даётся по целым календарным месяцам: период должен начинаться 1-го числа месяца и заканчиваться последним днём месяца.',
    'Статистика тұтас күнтізбелік айлар бойынша беріледі: кезең айдың 1-күнінен басталып, айдың соңғы күнімен аяқталуы керек.',
  ), { from: p.from, to: p.to });
}
