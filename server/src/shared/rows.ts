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

/** A relation as a row names it: by id only. */
export interface IdRef {
  id: string;
}

/** A row's foreign key as its relation: by id (null where the relation may be). */
export const ref = (id: string): IdRef => ({ id });
export const refOrNull = (id: string | null): IdRef | null => (id ? { id } : null);

/** A relation's value in a row: the related entity named by id (null or missing where the relation may be). */
type RefOf<V> = V extends object ? IdRef : V;

/**
 * An entity as its GraphQL type resolves it: the entity's own fields, each relation `R` named by id.
 * A loaded entity is one (its relations have ids), and so is what a plain-row reader returns; the
 * type's field resolvers take exactly this, and resolve relations by id through the loaders.
 */
export type Row<T, R extends keyof T> = Omit<T, R> & { [K in R]: RefOf<T[K]> };
