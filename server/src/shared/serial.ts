import type { EntityManager } from '@mikro-orm/postgresql';
import { localDate } from './working-days/calendar.js';

/** The next number of a yearly series (cases, protocols, prescriptions); the counter row stays locked until commit. */
export async function nextSerial(em: EntityManager, series: string, year: number): Promise<number> {
  const [row] = await em.execute<{ last: number }[]>(
    `insert into serial_counter (series, year, last) values (?, ?, 1)
     on conflict (series, year) do update set last = serial_counter.last + 1 returning last`,
    [series, year],
  );
  return row.last;
}

/** The year of a series at an instant, in Kazakhstan time (UTC+5): 1 January 03:00 in Almaty is already the new year. */
export const serialYear = (at: Date): number => Number(localDate(at).slice(0, 4));

export const formatSerial = (prefix: string, year: number, n: number) => `${prefix}-${year}-${String(n).padStart(4, '0')}`;
