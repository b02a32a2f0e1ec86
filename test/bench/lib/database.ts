import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../../server/src/db/embedded.js';
import { prepareTemplate } from '../../../server/src/test-support/template.js';
import type { Cleanup } from './cleanup.js';
import { connectPg } from './pg.js';

export interface BenchDatabase {
  /** The migrated database with reference data, for the server and the benchmark's own writes. */
  url: string;
  /** `select version()`, for the report. */
  version: string;
  /** Stops the cluster and removes its folder; also registered with the cleanup. */
  stop: () => Promise<void>;
}

const DB = 'panel_bench';

/** A throwaway embedded PostgreSQL in a fresh temp folder, with one migrated database. */
export async function startBenchDatabase(cleanup: Cleanup): Promise<BenchDatabase> {
  const dir = await mkdtemp(path.join(tmpdir(), 'panel-bench-pg-'));
  cleanup.defer('remove the PostgreSQL folder', () => rm(dir, { recursive: true, force: true }));
  const lines: string[] = [];
  const cluster = await startEmbeddedPostgres(path.join(dir, 'pg'), (line) => {
    lines.push(line);
    if (lines.length > 200) lines.shift(); // only the last lines matter when something fails
  }).catch((e: Error) => {
    throw new Error(`embedded PostgreSQL did not start: ${e.message}\n${lines.slice(-20).join('\n')}`);
  });
  let stopped: Promise<void> | null = null;
  const stop = () => (stopped ??= cluster.stop());
  cleanup.defer('stop PostgreSQL', stop);

  const admin = await connectPg(cluster.url('postgres'));
  try {
    await admin.query(`create database ${DB}`);
  } finally {
    await admin.end();
  }
  const url = cluster.url(DB);
  await prepareTemplate(url);
  const client = await connectPg(url);
  try {
    const { rows } = await client.query<{ version: string }>('select version()');
    return { url, version: rows[0].version, stop };
  } finally {
    await client.end();
  }
}
