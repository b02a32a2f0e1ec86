import { ContentKind } from './case.enums.js';

// A URL that names a whole account, channel, group or page (its "root") rather than one piece of
// content. A prescription demands removal of the content: by default it lists content URLs only,
// and an account root only when the panel chooses it (issue 16, point 2).

/** Single path segments that are content pages, not accounts (`/watch?v=…`, VK's `/wall-1_2`, `/photo1_2`…). */
const CONTENT_SEGMENT = /^(watch|shorts|reel|reels|p|tv|status|post|posts|story|stories|video|videos|clip|clips|photo|photos|live|embed)$|^(wall|photo|video|clip|topic|story|album|note|market)-?\d/i;
/** Query parameters that point at one piece of content on an account's page (`?w=wall-1_2`, `?v=…`, `?z=photo…`). */
const CONTENT_QUERY = ['v', 'w', 'z', 'story_fbid', 'fbid'];
/** Hosts whose every link points at one piece of content (`youtu.be/ID`, `vm.tiktok.com/ZM…`). */
const SHORT_LINK_HOSTS = new Set(['youtu.be', 'vm.tiktok.com', 'vt.tiktok.com', 'fb.watch', 'instagr.am']);
/** First segments whose second segment names an account (`/channel/UC…`, `/c/name`, `/user/name`, `/groups/name`). */
const ACCOUNT_PREFIX = new Set(['channel', 'c', 'user', 'u', 'groups', 'group', 'people', 'profile', 'id', 'club', 'public', 'community', 's']);
/** Tabs of an account page that still show the whole account (`/@name/videos`). */
const ACCOUNT_TAB = new Set(['video', 'videos', 'shorts', 'streams', 'featured', 'about', 'playlists', 'community', 'posts', 'live', 'reels', 'tagged', 'photos', 'friends', 'followers', 'following']);

/** A path segment as written, decoded where its escapes are valid (a malformed `%` stays as it is). */
const decodeSegment = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** Whether the URL is an account root; an episode's content kind PROFILE says so whatever the URL looks like. */
export function isAccountRoot(url: string, contentKind?: ContentKind | null): boolean {
  if (contentKind === ContentKind.PROFILE) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false; // not a URL: nothing to classify, treated as content so it is not silently dropped
  }
  if (SHORT_LINK_HOSTS.has(parsed.hostname.toLowerCase().replace(/^www\./, '')) || CONTENT_QUERY.some((q) => parsed.searchParams.has(q))) return false;
  const segments = parsed.pathname.split('/').filter((s) => s !== '');
  const [first, second, third] = segments.map((s) => decodeSegment(s).toLowerCase());
  if (segments.length === 0) return true;
  if (segments.length === 1) return !CONTENT_SEGMENT.test(first!);
  if (segments.length === 2) {
    if (ACCOUNT_PREFIX.has(first!)) return true;
    return !CONTENT_SEGMENT.test(first!) && ACCOUNT_TAB.has(second!);
  }
  if (segments.length === 3) return ACCOUNT_PREFIX.has(first!) && ACCOUNT_TAB.has(third!);
  return false;
}

/** Whether the URL goes into the prescription: the panel's choice, else content yes and account roots no. */
export const inPrescription = (choice: boolean | null | undefined, accountRoot: boolean): boolean => choice ?? !accountRoot;

export interface CaseUrl {
  url: string;
  platformId: string | null;
  contentKind?: ContentKind | null;
  inPrescription: boolean | null;
}

export interface PrescriptionUrlChoice {
  url: string;
  platformId: string | null;
  accountRoot: boolean;
  /** The panel's explicit choice; null when the default applies. */
  choice: boolean | null;
  included: boolean;
}

/**
 * The distinct URLs of a case (episodes first, then resources), each with whether it goes into the
 * prescription. One URL recorded twice is one choice: any row that says PROFILE makes it a root,
 * and an explicit choice on any row wins over the default.
 */
export function prescriptionUrls(rows: readonly CaseUrl[]): PrescriptionUrlChoice[] {
  const byUrl = new Map<string, PrescriptionUrlChoice>();
  for (const r of rows) {
    const seen = byUrl.get(r.url);
    const accountRoot = (seen?.accountRoot ?? false) || isAccountRoot(r.url, r.contentKind);
    const choice = seen?.choice ?? r.inPrescription ?? null;
    byUrl.set(r.url, { url: r.url, platformId: seen?.platformId ?? r.platformId, accountRoot, choice, included: inPrescription(choice, accountRoot) });
  }
  return [...byUrl.values()];
}
