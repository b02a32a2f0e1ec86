import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_FLAGS } from '../support/platform-process.js';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe('the server runs with the same node flags wherever it is started', () => {
  it.each([
    ['`pnpm start` (server/package.json)', () => (JSON.parse(read('server/package.json')) as { scripts: { start: string } }).scripts.start.split(' ')],
    ['the image (server/Dockerfile)', () => JSON.parse(/^CMD (\[.*\])$/m.exec(read('server/Dockerfile'))![1]) as string[]],
  ])('%s passes each of SERVER_NODE_FLAGS to node, before the script', (_where, command) => {
    const words = command();
    expect(words[0]).toBe('node');
    const script = words.findIndex((w) => w.endsWith('dist/main.js'));
    expect(words.slice(1, script)).toEqual([...SERVER_NODE_FLAGS]);
  });
});
