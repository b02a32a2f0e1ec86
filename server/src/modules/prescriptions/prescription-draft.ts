export interface UrlWithPlatform {
  url: string;
  platformId: string | null;
}

/** Groups the case's URLs by platform: one prescription per addressee, every URL once, in the order found. */
export function groupByPlatform(urls: readonly UrlWithPlatform[]): { platformId: string | null; urls: string[] }[] {
  const groups = new Map<string | null, string[]>();
  for (const { url, platformId } of urls) {
    const list = groups.get(platformId) ?? [];
    if (!list.includes(url)) list.push(url);
    groups.set(platformId, list);
  }
  return [...groups].map(([platformId, list]) => ({ platformId, urls: list }));
}
