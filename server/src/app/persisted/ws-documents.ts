import { GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import { PARSE_OPTIONS } from '../limits.js';
import { BoundedCache } from './bounded-cache.js';
import { sha256, type PersistedDocuments } from './persisted-documents.js';

/** Texts whose parsed and validated document is kept for WebSocket operations: bounded in count and characters. */
export const WS_DOCUMENTS_MAX = { entries: 1_000, characters: 4 * 1024 * 1024 } as const;

/** What a graphql-ws `subscribe` message carries (APQ's hash in `extensions`, as over HTTP). */
export interface SubscribeRequest {
  query: string;
  extensions?: Record<string, unknown> | null;
}

const persistedHash = (extensions: SubscribeRequest['extensions']): string | null => {
  const persisted = extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : null;
};

// As Apollo Server answers it over HTTP: the message is the protocol's signal, the code BAD_USER_INPUT once formatted (errors.ts).
export const persistedQueryNotFound = () => new GraphQLError('PersistedQueryNotFound', { extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
const hashMismatch = () => new GraphQLError('provided sha does not match query', { extensions: { code: 'BAD_REQUEST' } });

/**
 * The documents of WebSocket operations, each text parsed and validated once (with the socket's
 * rules) while it stays among the recently used. A subscribe message may name its document by
 * hash with an empty query (the client's own documents, and those registered over HTTP); unknown,
 * it is answered PersistedQueryNotFound, as over HTTP. Only documents that passed validation are kept.
 */
export class WsDocuments {
  private readonly validated = new BoundedCache<DocumentNode>(WS_DOCUMENTS_MAX.entries, WS_DOCUMENTS_MAX.characters, (d) => d.loc?.end ?? 0);

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rules: readonly ValidationRule[],
    private readonly persisted: PersistedDocuments,
  ) {}

  /** The operation's document, or the errors that refuse it. */
  resolve(request: SubscribeRequest): DocumentNode | GraphQLError[] {
    const hash = persistedHash(request.extensions);
    let text = request.query;
    if (hash !== null && text === '') {
      const known = this.persisted.text(hash);
      if (known === undefined) return [persistedQueryNotFound()];
      text = known;
    } else if (hash !== null && sha256(text) !== hash) {
      return [hashMismatch()];
    }
    const cached = this.validated.get(text);
    if (cached) return cached;
    let document: DocumentNode;
    try {
      document = parse(text, PARSE_OPTIONS);
    } catch (e) {
      return [e instanceof GraphQLError ? e : new GraphQLError('The operation could not be parsed.')];
    }
    const errors = validate(this.schema, document, this.rules);
    if (errors.length > 0) return [...errors];
    this.validated.set(text, document);
    return document;
  }
}
