import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { MANIFEST_FILE, persistedDocuments } from './persisted-documents';

const VIRTUAL = 'virtual:gql-document/';

/**
 * What the client preset's Babel plugin does, for Vite: replaces each `graphql(`…`)` call with
 * that one document (`CasesDocument`, `MemberSummaryFragmentDoc`), as its own small module.
 * Without it, `graphql()` looks documents up at run time in one map of them all (src/gql/gql.ts),
 * and even named imports of src/gql/graphql.ts would put every used document into one shared
 * chunk: either way a page would download the documents of other pages.
 * The text of each call is looked up in gql.ts, so a document changed without `pnpm codegen`
 * fails the build instead of sending a stale query. The build also writes the manifest of every
 * operation by hash (persisted-documents.ts), which the server registers at start.
 */
export function gqlDocuments(): Plugin {
  let dir = '';
  const read = cachedByMtime();

  return {
    name: 'panel:gql-documents',
    enforce: 'pre',
    configResolved(config) {
      dir = path.resolve(config.root, 'src/gql');
    },
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${VIRTUAL}`)) return null;
      const name = id.slice(VIRTUAL.length + 1);
      const generated = path.join(dir, 'graphql.ts');
      this.addWatchFile(generated); // `pnpm codegen` under `pnpm dev` reloads the document
      const ast = read(generated, readDocumentAsts).get(name);
      if (!ast) throw new Error(`src/gql/graphql.ts has no ${name} (run \`pnpm codegen\`)`);
      return `export const ${name} = ${ast};\n`;
    },
    // Every operation the client may send, by hash: the server registers them at start.
    generateBundle() {
      const source = JSON.stringify(persistedDocuments(readFileSync(path.join(dir, 'graphql.ts'), 'utf8')));
      this.emitFile({ type: 'asset', fileName: MANIFEST_FILE, source });
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(dir) || !code.includes('graphql(`')) return null;
      const map = path.join(dir, 'gql.ts');
      this.addWatchFile(map);
      const names = read(map, readDocumentNames);
      const used = new Set<string>();
      const out = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (call, source: string) => {
        const name = names.get(source);
        if (!name) throw new Error(`${id}: a graphql() document is not in src/gql (run \`pnpm codegen\`)`);
        used.add(name);
        return name + '\n'.repeat(call.split('\n').length - 1); // keeps the lines where they were
      });
      if (used.size === 0) return null;
      // On the first line, so that line numbers stay those of the source.
      const imports = [...used].map((name) => `import { ${name} } from '${VIRTUAL}${name}';`).join(' ');
      return { code: imports + ' ' + out, map: null };
    },
  };
}

function cachedByMtime() {
  const cache = new Map<string, { mtimeMs: number; value: Map<string, string> }>();
  return (file: string, parse: (text: string) => Map<string, string>): Map<string, string> => {
    const { mtimeMs } = statSync(file);
    let hit = cache.get(file);
    if (hit?.mtimeMs !== mtimeMs) {
      hit = { mtimeMs, value: parse(readFileSync(file, 'utf8')) };
      cache.set(file, hit);
    }
    return hit.value;
  };
}

/** gql.ts's runtime map (`const documents = { "<source>": types.CasesDocument, … }`): source → export name. */
function readDocumentNames(gql: string): Map<string, string> {
  const body = gql.slice(gql.indexOf('const documents'));
  const names = new Map<string, string>();
  for (const [, key, name] of body.matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),?$/gm)) {
    names.set(JSON.parse(key!) as string, name!);
  }
  return names;
}

/** graphql.ts's documents, one a line (`export const CasesDocument = {…} as unknown as DocumentNode<…>;`): name → AST literal. */
function readDocumentAsts(generated: string): Map<string, string> {
  const asts = new Map<string, string>();
  for (const [, name, ast] of generated.matchAll(/^export const (\w+) = (\{"kind":"Document".*\}) as unknown as DocumentNode<.*>;$/gm)) {
    asts.set(name!, ast!);
  }
  return asts;
}
