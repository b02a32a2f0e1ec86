import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseRate, type Rate } from '../shared/rate-limit.js';
import proxyaddr from 'proxy-addr';

// The only reader of process.env: parsed and validated once, at boot.
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const bool = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');
// A rate as `count/window`, e.g. `10/15m`: count calls at once, refilled evenly over the window.
const rate = (fallback: string) => z.string().default(fallback).transform((v, ctx) => {
  const parsed = parseRate(v);
  if (!parsed) ctx.addIssue({ code: 'custom', message: `expected count/window such as 10/15m or 120/1m, got "${v}"` });
  return parsed ?? { limit: 1, windowMs: 1 };
});

const BYTE_UNITS: Record<string, number> = { '': 1, B: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3 };
/** Parses `bytes/window` as written in the environment: `200MiB/1h`, `512KiB/10m`, `1048576/1h`. */
export function parseByteRate(text: string): Rate | null {
  const m = /^\s*(\d+)\s*(B|KiB|MiB|GiB)?\s*\/\s*(.+)$/.exec(text);
  const window = m ? parseRate(`1/${m[3]}`) : null;
  if (!m || !window) return null;
  const limit = Number(m[1]) * BYTE_UNITS[m[2] ?? ''];
  return limit >= 1 ? { limit, windowMs: window.windowMs } : null;
}
// A byte budget as `bytes/window`, e.g. `200MiB/1h`: a token bucket whose tokens are bytes.
const byteRate = (fallback: string) => z.string().default(fallback).transform((v, ctx) => {
  const parsed = parseByteRate(v);
  if (!parsed) ctx.addIssue({ code: 'custom', message: `expected bytes/window such as 200MiB/1h or 1048576/10m, got "${v}"` });
  return parsed ?? { limit: 1, windowMs: 1 };
});

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().default(`${repoRoot}.data`),
  STORAGE_DIR: z.string().optional(),
  EVIDENCE_STORE: z.enum(['disk', 'postgres']).default('disk'),
  DEMO: bool.optional(),
  TOKEN_SECRET: z.string().min(32, 'TOKEN_SECRET must be at least 32 characters').optional(),
  TOKEN_TTL_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(12 * 60),
  INVITATION_TTL_HOURS: z.coerce.number().int().min(1).max(30 * 24).default(72),
  EVIDENCE_MAX_BYTES: z.coerce.number().int().min(1024).default(20 * 1024 * 1024),
  CLIENT_DIST: z.string().default(`${repoRoot}client/dist`),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ALLOWED_ORIGINS: z.string().optional(),
  // Proxies whose X-Forwarded-For is believed: addresses, CIDRs, or loopback / linklocal / uniquelocal.
  TRUST_PROXY: z.string().default('').refine((v) => v.split(',').map((s) => s.trim()).filter(Boolean).every(isProxySpec),
    'TRUST_PROXY must be a comma-separated list of addresses, CIDRs, or loopback, linklocal, uniquelocal'),
  RECHECK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  RECHECK_ALLOW_PRIVATE: bool.optional(),
  // How many days back a prescription's delivery time may be recorded (a paper delivery logged late).
  DELIVERY_BACKDATE_DAYS: z.coerce.number().int().min(0).max(30).default(3),
  JOBS_EVERY_MS: z.coerce.number().int().min(50).max(86_400_000).default(1_000),
  WS_MAX_BUFFERED_BYTES: z.coerce.number().int().min(16 * 1024).default(4 * 1024 * 1024),
  WS_STALL_MS: z.coerce.number().int().min(200).max(600_000).default(10_000),
  PROBE_IPC: bool.optional(),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
  LIMIT_LOGIN_PER_IP: rate('30/10m'),
  LIMIT_LOGIN_PER_EMAIL: rate('10/15m'),
  LIMIT_WRITES_PER_MEMBER: rate('120/1m'),
  LIMIT_WRITES_PER_IP: rate('60/1m'),
  LIMIT_UPLOADS_PER_MEMBER: rate('30/1h'),
  LIMIT_UPLOAD_BYTES_PER_MEMBER: byteRate('200MiB/1h'),
  LIMIT_DOCUMENTS_PER_MEMBER: rate('60/10m'),
  // PDF rendering runs in worker threads: a few, with a bounded queue, and a per-instance cache of rendered bytes.
  DOCUMENT_RENDER_THREADS: z.coerce.number().int().min(1).max(16).default(Math.max(1, Math.min(2, availableParallelism() - 1))),
  DOCUMENT_RENDER_QUEUE: z.coerce.number().int().min(1).max(10_000).default(64),
  DOCUMENT_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(32),
  LIMIT_WS_SUBSCRIPTIONS: z.coerce.number().int().min(1).max(100_000).default(20),
  LIMIT_WS_SOCKETS_PER_MEMBER: z.coerce.number().int().min(1).max(1_000_000).default(10),
});

/** A TRUST_PROXY entry as proxy-addr (Express) reads it. */
function isProxySpec(spec: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(spec)) return true;
  try {
    proxyaddr.compile(spec);
    return true;
  } catch {
    return false;
  }
}

export type Env = Readonly<{
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  storageDir: string;
  /** Where evidence bytes are kept: files in storageDir/evidence, or rows of `evidence_chunk` (uploads in flight are spooled to storageDir/incoming either way). */
  evidenceStore: 'disk' | 'postgres';
  demo: boolean;
  tokenSecret: Uint8Array;
  tokenTtlMinutes: number;
  /** How long an invitation link (the person sets their password through it) stays valid. */
  invitationTtlHours: number;
  evidenceMaxBytes: number;
  clientDist: string;
  logLevel: string;
  allowedOrigins: string[];
  /** Proxies whose X-Forwarded-For is believed for the client's address (none by default). */
  trustProxy: string[];
  recheck: { timeoutMs: number; allowPrivate: boolean };
  /** How many days back a prescription's delivery time may be recorded; further back would skip the removal window. */
  deliveryBackdateDays: number;
  jobsEveryMs: number;
  /** Slow WebSocket readers: cut off past this many unsent bytes, or when unsent bytes never drain for stallMs. */
  ws: { maxBufferedBytes: number; stallMs: number };
  /** Answer memory and socket probes from a parent process over IPC (the soak run); nothing on the network. */
  probeIpc: boolean;
  /**
   * Prometheus /metrics: on a port of its own (`port`, 0 = any free one), and/or on the main port
   * behind a bearer `token`; with neither, no endpoint and nothing collected.
   */
  metrics: { port: number | null; token: string | null };
  /** Per instance, in memory: each replica behind a load balancer counts on its own. */
  limits: {
    loginPerIp: Rate;
    loginPerEmail: Rate;
    writesPerMember: Rate;
    writesPerIp: Rate;
    /** Evidence uploads per member: attempts (counted before the body is read) and file bytes. */
    uploadsPerMember: Rate;
    uploadBytesPerMember: Rate;
    subscriptionsPerSocket: number;
    socketsPerMember: number;
    /** PDF downloads per member, cached or rendered. */
    documentsPerMember: Rate;
  };
  /** PDF rendering off the event loop: worker threads, tasks waiting beyond them, cached bytes (0 = no cache). */
  documents: { renderThreads: number; renderQueue: number; cacheBytes: number };
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
    evidenceStore: e.EVIDENCE_STORE,
    // The demo panel is seeded on the embedded default, or when asked for explicitly; never in production.
    demo: e.NODE_ENV !== 'production' && (e.DEMO ?? !e.DATABASE_URL),
    tokenSecret: e.TOKEN_SECRET ? new TextEncoder().encode(e.TOKEN_SECRET) : randomBytes(32),
    tokenTtlMinutes: e.TOKEN_TTL_MINUTES,
    invitationTtlHours: e.INVITATION_TTL_HOURS,
    evidenceMaxBytes: e.EVIDENCE_MAX_BYTES,
    clientDist: e.CLIENT_DIST,
    logLevel: e.LOG_LEVEL,
    allowedOrigins: (e.ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    trustProxy: e.TRUST_PROXY.split(',').map((s) => s.trim()).filter(Boolean),
    // Re-checks never reach private networks unless explicitly allowed (tests use a local server).
    recheck: { timeoutMs: e.RECHECK_TIMEOUT_MS, allowPrivate: e.RECHECK_ALLOW_PRIVATE ?? false },
    deliveryBackdateDays: e.DELIVERY_BACKDATE_DAYS,
    jobsEveryMs: e.JOBS_EVERY_MS,
    ws: { maxBufferedBytes: e.WS_MAX_BUFFERED_BYTES, stallMs: e.WS_STALL_MS },
    probeIpc: e.PROBE_IPC ?? false,
    metrics: { port: e.METRICS_PORT ?? null, token: e.METRICS_TOKEN ?? null },
    limits: {
      loginPerIp: e.LIMIT_LOGIN_PER_IP,
      loginPerEmail: e.LIMIT_LOGIN_PER_EMAIL,
      writesPerMember: e.LIMIT_WRITES_PER_MEMBER,
      writesPerIp: e.LIMIT_WRITES_PER_IP,
      uploadsPerMember: e.LIMIT_UPLOADS_PER_MEMBER,
      uploadBytesPerMember: e.LIMIT_UPLOAD_BYTES_PER_MEMBER,
      subscriptionsPerSocket: e.LIMIT_WS_SUBSCRIPTIONS,
      socketsPerMember: e.LIMIT_WS_SOCKETS_PER_MEMBER,
      documentsPerMember: e.LIMIT_DOCUMENTS_PER_MEMBER,
    },
    documents: { renderThreads: e.DOCUMENT_RENDER_THREADS, renderQueue: e.DOCUMENT_RENDER_QUEUE, cacheBytes: e.DOCUMENT_CACHE_MB * 1024 * 1024 },
  };
}

export const loadEnv = (): Env => parseEnv(process.env);
