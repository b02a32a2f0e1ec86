import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BoundedCache } from './bounded-cache.js';
import { MANIFEST_FILE, PersistedDocuments, readManifest, REGISTERED_MAX, sha256 } from './persisted-documents.js';

describe('BoundedCache', () => {
  it.each([
    ['past its count, the least recently used goes', 2, Infinity, ['a', 'b', 'a', 'c'], ['a', 'c']],
    ['past its weight, the least recently used go until it fits', 10, 6, ['a', 'b', 'c', 'a', 'd'], ['a', 'c', 'd']],
    ['a value heavier than the whole cache is not kept', 10, 2, ['a', 'toolong'], ['a']],
  ])('%s', (_w, maxEntries, maxWeight, sequence, kept) => {
    const cache = new BoundedCache<string>(maxEntries, maxWeight, (v) => v.length * 2);
    for (const key of sequence) {
      if (cache.get(key) === undefined) cache.set(key, key);
    }
    const all = ['a', 'b', 'c', 'd', 'toolong'];
    expect(all.filter((k) => cache.get(k) !== undefined)).toEqual(kept);
    expect(cache.size).toBe(kept.length);
  });

  it('keeps its weight in step through replacements and deletions', () => {
    const cache = new BoundedCache<string>(10, 100, (v) => v.length);
    cache.set('x', 'aaaa');
    cache.set('x', 'aa');
    cache.set('y', 'aaa');
    cache.delete('y');
    expect(cache.weight).toBe(2);
  });
});

describe('PersistedDocuments', () => {
  it('keeps what clients register within its bounds, and the manifest whatever they register', async () => {
    const manifest = new Map([[sha256('{ me { id } }'), '{ me { id } }']]);
    const store = new PersistedDocuments(manifest);
    const text = 'x'.repeat(8 * 1024);
    for (let i = 0; i < REGISTERED_MAX.characters / text.length + 100; i += 1) await store.texts.set(`apq:${i}`, text + i);
    let kept = 0;
    for (let i = 0; i < REGISTERED_MAX.characters / text.length + 100; i += 1) if (store.text(String(i)) !== undefined) kept += 1;
    expect(kept * text.length).toBeLessThanOrEqual(REGISTERED_MAX.characters);
    expect(store.text(String(REGISTERED_MAX.characters / text.length + 99))).toBeDefined();
    expect(await store.texts.get(`apq:${sha256('{ me { id } }')}`)).toBe('{ me { id } }');
  });

  it('reads a manifest, and refuses one whose hash is not its text\'s', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'panel-manifest-'));
    try {
      expect(readManifest(dir).size).toBe(0);
      await writeFile(path.join(dir, MANIFEST_FILE), JSON.stringify({ [sha256('{ me { id } }')]: '{ me { id } }' }));
      expect([...readManifest(dir).values()]).toEqual(['{ me { id } }']);
      await writeFile(path.join(dir, MANIFEST_FILE), JSON.stringify({ [sha256('{ me { id } }')]: '{ me { email } }' }));
      expect(() => readManifest(dir)).toThrow(/not the sha256 of its text/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
