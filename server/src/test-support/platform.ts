import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { pino, type Logger } from 'pino';
import { inject } from 'vitest';
import { parseEnv } from '../config/env.js';
import { GENEROUS_LIMITS } from './limits.js';
import { startPlatform, type Platform } from '../app/platform.js';
import type { Clock } from '../shared/clock.js';
import './provided.js';
import { databaseUrl, dropDatabase, fingerprint, recreateDatabase } from './databases.js';
import { gqlPost, signIn, type GqlAnswer, type GqlResult } from './graphql-http.js';

/**
 * What tp.gql's `data` is when a test names no type. Transitional: about 300 reads in some 40 module tests
 * (server/src/modules/**) predate typed results and read deep fields unchecked. New code passes its type;
 * once those tests do, this becomes Record<string, unknown> (graphql-http.ts's default) and goes away.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- transitional, see above
export type UntypedData = Record<string, any>;

export interface TestPlatform {
  url: string;
  dbUrl: string;
  platform: Platform;
  storageDir: string;
  /** The platform's clock: the one passed in `clock`, else the real one. */
  clock: Clock;
  /** gqlPost (./graphql-http.ts) on this platform: pass the type of `data` (`tp.gql<{ case: { status: string } }>(...)`). */
  gql: <T = UntypedData>(query: string, variables?: Record<string, unknown>, token?: string) => Promise<GqlAnswer<T>>;
  login: (email: string, password?: string) => Promise<string>;
  snapshot: () => Promise<Record<string, string>>;
  close: () => Promise<void>;
}

/**
 * A real platform on a fresh database cloned from the migrated template: real HTTP, real WS,
 * real PostgreSQL. With `demo`, the demo panel (DESIGN.md §7) is seeded. With `clock` (a TestClock),
 * deadlines and due jobs follow it: a test advances it and calls platform.jobs.tick() instead of waiting.
 */
export async function startTestPlatform(opts: { demo?: boolean; env?: Record<string, string>; sameDatabaseAs?: TestPlatform; log?: Logger; clock?: Clock } = {}): Promise<TestPlatform> {
  const serverUrl = inject('dbServerUrl');
  const db = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  // A second instance on the same database (as behind a load balancer) shares it and leaves it be.
  const shared = opts.sameDatabaseAs;
  if (!shared) await recreateDatabase(serverUrl, db, inject('templateDb'));
  const dbUrl = shared?.dbUrl ?? databaseUrl(serverUrl, db);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'panel-tp-'));
  const env = parseEnv({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: dbUrl,
    DATA_DIR: dataDir,
    DEMO: opts.demo === false || shared ? '0' : '1',
    LOG_LEVEL: 'silent',
    // Scheduled work runs only when a test calls jobs.tick(): nothing changes the database behind a test's back.
    JOBS_EVERY_MS: '86400000',
    // Tests sign in and write many times from 127.0.0.1: limits out of the way unless a test sets its own.
    ...GENEROUS_LIMITS,
    ...opts.env,
  });
  const platform = await startPlatform(env, opts.log ?? pino({ level: 'silent' }), { clock: opts.clock });
  const url = platform.url;

  const gql: TestPlatform['gql'] = <T,>(query: string, variables?: Record<string, unknown>, token?: string) => gqlPost<T>(url, query, variables, token);
  const login = (email: string, password?: string) => signIn(url, email, password);
  return {
    url,
    dbUrl,
    platform,
    storageDir: env.storageDir,
    clock: platform.clock,
    gql,
    login,
    snapshot: () => fingerprint(dbUrl),
    close: async () => {
      await platform.close();
      if (!shared) await dropDatabase(serverUrl, db);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The error code of the first error, for compact assertions. */
export const codeOf = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code;

export const silentLogger = () => pino({ level: 'silent' });
