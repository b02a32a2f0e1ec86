import { createRequire } from 'node:module';

/** The part of `pg.Client` the benchmarks use. */
export interface PgClient {
  connect(): Promise<void>;
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
  end(): Promise<void>;
  on(event: 'error', listener: (err: Error) => void): unknown;
}

// `pg` is a dependency of the server package, not of test/: load the server's copy (the same driver
// and version the platform uses) instead of adding a dependency; typed by the interface above.
const requireFromServer = createRequire(new URL('../../../server/package.json', import.meta.url));
const pg = requireFromServer('pg') as { Client: new (config: { connectionString: string }) => PgClient };

/** A connected client; errors after connecting (e.g. the cluster stopping first) are swallowed, not fatal. */
export async function connectPg(url: string): Promise<PgClient> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}
