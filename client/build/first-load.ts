// What a browser must download before the case room renders (budget B6), from the Vite manifest of
// a build: the entry chunk and its static imports, the messages of one interface language (each
// language is a lazy chunk loaded before the first render; the largest is counted), then the case
// room's lazy chunk and its static imports. Shared by the build's size report (report-sizes.ts) and `pnpm bench bundle`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** One entry of `.vite/manifest.json` (the fields used here). */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

/** The case room's route module, lazily imported by the router. */
export const CASE_ROOM_ROUTE = 'src/features/case-room/case-room.page.tsx';

/** The messages of one interface language (src/app/i18n/kk.ts, ru.ts, en.ts), lazily imported by i18n.setup.ts. */
export const LANGUAGE_MODULE = /^src\/app\/i18n\/(kk|ru|en)\.ts$/;

export interface ChunkSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface FirstLoad {
  /** The entry chunk and every chunk it imports statically: the shell every page needs. */
  entry: ChunkSize[];
  /** The largest language's messages and their static imports that the entry does not already bring. */
  language: ChunkSize[];
  /** The case room's chunk and its static imports that the entry does not already bring. */
  caseRoom: ChunkSize[];
  /** Chunks the case room imports lazily after it rendered (the voting panel): not counted. */
  afterRender: ChunkSize[];
  entryGzipBytes: number;
  languageGzipBytes: number;
  caseRoomGzipBytes: number;
  /** entry + language + case room: the budget's figure. */
  totalGzipBytes: number;
  totalBytes: number;
}

export const MANIFEST_PATH = '.vite/manifest.json';

/** Budget B6 of DESIGN.md §6, in gzip bytes (KB of 1 000 bytes). */
export const FIRST_LOAD_BUDGET_BYTES = 200_000;

/** The manifest keys reachable from `roots` through static imports only, roots first. */
export function staticClosure(manifest: Manifest, roots: string[]): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest has no chunk "${key}"`);
    seen.add(key);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  roots.forEach(visit);
  return [...seen];
}

/** The size of one emitted JS file, raw and gzipped (zlib's default level, as Vite's own report). */
export function sizeOf(distDir: string, file: string): ChunkSize {
  const code = readFileSync(path.join(distDir, file));
  return { file, bytes: code.length, gzipBytes: gzipSync(code).length };
}

const sum = (chunks: ChunkSize[], key: 'bytes' | 'gzipBytes') => chunks.reduce((n, c) => n + c[key], 0);

/** The JS of the first load of `/cases/:id`, measured in a build's output folder. */
export function measureFirstLoad(distDir: string): FirstLoad {
  const manifest = JSON.parse(readFileSync(path.join(distDir, MANIFEST_PATH), 'utf8')) as Manifest;
  const entries = Object.keys(manifest).filter((k) => manifest[k].isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry in the manifest, found ${entries.length}: ${entries.join(', ')}`);
  if (!manifest[CASE_ROOM_ROUTE]) throw new Error(`the manifest has no chunk for ${CASE_ROOM_ROUTE}: is the case room still a lazy route?`);
  const measure = (keys: string[]) => keys.map((k) => manifest[k].file).filter((f) => f.endsWith('.js')).map((f) => sizeOf(distDir, f));
  const entryKeys = staticClosure(manifest, entries);
  const entry = measure(entryKeys);
  // Messages bundled into the entry leave no language chunk: then nothing more is counted here.
  const languages = Object.keys(manifest)
    .filter((k) => LANGUAGE_MODULE.test(k) && !entryKeys.includes(k))
    .map((k) => staticClosure(manifest, [k]).filter((d) => !entryKeys.includes(d)))
    .map((keys) => ({ keys, chunks: measure(keys) }));
  const largest = languages.reduce<{ keys: string[]; chunks: ChunkSize[] }>(
    (max, l) => (sum(l.chunks, 'gzipBytes') > sum(max.chunks, 'gzipBytes') ? l : max),
    { keys: [], chunks: [] },
  );
  const language = largest.chunks;
  const before = new Set([...entryKeys, ...largest.keys]);
  const roomKeys = staticClosure(manifest, [CASE_ROOM_ROUTE]).filter((k) => !before.has(k));
  const loaded = new Set([...before, ...roomKeys]);
  const lazyKeys = staticClosure(manifest, (manifest[CASE_ROOM_ROUTE].dynamicImports ?? []).filter((k) => !loaded.has(k))).filter((k) => !loaded.has(k));
  const caseRoom = measure(roomKeys);
  const afterRender = measure(lazyKeys);
  const entryGzipBytes = sum(entry, 'gzipBytes');
  const languageGzipBytes = sum(language, 'gzipBytes');
  const caseRoomGzipBytes = sum(caseRoom, 'gzipBytes');
  return {
    entry,
    language,
    caseRoom,
    afterRender,
    entryGzipBytes,
    languageGzipBytes,
    caseRoomGzipBytes,
    totalGzipBytes: entryGzipBytes + languageGzipBytes + caseRoomGzipBytes,
    totalBytes: sum(entry, 'bytes') + sum(language, 'bytes') + sum(caseRoom, 'bytes'),
  };
}

/** KB (1 000 bytes, as Vite prints them) with one decimal. */
export const kb = (bytes: number): string => (bytes / 1000).toFixed(1);
