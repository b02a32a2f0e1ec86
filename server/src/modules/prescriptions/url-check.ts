import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { isPublicAddress } from './outbound-address.js';

export type UrlState = 'GONE' | 'PRESENT' | 'UNREACHABLE';

export interface UrlCheckResult {
  url: string;
  state: UrlState;
  httpStatus: number | null;
  note: string | null;
}

export interface UrlChecker {
  check(url: string): Promise<UrlCheckResult>;
}

const MAX_REDIRECTS = 5;

/** Maps an HTTP answer to the state of the content: 404 and 410 mean removed. */
export function stateOf(status: number): UrlState {
  if (status === 404 || status === 410) return 'GONE';
  if (status >= 200 && status < 400) return 'PRESENT';
  return 'UNREACHABLE';
}

class Refused extends Error {}

/** The one address a request will connect to, after checking every address the name resolves to. */
async function pinnedAddress(host: string, allowed: (address: string) => boolean): Promise<{ address: string; family: 4 | 6 }> {
  const bare = host.replace(/^\[|\]$/g, '');
  const found = isIP(bare) ? [{ address: bare, family: isIP(bare) }] : await lookup(bare, { all: true }).catch(() => []);
  if (found.length === 0) throw new Refused('host not found');
  // One address that may not be reached is enough to refuse: the resolver could hand out either.
  if (!found.every((a) => allowed(a.address))) throw new Refused('private address refused');
  return { address: found[0].address, family: found[0].family === 6 ? 6 : 4 };
}

/** One GET to exactly `pinned` (no second resolution: no DNS rebinding), reading only the status and Location. */
function getOnce(target: URL, pinned: { address: string; family: 4 | 6 }, signal: AbortSignal): Promise<{ status: number; location: string | null }> {
  const pin: LookupFunction = (_host, options, callback) => {
    if (options.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(target, { method: 'GET', agent: false, lookup: pin, signal, headers: { 'user-agent': 'kz-cyberbullying-panel/recheck' } }, (res) => {
      resolve({ status: res.statusCode ?? 0, location: typeof res.headers.location === 'string' ? res.headers.location : null });
      res.destroy();
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Real HTTP, safe against a URL turned inward: every hop (the URL and each redirect, at most five)
 * is resolved once, refused unless every address is allowed (public unicast by default), and
 * connected to exactly the address that was checked.
 */
export class HttpUrlChecker implements UrlChecker {
  private readonly allowed: (address: string) => boolean;

  constructor(private readonly opts: { timeoutMs: number; allowPrivate: boolean; addressAllowed?: (address: string) => boolean }) {
    this.allowed = opts.addressAllowed ?? (opts.allowPrivate ? () => true : isPublicAddress);
  }

  async check(url: string): Promise<UrlCheckResult> {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return { url, state: 'UNREACHABLE', httpStatus: null, note: 'not a URL' };
    }
    const signal = AbortSignal.timeout(this.opts.timeoutMs);
    try {
      for (let hop = 0; ; hop++) {
        if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new Refused('only http and https are checked');
        const { status, location } = await getOnce(target, await pinnedAddress(target.hostname, this.allowed), signal);
        if (status < 300 || status >= 400 || !location) return { url, state: stateOf(status), httpStatus: status, note: null };
        if (hop === MAX_REDIRECTS) return { url, state: 'UNREACHABLE', httpStatus: status, note: `more than ${MAX_REDIRECTS} redirects` };
        target = new URL(location, target);
      }
    } catch (e) {
      if (e instanceof Refused) return { url, state: 'UNREACHABLE', httpStatus: null, note: e.message };
      const timeout = signal.aborted || (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError'));
      return { url, state: 'UNREACHABLE', httpStatus: null, note: timeout ? `no answer within ${this.opts.timeoutMs} ms` : 'connection failed' };
    }
  }
}

declare module '../../shared/context.js' {
  interface AppDeps {
    /** Re-checks of prescribed URLs (with the SSRF guard). */
    checker: UrlChecker;
  }
}
