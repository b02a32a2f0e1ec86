import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../db/mikro-orm.config.js';
import { pino } from 'pino';
import { seedDemo, seedReference } from '../db/seed/seed.js';

/** Migrates a database and loads the reference data and the demo panel: the template each test database is cloned from. */
export async function prepareTemplate(url: string): Promise<void> {
  const orm = await MikroORM.init(ormConfig(url));
  try {
    await orm.migrator.up();
    await seedReference(orm.em.fork());
    await seedDemo(orm.em.fork(), pino({ level: 'silent' }));
  } finally {
    await orm.close();
  }
}
