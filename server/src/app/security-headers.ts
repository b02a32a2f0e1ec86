import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * What a browser may do with the platform's pages: scripts, styles, workers and connections from
 * this origin only (the built client has no inline script; charts and the editor set inline
 * styles), nothing may frame it, no referrer leaves it, no MIME sniffing. HSTS only over TLS (a
 * TLS-terminating proxy in TRUST_PROXY sets X-Forwarded-Proto): a browser ignores it over HTTP.
 */
export function securityHeaders(): RequestHandler {
  const apply = securityHeaderSetter();
  return (req, res, next) => {
    apply(res, req.secure);
    next();
  };
}

/** The headers of `securityHeaders` for any response (the GraphQL route answers without Express); HSTS only `overTls`. */
export function securityHeaderSetter(): (res: HeaderTarget, overTls: boolean) => void {
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
  // The same for every request: what helmet sets and removes is read once, then applied as is (its
  // dozen middlewares, the policy rebuilt per response, cost more than the rest of a small request's routing).
  const plain = recorded(headers);
  const overTls = recorded(hsts);
  return (res, secure) => {
    plain.applyTo(res);
    if (secure) overTls.applyTo(res);
  };
}

type HeaderTarget = { setHeader: (name: string, value: string) => unknown; removeHeader: (name: string) => void };

/** The headers a request-independent middleware sets and removes, to apply to any response. */
function recorded(middleware: RequestHandler): { applyTo: (res: HeaderTarget) => void } {
  const set = new Map<string, string>();
  const removed = new Set<string>();
  let failed: unknown = null;
  const res = {
    setHeader: (name: string, value: string) => { set.set(name, value); removed.delete(name); },
    removeHeader: (name: string) => { set.delete(name); removed.add(name); },
  };
  (middleware as unknown as (req: object, res: object, next: (err?: unknown) => void) => void)({}, res, (err) => { failed = err ?? null; });
  if (failed) throw failed;
  const pairs = [...set];
  const gone = [...removed];
  return {
    applyTo: (target) => {
      for (const name of gone) target.removeHeader(name);
      for (const [name, value] of pairs) target.setHeader(name, value);
    },
  };
}
