import http from 'node:http';
import { sha256 } from '../../../server/src/app/persisted/persisted-documents.js';

/** A GraphQL error as the server sent it: its `extensions.code` and message. */
export class GraphqlError extends Error {}

/**
 * GraphQL over HTTP POST on keep-alive sockets, one per concurrent client at most, as a browser
 * or a proxy would hold them: the benchmark measures requests, not TCP handshakes.
 */
export class KeepAliveGraphql {
  private readonly agent: http.Agent;
  private readonly host: string;
  private readonly port: number;
  /** Each document's hash, and whether a request with its text has succeeded (which registered it with the server). */
  private readonly documents = new Map<string, { hash: string; registered: boolean }>();

  constructor(url: string, sockets: number) {
    const u = new URL(url);
    this.host = u.hostname;
    this.port = Number(u.port);
    this.agent = new http.Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
  }

  /**
   * One operation; rejects with the server's code and message when it answers with errors. As the
   * client sends its documents: by the sha256 of the text (persisted documents), the text with it the
   * first time, which registers a document the server's manifest lacks. Raw http.request on purpose,
   * not gqlPost: the load goes over this client's keep-alive agent and is measured.
   */
  post<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    let document = this.documents.get(query);
    if (!document) this.documents.set(query, (document = { hash: sha256(query), registered: false }));
    const withText = !document.registered;
    const extensions = { persistedQuery: { version: 1, sha256Hash: document.hash } };
    const payload = JSON.stringify(withText ? { query, variables, extensions } : { variables, extensions });
    return new Promise<T>((resolve, reject) => {
      const req = http.request(
        {
          host: this.host,
          port: this.port,
          path: '/graphql',
          method: 'POST',
          agent: this.agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), authorization: `Bearer ${token}` },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            try {
              const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
              if (body.errors?.length || !body.data) {
                const e = body.errors?.[0];
                reject(new GraphqlError(`HTTP ${res.statusCode} ${e?.extensions?.code ?? ''}: ${e?.message ?? 'no data'}`));
              } else {
                document.registered = true;
                resolve(body.data);
              }
            } catch (e) {
              reject(new Error(`HTTP ${res.statusCode}: unreadable body (${(e as Error).message})`));
            }
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
