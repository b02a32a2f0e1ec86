// The operations the client sends when it opens a case room (/cases/:id), taken from the client's
// own documents and prepared as Apollo Client prepares them (every selection gets __typename), so
// `pnpm bench openroom` (budget B1) sends the same text a browser does. It lives in client/ so that
// graphql and @apollo/client resolve to the client's own copies.
import { print, type DocumentNode } from 'graphql';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { CASE_FILE } from '../src/features/case-file/operations';
import { CASE_THREAD, ROOM_DIRECTORY } from '../src/features/case-room/operations';
import { CASE_VOTING } from '../src/features/voting/operations';

export interface RoomOperation {
  operationName: string;
  query: string;
  /** Whether the operation takes the case id as `$id`. */
  byCase: boolean;
}

const prepare = (doc: DocumentNode, operationName: string, byCase: boolean): RoomOperation => ({ operationName, query: print(addTypenameToDocument(doc)), byCase });

/**
 * In the order the page asks: the case file (useCaseFile), the thread (useRoom → useCaseThread),
 * the mention directory (the composer), the voting panel (its lazy chunk, right after the file renders).
 */
export const ROOM_OPERATIONS: readonly RoomOperation[] = [
  prepare(CASE_FILE, 'CaseFile', true),
  prepare(CASE_THREAD, 'CaseThread', true),
  prepare(ROOM_DIRECTORY, 'RoomDirectory', false),
  prepare(CASE_VOTING, 'CaseVoting', true),
];
