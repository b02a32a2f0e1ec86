import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

// The only reader of process.env: parsed and validated once, at boot.
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const bool = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().default(`${repoRoot}.data`),
  STORAGE_DIR: z.string().optional(),
  DEMO: bool.optional(),
  TOKEN_SECRET: z.string().min(32, 'TOKEN_SECRET must be at least 32 characters').optional(),
  TOKEN_TTL_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(12 * 60),
  EVIDENCE_MAX_BYTES: z.coerce.number().int().min(1024).default(20 * 1024 * 1024),
  CLIENT_DIST: z.string().default(`${repoRoot}client/dist`),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ALLOWED_ORIGINS: z.string().optional(),
  RECHECK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  RECHECK_ALLOW_PRIVATE: bool.optional(),
  JOBS_EVERY_MS: z.coerce.number().int().min(50).max(86_400_000).default(1_000),
});

export type Env = Readonly<{
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  storageDir: string;
  demo: boolean;
  tokenSecret: Uint8Array;
  tokenTtlMinutes: number;
  evidenceMaxBytes: number;
  clientDist: string;
  logLevel: string;
  allowedOrigins: string[];
  recheck: { timeoutMs: number; allowPrivate: boolean };
  jobsEveryMs: number;
}>;

/** Parses the environment; throws one readable message listing every problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = result.data;
  if (e.NODE_ENV === 'production' && !e.TOKEN_SECRET) {
    throw new Error('Invalid environment:\n  TOKEN_SECRET: required in production (32+ characters)');
  }
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    storageDir: e.STORAGE_DIR ?? `${e.DATA_DIR}/storage`,
    // The demo panel is seeded on the embedded default, or when asked for explicitly; never in production.
    demo: e.NODE_ENV !== 'production' && (e.DEMO ?? !e.DATABASE_URL),
    tokenSecret: e.TOKEN_SECRET ? new TextEncoder().encode(e.TOKEN_SECRET) : randomBytes(32),
    tokenTtlMinutes: e.TOKEN_TTL_MINUTES,
    evidenceMaxBytes: e.EVIDENCE_MAX_BYTES,
    clientDist: e.CLIENT_DIST,
    logLevel: e.LOG_LEVEL,
    allowedOrigins: (e.ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    // Re-checks never reach private networks unless explicitly allowed (tests use a local server).
    recheck: { timeoutMs: e.RECHECK_TIMEOUT_MS, allowPrivate: e.RECHECK_ALLOW_PRIVATE ?? false },
    jobsEveryMs: e.JOBS_EVERY_MS,
  };
}

export const loadEnv = (): Env => parseEnv(process.env);
