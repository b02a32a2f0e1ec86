// Once per test run: a throwaway embedded PostgreSQL (or TEST_DATABASE_URL's server) with a migrated
// template database; every test file clones it (CREATE DATABASE … TEMPLATE), which takes milliseconds.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../server/src/db/embedded.js';
import '../../server/src/test-support/provided.js';
import { prepareTemplate } from '../../server/src/test-support/template.js';
import { adminUrlOf, databaseUrl, dropDatabase, recreateDatabase } from '../../server/src/test-support/databases.js';
import { chooseChromium } from './chromium.js';

export const TEMPLATE_DB = 'panel_template';

export default async function setup(project: TestProject) {
  // The browser for the e2e tests is chosen (and unpacked if need be) while PostgreSQL starts.
  const chromium = chooseChromium();
  void chromium.catch(() => undefined);
  const dir = await mkdtemp(path.join(tmpdir(), 'panel-test-'));
  const external = process.env.TEST_DATABASE_URL;
  const cluster = external ? null : await startEmbeddedPostgres(path.join(dir, 'pg'), () => undefined);
  const serverUrl = external ? adminUrlOf(external) : cluster!.url('postgres');
  const templateDb = external ? `${TEMPLATE_DB}_${process.pid}` : TEMPLATE_DB;
  await recreateDatabase(serverUrl, templateDb);
  await prepareTemplate(databaseUrl(serverUrl, templateDb));
  project.provide('dbServerUrl', serverUrl);
  project.provide('templateDb', templateDb);
  project.provide('chromium', await chromium);
  return async () => {
    if (external) await dropDatabase(serverUrl, templateDb);
    await cluster?.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
