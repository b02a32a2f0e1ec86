import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../config/mikro-orm.config.js';
import { seedReference } from '../db/seed/seed.js';

/** Migrates a database and loads the reference data: the template each test database is cloned from. */
export async function prepareTemplate(url: string): Promise<void> {
  const orm = await MikroORM.init(ormConfig(url));
  try {
    await orm.migrator.up();
    await seedReference(orm.em.fork());
  } finally {
    await orm.close();
  }
}
