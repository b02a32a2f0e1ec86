import type { EntityManager } from '@mikro-orm/postgresql';

/** The driver's connection as the ORM's pool lends it. */
export interface PooledConnection {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown }>;
  /** Set by the pool's owner when the connection broke: the pool then drops it instead of lending it again. */
  __knex__disposed?: unknown;
}

/** The ORM's connection pool (knex's client), which lends and takes back connections. */
export interface ConnectionPool {
  acquireConnection(): Promise<PooledConnection>;
  releaseConnection(connection: PooledConnection): Promise<void>;
}

export const poolOf = (em: EntityManager): ConnectionPool => em.getConnection().getKnex().client as ConnectionPool;

/**
 * A statement with the ORM's `?` placeholders as the driver's `$1, $2, …`, its parameters apart. An
 * array is a list, as the ORM expands it (`in (?)` with `[ids]`), so a statement means the same on
 * the ORM and without it.
 */
export function positional(sql: string, params: readonly unknown[]): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  let next = 0;
  const text = sql.replace(/\?/g, () => {
    const value = params[next++];
    if (!Array.isArray(value)) return `$${values.push(value)}`;
    return value.map((item) => `$${values.push(item)}`).join(', ');
  });
  if (next !== params.length) throw new Error(`the statement has ${next} placeholders for ${params.length} parameters`);
  return { text, values };
}

/** One statement on a connection the pool lent: its rows. */
export async function runOn<T>(connection: PooledConnection, sql: string, params: readonly unknown[] = []): Promise<T> {
  const { text, values } = positional(sql, params);
  return (await connection.query(text, values)).rows as T;
}
