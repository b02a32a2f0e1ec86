import { createRequire } from 'node:module';

/** The part of `pg.PoolClient` the baseline uses. */
export interface PooledClient {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
  release(error?: Error | boolean): void;
}

/** The part of `pg.Pool` the baseline uses. */
export interface PgPool {
  connect(): Promise<PooledClient>;
  end(): Promise<void>;
  on(event: 'error', listener: (err: Error) => void): unknown;
}

// As lib/pg.ts: the server's copy of `pg` (the driver and version the platform uses), no new dependency.
const requireFromServer = createRequire(new URL('../../../server/package.json', import.meta.url));
const pg = requireFromServer('pg') as { Pool: new (config: { connectionString: string; max: number }) => PgPool };

/** A pool of at most `size` connections; idle-client errors (e.g. the cluster stopping first) are not fatal. */
export function openPool(url: string, size: number): { pool: PgPool; close: () => Promise<void> } {
  const pool = new pg.Pool({ connectionString: url, max: size });
  pool.on('error', () => undefined);
  let closed: Promise<void> | null = null;
  return { pool, close: () => (closed ??= pool.end()) };
}
