// Generates a migration from the entities against a throwaway embedded cluster:
//   pnpm --filter ./server exec tsx src/db/make-migration.ts <name>
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from './mikro-orm.config.js';
import { startEmbeddedPostgres } from './embedded.js';

const dir = await mkdtemp(path.join(tmpdir(), 'panel-migrate-'));
const cluster = await startEmbeddedPostgres(path.join(dir, 'db'), () => undefined);
try {
  const orm = await MikroORM.init(ormConfig(cluster.url('postgres')));
  await orm.migrator.up();
  const result = await orm.migrator.createMigration(undefined, false, process.argv[2] === 'initial');
  console.log(result.fileName || 'no changes', '\n', result.diff.up.join('\n'));
  await orm.close();
} finally {
  await cluster.stop();
  await rm(dir, { recursive: true, force: true });
}
