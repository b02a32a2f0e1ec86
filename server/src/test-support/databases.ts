import pg from 'pg';

/** The same server's maintenance database (`postgres`). */
export const adminUrlOf = (url: string) => url.replace(/\/[^/?]*(\?.*)?$/, '/postgres$1');

export const databaseUrl = (serverUrl: string, db: string) => serverUrl.replace(/\/[^/?]*(\?.*)?$/, `/${db}$1`);

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export const dropDatabase = (serverUrl: string, db: string) =>
  withClient(serverUrl, (c) => c.query(`drop database if exists "${db}" with (force)`).then(() => undefined));

export async function recreateDatabase(serverUrl: string, db: string, template?: string): Promise<void> {
  await withClient(serverUrl, async (c) => {
    await c.query(`drop database if exists "${db}" with (force)`);
    await c.query(`create database "${db}"${template ? ` template "${template}"` : ''}`);
  });
}

/**
 * A fingerprint of every table's content: equal fingerprints mean the database is exactly as before.
 * Used by every test of a refused call.
 */
export async function fingerprint(url: string): Promise<Record<string, string>> {
  return withClient(url, async (c) => {
    const { rows: tables } = await c.query<{ name: string }>(
      `select tablename as name from pg_tables where schemaname = 'public' and tablename <> 'mikro_orm_migrations' order by 1`,
    );
    const out: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await c.query(`select count(*)::int as n, coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as h from "${name}" t`);
      out[name] = `${rows[0].n}:${rows[0].h}`;
    }
    return out;
  });
}

export const query = <T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []) =>
  withClient(url, (c) => c.query<T>(sql, params).then((r) => r.rows));
