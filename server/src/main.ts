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
// Asynchronous stdout (a line per request must not block the event loop on a slow reader);
// pino flushes what is buffered when the process exits.
const log = pino({ level: env.logLevel, base: { service: 'panel-server' } }, pino.destination({ dest: 1, sync: false }));

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
