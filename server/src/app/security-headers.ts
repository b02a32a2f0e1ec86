import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * What a browser may do with the platform's pages: scripts, styles, workers and connections from
 * this origin only (the built client has no inline script; charts and the editor set inline
 * styles), nothing may frame it, no referrer leaves it, no MIME sniffing. HSTS only over TLS (a
 * TLS-terminating proxy in TRUST_PROXY sets X-Forwarded-Proto): a browser ignores it over HTTP.
 */
export function securityHeaders(): RequestHandler {
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
  const hsts = helmet.strictTransportSecurity({ maxAge: 31_536_000, includeSubDomains: true });
  return (req, res, next) => headers(req, res, (err?: unknown) => (err ? next(err) : req.secure ? hsts(req, res, next) : next()));
}
