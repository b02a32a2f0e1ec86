import { describe, expect, it } from 'vitest';
import { parseEnv } from './env.js';

describe('parseEnv', () => {
  it('defaults to port 4000, the embedded database and the demo panel', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ port: 4000, databaseUrl: undefined, demo: true, nodeEnv: 'development' });
    expect(env.storageDir.endsWith('/storage')).toBe(true);
  });

  it.each([
    [{}, 'disk'],
    [{ EVIDENCE_STORE: 'disk' }, 'disk'],
    [{ EVIDENCE_STORE: 'postgres' }, 'postgres'],
  ])('keeps evidence bytes for %j in the %s store', (source, store) => {
    expect(parseEnv(source).evidenceStore).toBe(store);
  });

  it.each([
    [{}, 3],
    [{ DELIVERY_BACKDATE_DAYS: '0' }, 0],
    [{ DELIVERY_BACKDATE_DAYS: '14' }, 14],
  ])('lets a delivery be recorded for %j up to %i days back', (source, days) => {
    expect(parseEnv(source).deliveryBackdateDays).toBe(days);
  });

  it.each(['-1', '31', '1.5', 'three'])('refuses DELIVERY_BACKDATE_DAYS=%s', (value) => {
    expect(() => parseEnv({ DELIVERY_BACKDATE_DAYS: value })).toThrow(/DELIVERY_BACKDATE_DAYS/);
  });

  it('refuses an unknown evidence store', () => {
    expect(() => parseEnv({ EVIDENCE_STORE: 's3' })).toThrow(/EVIDENCE_STORE/);
  });

  it.each([
    [{}, 72],
    [{ INVITATION_TTL_HOURS: '1' }, 1],
    [{ INVITATION_TTL_HOURS: '720' }, 720],
  ])('keeps invitation links valid for %j: %i hours', (source, hours) => {
    expect(parseEnv(source).invitationTtlHours).toBe(hours);
  });

  it.each([
    [{}, []],
    [{ TRUST_PROXY: 'loopback' }, ['loopback']],
    [{ TRUST_PROXY: ' 10.0.0.0/8, 192.0.2.7 ,uniquelocal' }, ['10.0.0.0/8', '192.0.2.7', 'uniquelocal']],
  ])('trusts X-Forwarded-For from %j: %j', (source, proxies) => {
    expect(parseEnv(source).trustProxy).toEqual(proxies);
  });

  it.each([
    [{}, { limit: 30, windowMs: 3_600_000 }, { limit: 200 * 1024 ** 2, windowMs: 3_600_000 }],
    [{ LIMIT_UPLOADS_PER_MEMBER: '5/10m', LIMIT_UPLOAD_BYTES_PER_MEMBER: '512KiB/10m' }, { limit: 5, windowMs: 600_000 }, { limit: 512 * 1024, windowMs: 600_000 }],
    [{ LIMIT_UPLOAD_BYTES_PER_MEMBER: '1048576/1h' }, { limit: 30, windowMs: 3_600_000 }, { limit: 1_048_576, windowMs: 3_600_000 }],
    [{ LIMIT_UPLOAD_BYTES_PER_MEMBER: ' 2 GiB / 1h ' }, { limit: 30, windowMs: 3_600_000 }, { limit: 2 * 1024 ** 3, windowMs: 3_600_000 }],
  ])('budgets evidence uploads for %j: %j uploads, %j bytes', (source, uploads, bytes) => {
    const { limits } = parseEnv(source);
    expect(limits.uploadsPerMember).toEqual(uploads);
    expect(limits.uploadBytesPerMember).toEqual(bytes);
  });

  it.each([
    [{}, { port: null, token: null }],
    [{ METRICS_PORT: '9464' }, { port: 9464, token: null }],
    [{ METRICS_PORT: '0', METRICS_TOKEN: 'x'.repeat(16) }, { port: 0, token: 'x'.repeat(16) }],
  ])('exposes metrics for %j: %j', (source, metrics) => {
    expect(parseEnv(source).metrics).toEqual(metrics);
  });

  it.each([
    [{}, { limit: 60, windowMs: 600_000 }, 64, 32 * 1024 * 1024],
    [{ LIMIT_DOCUMENTS_PER_MEMBER: '5/1m', DOCUMENT_RENDER_QUEUE: '1', DOCUMENT_CACHE_MB: '0' }, { limit: 5, windowMs: 60_000 }, 1, 0],
  ])('budgets document downloads for %j: %j, a queue of %i, a cache of %i bytes', (source, perMember, queue, cacheBytes) => {
    const env = parseEnv(source);
    expect(env.limits.documentsPerMember).toEqual(perMember);
    expect(env.documents).toMatchObject({ renderQueue: queue, cacheBytes });
    expect(env.documents.renderThreads).toBeGreaterThanOrEqual(1);
  });

  it.each([
    [{ DATABASE_URL: 'postgres://u@h/db' }, false],
    [{ DATABASE_URL: 'postgres://u@h/db', DEMO: '1' }, true],
    [{ NODE_ENV: 'production', TOKEN_SECRET: 'x'.repeat(32), DEMO: '1' }, false],
  ])('seeds the demo for %j: %s', (source, demo) => {
    expect(parseEnv(source).demo).toBe(demo);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x/y' }, /DATABASE_URL/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
    [{ TOKEN_SECRET: 'short' }, /TOKEN_SECRET must be at least 32/],
    [{ NODE_ENV: 'production' }, /TOKEN_SECRET: required in production/],
    [{ DEMO: 'yes' }, /DEMO/],
    [{ INVITATION_TTL_HOURS: '0' }, /INVITATION_TTL_HOURS/],
    [{ INVITATION_TTL_HOURS: '721' }, /INVITATION_TTL_HOURS/],
    [{ INVITATION_TTL_HOURS: 'three days' }, /INVITATION_TTL_HOURS/],
    [{ TRUST_PROXY: 'everyone' }, /TRUST_PROXY/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, /TRUST_PROXY/],
    [{ LIMIT_DOCUMENTS_PER_MEMBER: '60' }, /LIMIT_DOCUMENTS_PER_MEMBER/],
    [{ DOCUMENT_RENDER_THREADS: '0' }, /DOCUMENT_RENDER_THREADS/],
    [{ DOCUMENT_RENDER_QUEUE: 'lots' }, /DOCUMENT_RENDER_QUEUE/],
    [{ LIMIT_UPLOADS_PER_MEMBER: '30' }, /LIMIT_UPLOADS_PER_MEMBER/],
    [{ LIMIT_UPLOAD_BYTES_PER_MEMBER: '200MB/1h' }, /LIMIT_UPLOAD_BYTES_PER_MEMBER/],
    [{ LIMIT_UPLOAD_BYTES_PER_MEMBER: '0MiB/1h' }, /LIMIT_UPLOAD_BYTES_PER_MEMBER/],
    [{ LIMIT_UPLOAD_BYTES_PER_MEMBER: '200MiB' }, /LIMIT_UPLOAD_BYTES_PER_MEMBER/],
    [{ METRICS_PORT: '70000' }, /METRICS_PORT/],
    [{ METRICS_PORT: 'metrics' }, /METRICS_PORT/],
    [{ METRICS_TOKEN: 'short' }, /METRICS_TOKEN must be at least 16/],
  ])('refuses %j with a message naming the variable', (source, message) => {
    expect(() => parseEnv(source)).toThrow(message);
  });
});
