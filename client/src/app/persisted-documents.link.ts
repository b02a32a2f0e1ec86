import { ApolloLink } from '@apollo/client';
import { print } from '@apollo/client/utilities';
import { from, mergeMap, of } from 'rxjs';

// Apollo Server's answer to a hash it does not know; its code is BAD_USER_INPUT here (the closed set of codes, errors.ts).
const NOT_FOUND = 'PersistedQueryNotFound';

const hex = (digest: ArrayBuffer) => Array.from(new Uint8Array(digest), (b) => (b + 256).toString(16).slice(1)).join('');

/**
 * The HTTP request of an operation: its headers (`headers()`, read when it is sent), and the
 * document sent by the sha256 of its text (Apollo's persisted-query protocol): the server knows the
 * client's own documents from the build's manifest. A server that does not know the hash (a deploy
 * between the page's load and now) answers PersistedQueryNotFound, and the text is sent with the
 * hash. The browser computes the hash of the text HttpLink sends (Apollo's `print`, cached per
 * document): no hashing library in the bundle (budget B6). Without `crypto.subtle` (a page served
 * over plain HTTP from another host) the text is sent as before.
 */
export const persistedDocumentsLink = (headers: () => Record<string, string>) => new ApolloLink((operation, forward) => {
  const send = (includeQuery: boolean) => {
    operation.setContext((context) => ({ headers: { ...context.headers, ...headers() }, http: { ...context.http, includeQuery } }));
    return forward(operation);
  };
  const subtle = globalThis.crypto?.subtle;
  return subtle
    ? from(subtle.digest('SHA-256', new TextEncoder().encode(print(operation.query)))).pipe(mergeMap((digest) => {
      operation.extensions.persistedQuery = { version: 1, sha256Hash: hex(digest) };
      return send(false).pipe(mergeMap((result) => (result.errors?.some((e) => e.message === NOT_FOUND) ? send(true) : of(result))));
    }))
    : send(true);
});
