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
