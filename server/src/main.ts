// Boot only: configuration, the platform, and a graceful shutdown.
import 'reflect-metadata';
import { pino } from 'pino';
import { loadEnv, type Env } from './config/env.js';
import { startPlatform } from './app/platform.js';
import { answerProbes } from './app/probe.js';

let env: Env;
try {
  env = loadEnv();
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
// Asynchronous stdout (a line per request must not block the event loop on a slow reader), written
// in batches of 4 KB rather than a write per line; what is buffered goes out at least every 200 ms,
// at once after an error, and when the process exits (pino flushes on exit).
const out = pino.destination({ dest: 1, sync: false, minLength: 4096 });
setInterval(() => out.flush(), 200).unref();
const log = pino({
  level: env.logLevel,
  base: { service: 'panel-server' },
  hooks: {
    logMethod(args, method, level) {
      method.apply(this, args);
      if (level >= 50) out.flush();
    },
  },
}, out);

const platform = await startPlatform(env, log).catch((e) => {
  log.fatal({ err: e }, 'the platform could not start');
  process.exit(1);
});
if (env.probeIpc) answerProbes(platform);
if (env.demo) log.info(`open ${platform.url} and sign in as secretary@demo.kz / panel-demo (see README for all demo accounts)`);

// Shutdown drains HTTP and WS, closes the pool, then stops the embedded cluster (its helper process
// stops it by itself if we die first).
let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: draining HTTP and WS, closing the pool');
    const force = setTimeout(() => process.exit(1), 15_000).unref();
    await platform.close().catch((e) => log.error({ err: e }, 'shutdown failed'));
    clearTimeout(force);
    log.info('stopped');
    process.exit(0);
  });
}
