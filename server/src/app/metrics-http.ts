import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { PlatformMetrics } from './metrics.js';

export type MetricsHandler = (req: IncomingMessage, res: ServerResponse) => void;

// Compared as digests: equal lengths for timingSafeEqual, and no early exit on the first differing byte.
const digest = (s: string) => createHash('sha256').update(s).digest();

/** Answers a scrape; with a token, only a request carrying `Authorization: Bearer <token>`. */
export function metricsHandler(metrics: PlatformMetrics, token: string | null): MetricsHandler {
  const expected = token === null ? null : digest(`Bearer ${token}`);
  return (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (expected && !timingSafeEqual(digest(req.headers.authorization ?? ''), expected)) {
      res.writeHead(401, { 'Content-Type': 'text/plain', 'WWW-Authenticate': 'Bearer' }).end('Unauthorized\n');
      return;
    }
    metrics.scrape().then(
      (text) => { res.writeHead(200, { 'Content-Type': metrics.contentType }).end(text); },
      () => { res.writeHead(500, { 'Content-Type': 'text/plain' }).end('Metrics unavailable\n'); },
    );
  };
}

/** A server of its own for METRICS_PORT: GET /metrics and nothing else, so it can stay off the public network. */
export function metricsServer(handler: MetricsHandler): Server {
  return createServer((req, res) => {
    if (req.method === 'GET' && req.url?.split('?')[0] === '/metrics') return handler(req, res);
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found\n');
  });
}
