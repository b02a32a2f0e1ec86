import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

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

const PRIVATE = [/^127\./, /^10\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^169\.254\./, /^0\./, /^::1$/, /^f[cd]/i, /^fe80/i, /^::ffff:(127|10|192\.168)\./];

/** Whether an address is loopback, private or link-local: a re-check never reaches into the operator's own network. */
export const isPrivateAddress = (address: string) => PRIVATE.some((p) => p.test(address));

/** Maps an HTTP answer to the state of the content: 404 and 410 mean removed. */
export function stateOf(status: number): UrlState {
  if (status === 404 || status === 410) return 'GONE';
  if (status >= 200 && status < 400) return 'PRESENT';
  return 'UNREACHABLE';
}

/** Real HTTP: a GET with a timeout, no redirects followed blindly into private networks. */
export class HttpUrlChecker implements UrlChecker {
  constructor(private readonly opts: { timeoutMs: number; allowPrivate: boolean }) {}

  async check(url: string): Promise<UrlCheckResult> {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return { url, state: 'UNREACHABLE', httpStatus: null, note: 'not a URL' };
    }
    if (!this.opts.allowPrivate) {
      const host = target.hostname.replace(/^\[|\]$/g, '');
      const addresses = isIP(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
      if (addresses.length === 0) return { url, state: 'UNREACHABLE', httpStatus: null, note: 'host not found' };
      if (addresses.some(isPrivateAddress)) return { url, state: 'UNREACHABLE', httpStatus: null, note: 'private address refused' };
    }
    try {
      const res = await fetch(target, { method: 'GET', redirect: this.opts.allowPrivate ? 'follow' : 'manual', signal: AbortSignal.timeout(this.opts.timeoutMs), headers: { 'user-agent': 'kz-cyberbullying-panel/recheck' } });
      await res.body?.cancel().catch(() => undefined);
      return { url, state: stateOf(res.status), httpStatus: res.status, note: null };
    } catch (e) {
      const timeout = e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');
      return { url, state: 'UNREACHABLE', httpStatus: null, note: timeout ? `no answer within ${this.opts.timeoutMs} ms` : 'connection failed' };
    }
  }
}
