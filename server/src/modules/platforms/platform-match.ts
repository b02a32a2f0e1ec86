export interface PlatformHosts {
  id: string;
  hosts: readonly string[];
}

/** The platform whose host (or a parent domain of the URL's host) matches; null when none does. */
export function matchPlatform<P extends PlatformHosts>(url: string, platforms: readonly P[]): P | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
  for (const p of platforms) {
    if (p.hosts.some((h) => host === h || host.endsWith(`.${h}`))) return p;
  }
  return null;
}
