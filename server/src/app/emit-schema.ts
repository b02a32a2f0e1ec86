// Writes schema/schema.graphql from the resolvers: `pnpm schema:emit`.
import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { createSchema } from './schema.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../../../schema/schema.graphql', import.meta.url));

await createSchema(SCHEMA_FILE);
console.log(`wrote ${SCHEMA_FILE}`);
