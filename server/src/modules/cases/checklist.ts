import { ageOn, localDate } from '../../shared/working-days/calendar.js';

export interface ChecklistInput {
  childBirthDate: string | null;
  episodes: readonly { occurredAt: Date; url: string; platformId: string | null }[];
}

/** The screening criteria of the legal definition; null means the case file cannot tell yet. */
export interface Checklist {
  childUnder18: boolean | null;
  twoOrMoreEpisodes: boolean;
  throughTelecomOrMedia: boolean | null;
  met: boolean;
}

const ADULT_AGE = 18;
// The law defines cyberbullying as systematic: two or more times.
const SYSTEMATIC_EPISODES = 2;

export const isHttpUrl = (s: string): boolean => {
  try {
    const url = new URL(s);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
};

/** Age is judged at the first episode (KZ local date): a child then is protected even if 18 now. */
const childUnder18 = (input: ChecklistInput): boolean | null => {
  if (input.childBirthDate === null || input.episodes.length === 0) return null;
  const first = Math.min(...input.episodes.map((e) => e.occurredAt.getTime()));
  const firstDate = localDate(new Date(first));
  // A birth date after the first episode is a data error: unknown, so screening flags it instead of failing.
  if (firstDate < input.childBirthDate) return null;
  return ageOn(input.childBirthDate, firstDate) < ADULT_AGE;
};

/**
 * The episodes that count toward "two or more times": those while the victim was a child (before the
 * 18th birthday, KZ local date). An unknown birth date, or one after the episode (a data error), keeps
 * the episode: age is its own criterion, left unknown then for the panel to establish; dropping episodes
 * here would also fail SYSTEMATIC for a missing date and hide the case's real pattern.
 */
export const episodesWhileMinor = <E extends { occurredAt: Date }>(childBirthDate: string | null, episodes: readonly E[]): E[] =>
  episodes.filter((e) => {
    if (childBirthDate === null) return true;
    const on = localDate(e.occurredAt);
    return on < childBirthDate || ageOn(childBirthDate, on) < ADULT_AGE;
  });

/** The screening checklist computed from the case file. */
export const computeChecklist = (input: ChecklistInput): Checklist => {
  const under18 = childUnder18(input);
  const twoOrMoreEpisodes = episodesWhileMinor(input.childBirthDate, input.episodes).length >= SYSTEMATIC_EPISODES;
  const throughTelecomOrMedia = input.episodes.length === 0 ? null : input.episodes.every((e) => isHttpUrl(e.url));
  return {
    childUnder18: under18,
    twoOrMoreEpisodes,
    throughTelecomOrMedia,
    met: under18 === true && twoOrMoreEpisodes && throughTelecomOrMedia === true,
  };
};
