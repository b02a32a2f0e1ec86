import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { AppDeps, Context } from '../shared/context.js';
import proxyaddr from 'proxy-addr';
import { graphqlRefusal, JSON_BODY_BYTES, startRequest } from './http-request.js';
import { buildContext } from './request-context.js';
import { securityHeaderSetter } from './security-headers.js';

const PATH = '/graphql';

/**
 * POST /graphql with a JSON body, from Node's HTTP server straight to Apollo Server: the request of
 * every screen and every write, without Express's router, body parser and response helpers, which
 * cost more than the rest of a small operation (measured: `{ __typename }` took 0.6–0.75 ms of CPU
 * through Express, 0.15 ms here). It answers as the Express route did: the same security headers,
 * request id and log line, `no-store`, the 1 MB limit, the client address through TRUST_PROXY, and
 * the same refusals of a body too large or not JSON. Anything else — another path, method, media
 * type, charset or a compressed body — is not taken, and the Express app answers it as before.
 */
export function graphqlPost(orm: MikroORM, deps: AppDeps, apollo: ApolloServer<Context>) {
  const securityHeaders = securityHeaderSetter();
  // The client's address and whether it came over TLS, as Express's req.ip and req.secure read them:
  // X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies TRUST_PROXY names.
  const trust = proxyaddr.compile([...deps.env.trustProxy]);
  const clientIp = (req: IncomingMessage) => proxyaddr(req, trust);
  const overTls = (req: IncomingMessage) => 'encrypted' in req.socket || (trust(req.socket.remoteAddress ?? '', 0) && forwardedProto(req) === 'https');

  const refuse = (res: ServerResponse, status: number, requestId: string) => {
    const answer = graphqlRefusal(status, requestId);
    send(res, answer.status, JSON.stringify(answer.body), 'application/json; charset=utf-8');
  };

  return {
    takes: (req: IncomingMessage): boolean => req.method === 'POST' && splitUrl(req.url).path === PATH && isPlainJson(req),

    handle(req: IncomingMessage, res: ServerResponse): void {
      securityHeaders(res, overTls(req));
      const requestId = startRequest(req, res, deps.log, PATH);
      res.setHeader('Cache-Control', 'no-store');
      void (async () => {
        const read = await readJson(req);
        if ('refused' in read) {
          refuse(res, read.refused, requestId);
          return;
        }
        const headers = new HeaderMap();
        for (const [key, value] of Object.entries(req.headers)) {
          if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
        }
        const answer = await apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: 'POST', headers, search: splitUrl(req.url).search, body: read.body },
          context: () => buildContext(orm, deps, req.headers.authorization, requestId, clientIp(req)),
        });
        for (const [key, value] of answer.headers) res.setHeader(key, value);
        if (answer.body.kind === 'complete') {
          send(res, answer.status ?? 200, answer.body.string);
          return;
        }
        res.statusCode = answer.status ?? 200;
        for await (const chunk of answer.body.asyncIterator) res.write(chunk);
        res.end();
      })().catch((err: unknown) => {
        deps.log.error({ err, requestId }, 'unhandled error');
        if (!res.headersSent) refuse(res, 500, requestId);
        else res.destroy();
      });
    },
  };
}

/** A request URL's path and its query string (with its `?`, or empty). */
function splitUrl(url = ''): { path: string; search: string } {
  const q = url.indexOf('?');
  return q < 0 ? { path: url, search: '' } : { path: url.slice(0, q), search: url.slice(q) };
}

/** `application/json`, in UTF-8 (said or not), not compressed: what Express's JSON parser would read as is. */
function isPlainJson(req: IncomingMessage): boolean {
  const [type, ...params] = (req.headers['content-type'] ?? '').split(';');
  if (type.trim().toLowerCase() !== 'application/json') return false;
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  return params.every((p) => {
    const [name, value = ''] = p.split('=');
    return name.trim().toLowerCase() !== 'charset' || /^"?utf-8"?$/i.test(value.trim());
  });
}

/** The first X-Forwarded-Proto, as Express reads it behind a trusted proxy. */
function forwardedProto(req: IncomingMessage): string {
  const header = req.headers['x-forwarded-proto'];
  const value = Array.isArray(header) ? header[0] : header;
  return (value ?? '').split(',')[0].trim().toLowerCase();
}

/**
 * The body as JSON, as Express's parser reads it: at most JSON_BODY_BYTES (else 413, the rest
 * discarded), a leading byte order mark dropped, empty as `{}`, an object or an array only (else
 * 400, as is anything that does not parse, or a body cut off).
 */
function readJson(req: IncomingMessage): Promise<{ body: unknown } | { refused: 400 | 413 }> {
  if (Number(req.headers['content-length'] ?? 0) > JSON_BODY_BYTES) return Promise.resolve(discard(req));
  // Read with listeners rather than `for await`: a stream's async iterator costs a dozen promises per
  // body, more than the rest of a small write's HTTP handling (issue 18). The first outcome settles it.
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    req.on('data', (chunk: Buffer) => {
      if (bytes > JSON_BODY_BYTES) return; // already refused; the rest is discarded
      bytes += chunk.length;
      if (bytes <= JSON_BODY_BYTES) chunks.push(chunk);
      else resolve(discard(req));
    });
    req.on('end', () => resolve(parseJson(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks))));
    // The client went away mid-body: no 'end' comes.
    req.on('error', () => resolve({ refused: 400 }));
    req.on('close', () => resolve({ refused: 400 }));
  });
}

/** A whole body as JSON: see readJson. */
function parseJson(bytes: Buffer): { body: unknown } | { refused: 400 } {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (text.length === 0) return { body: {} };
  if (!/^[ \t\n\r]*[{[]/.test(text)) return { refused: 400 };
  try {
    return { body: JSON.parse(text) };
  } catch {
    return { refused: 400 };
  }
}

function discard(req: IncomingMessage): { refused: 413 } {
  req.resume();
  return { refused: 413 };
}

function send(res: ServerResponse, status: number, body: string, contentType?: string): void {
  res.statusCode = status;
  if (contentType) res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}
