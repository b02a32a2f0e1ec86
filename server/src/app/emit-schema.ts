// Writes schema/schema.graphql from the resolvers: `pnpm schema:emit`.
import 'reflect-metadata';
import { createSchema, SCHEMA_FILE } from './schema.js';

await createSchema(SCHEMA_FILE);
console.log(`wrote ${SCHEMA_FILE}`);
