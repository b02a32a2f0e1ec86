// The client's operations as the server knows them by hash: each document of src/gql/graphql.ts
// prepared as Apollo Client sends it (every selection gets __typename, then Apollo's `print`), keyed
// by the sha256 of that text. The build writes it beside the assets (dist/persisted-documents.json);
// the server reads it at start (server/src/app/persisted/), and the browser hashes the same text
// (src/app/persisted-documents.link.ts), so the hash it sends is one the server has.
import { createHash } from 'node:crypto';
import { addTypenameToDocument, print } from '@apollo/client/utilities';
import type { DocumentNode } from 'graphql';

export const MANIFEST_FILE = 'persisted-documents.json';

/** The text Apollo Client sends for a document. */
export const wireText = (document: DocumentNode): string => print(addTypenameToDocument(document));

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** src/gql/graphql.ts's operations (`export const CasesDocument = {…} as unknown as DocumentNode<…>;`, one a line): hash → text. */
export function persistedDocuments(generated: string): Record<string, string> {
  const manifest: Record<string, string> = {};
  for (const [, ast] of generated.matchAll(/^export const \w+Document = (\{"kind":"Document".*\}) as unknown as DocumentNode<.*>;$/gm)) {
    const text = wireText(JSON.parse(ast!) as DocumentNode);
    manifest[sha256(text)] = text;
  }
  return manifest;
}
