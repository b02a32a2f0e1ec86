import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSchema, SCHEMA_FILE } from './schema.js';

describe('schema/schema.graphql', () => {
  it('is what the server emits (run `pnpm schema:emit` after changing a resolver)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'schema-'));
    try {
      const fresh = path.join(dir, 'schema.graphql');
      await createSchema(fresh);
      expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(await readFile(fresh, 'utf8'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
