import { DomainError, msg, type Localized } from '../../shared/domain-error.js';
import { ageOn, localDate } from '../../shared/working-days/calendar.js';
import { ChecklistCriterion, EpisodeChannel } from './case.enums.js';

export interface ChecklistInput {
  childBirthDate: string | null;
  episodes: readonly { occurredAt: Date; channel: EpisodeChannel; url: string | null }[];
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

/**
 * Whether one episode went through mass media or telecommunication networks: a URL episode if its
 * address is a web link; an SMS, a call or a private message travel over telecommunication networks;
 * OTHER cannot tell (null: the panel establishes it).
 */
const episodeThroughTelecomOrMedia = (e: ChecklistInput['episodes'][number]): boolean | null => {
  if (e.channel === EpisodeChannel.URL) return e.url !== null && isHttpUrl(e.url);
  return e.channel === EpisodeChannel.OTHER ? null : true;
};

/** All episodes must be through media or telecom: any false fails it, else any unknown leaves it unknown. */
const throughTelecomOrMedia = (episodes: ChecklistInput['episodes']): boolean | null => {
  if (episodes.length === 0) return null;
  const each = episodes.map(episodeThroughTelecomOrMedia);
  if (each.includes(false)) return false;
  return each.includes(null) ? null : true;
};

/** The screening checklist computed from the case file. */
export const computeChecklist = (input: ChecklistInput): Checklist => {
  const under18 = childUnder18(input);
  const twoOrMoreEpisodes = episodesWhileMinor(input.childBirthDate, input.episodes).length >= SYSTEMATIC_EPISODES;
  const throughTelecom = throughTelecomOrMedia(input.episodes);
  return {
    childUnder18: under18,
    twoOrMoreEpisodes,
    throughTelecomOrMedia: throughTelecom,
    met: under18 === true && twoOrMoreEpisodes && throughTelecom === true,
  };
};

/** The criteria a checklist does not show as met (false or unknown), in the checklist's order. */
export const failingCriteria = (c: Checklist): ChecklistCriterion[] => [
  ...(c.childUnder18 === true ? [] : [ChecklistCriterion.CHILD_UNDER_18]),
  ...(c.twoOrMoreEpisodes ? [] : [ChecklistCriterion.SYSTEMATIC]),
  ...(c.throughTelecomOrMedia === true ? [] : [ChecklistCriterion.MEDIA_OR_TELECOM]),
];

/** A checklist with its failing criteria, as the GraphQL `Checklist` shows it. */
export const withFailing = (c: Checklist): Checklist & { failing: ChecklistCriterion[] } => ({ ...c, failing: failingCriteria(c) });

export const CRITERION_FAILS: Record<ChecklistCriterion, Localized> = {
  CHILD_UNDER_18: msg(
    'The child is not shown to have been under 18 at the first episode.',
    'Не подтверждено, что ребёнку не было 18 лет на момент первого эпизода.',
    'Бірінші эпизод кезінде баланың 18 жасқа толмағаны расталмаған.',
  ),
  SYSTEMATIC: msg(
    'Fewer than two episodes while the child was a minor (the law requires two or more).',
    'Менее двух эпизодов, пока ребёнок был несовершеннолетним (закон требует двух и более).',
    'Бала кәмелетке толмаған кезде екіден аз эпизод болған (заң екі және одан да көп ретті талап етеді).',
  ),
  MEDIA_OR_TELECOM: msg(
    'Not every episode is shown to have happened through mass media or telecommunication networks.',
    'Не по каждому эпизоду видно, что он совершён через СМИ или сети телекоммуникаций.',
    'Әр эпизодтың бұқаралық ақпарат құралдары немесе телекоммуникация желілері арқылы жасалғаны көрінбейді.',
  ),
};

/**
 * Refusal of a step (registering, accepting for review) on a file failing the checklist without a
 * recorded reason: BAD_USER_INPUT with the stable `details.reason` CHECKLIST_REASON_REQUIRED and the failing criteria.
 */
export const checklistReasonRequired = (failing: readonly ChecklistCriterion[], field = 'reason'): DomainError => {
  const list = (lang: keyof Localized) => failing.map((c) => CRITERION_FAILS[c][lang]).join(' ');
  const message = msg(
    `The file fails the screening checklist: ${list('en')} To go on anyway, give the reason.`,
    `Материалы не проходят контрольный перечень: ${list('ru')} Чтобы всё же продолжить, укажите причину.`,
    `Материалдар тексеру тізбесінен өтпейді: ${list('kk')} Сонда да жалғастыру үшін себебін көрсетіңіз.`,
  );
  return new DomainError('BAD_USER_INPUT', message, { reason: CHECKLIST_REASON_REQUIRED, failing }, { [field]: { code: 'REQUIRED', message } });
};

export const CHECKLIST_REASON_REQUIRED = 'CHECKLIST_REASON_REQUIRED';
