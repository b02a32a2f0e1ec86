/**
 * The one preset of rate and connection limits for tests: none reached by accident. startTestPlatform and
 * spawnPlatform (test/support/platform-process.ts: fault tests, the soak, the benchmarks) apply it; a test
 * of the limits themselves sets its own values over it. A module of its own, light to import.
 */
export const GENEROUS_LIMITS = {
  LIMIT_LOGIN_PER_IP: '1000000/1s',
  LIMIT_LOGIN_PER_EMAIL: '1000000/1s',
  LIMIT_WRITES_PER_MEMBER: '1000000/1s',
  LIMIT_WRITES_PER_IP: '1000000/1s',
  LIMIT_UPLOADS_PER_MEMBER: '1000000/1s',
  LIMIT_UPLOAD_BYTES_PER_MEMBER: '1024GiB/1s',
  LIMIT_DOCUMENTS_PER_MEMBER: '1000000/1s',
  LIMIT_WS_SUBSCRIPTIONS: '10000',
  LIMIT_WS_SOCKETS_PER_MEMBER: '1000000',
} as const;
