import type { Platform } from './operations';

/** The registry platform whose host the URL is on (subdomains included), if any. */
export function platformFor(url: string, platforms: readonly Platform[]): Platform | null {
  let host: string;
  try {
    host = new URL(url.trim()).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
  return (
    platforms.find((p) =>
      p.hosts.some((h) => {
        const known = h.toLowerCase().replace(/^www\./, '');
        return host === known || host.endsWith(`.${known}`);
      }),
    ) ?? null
  );
}
