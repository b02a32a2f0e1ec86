// Helpers for reads that take plain rows instead of hydrating entities (lists a resolver only maps).

/** A timestamptz as the driver returns it (text, see the PostgreSQL platform's parsers) → Date. */
export const timestamp = (v: string | Date): Date => (v instanceof Date ? v : new Date(v));
export const timestampOrNull = (v: string | Date | null): Date | null => (v === null ? null : timestamp(v));

/** Rows grouped by a key, every requested key present (empty when it has none), in row order. */
export function groupBy<R, V = R>(keys: readonly string[], rows: readonly R[], keyOf: (r: R) => string, map: (r: R) => V = (r) => r as unknown as V): Map<string, V[]> {
  const out = new Map<string, V[]>(keys.map((k) => [k, []]));
  for (const r of rows) out.get(keyOf(r))?.push(map(r));
  return out;
}
