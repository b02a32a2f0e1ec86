import type { EntityManager } from '@mikro-orm/postgresql';

/** Next pseudonym for the year, KZ-2026-0042; the counter row is locked by the upsert until commit. */
export async function nextCaseNumber(em: EntityManager, year: number): Promise<string> {
  const [row] = await em.execute<{ last: number }[]>(
    `insert into case_number_counter (year, last) values (?, 1)
     on conflict (year) do update set last = case_number_counter.last + 1 returning last`,
    [year],
  );
  return `KZ-${year}-${String(row.last).padStart(4, '0')}`;
}
