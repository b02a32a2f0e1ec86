// The panel works on Kazakhstan time whatever the browser's zone is: deadlines are counted on
// Kazakhstan's calendar, so every time is shown and entered in it. Kazakhstan has had one zone,
// UTC+5, since 1 March 2024 (Asia/Almaty included); the server counts with the same fixed offset,
// so a fixed zone here keeps both sides equal even where the browser's tz data is older.
export const PANEL_TIME_ZONE = 'Etc/GMT-5'; // POSIX sign: this is UTC+5
const OFFSET_MS = 5 * 60 * 60 * 1000;

const INTL_LOCALES: Record<string, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

export function intlLocale(language: string): string {
  return INTL_LOCALES[language] ?? 'ru-RU';
}

// Some browser builds (Chromium among them) ship ICU without Kazakh date names and print
// "2026 M11 28". Then dates are spelled here from CLDR's Kazakh data, and numbers borrow
// Russian separators, which Kazakh shares.
const KK_MONTHS = ['қаң.', 'ақп.', 'нау.', 'сәу.', 'мам.', 'мау.', 'шіл.', 'там.', 'қыр.', 'қаз.', 'қар.', 'жел.'];
const KK_WEEKDAYS = ['жс', 'дс', 'сс', 'ср', 'бс', 'жм', 'сб'];
let kazakhIntl: boolean | null = null;

function needsKazakhFallback(language: string): boolean {
  if (language !== 'kk') return false;
  if (kazakhIntl === null) {
    try {
      const november = new Intl.DateTimeFormat('kk-KZ', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 10, 15));
      kazakhIntl = /[әғқңөұүһі]/i.test(november);
    } catch {
      kazakhIntl = false;
    }
  }
  return !kazakhIntl;
}

/** The locale for numbers in the interface language. */
export function numberLocale(language: string): string {
  return needsKazakhFallback(language) ? 'ru-RU' : intlLocale(language);
}

function kazakhDate(date: Date): string {
  return `${date.getUTCFullYear()} ж. ${date.getUTCDate()} ${KK_MONTHS[date.getUTCMonth()]}`;
}

/** An instant as a `datetime-local` value ("YYYY-MM-DDTHH:mm") on Kazakhstan time. */
export function toLocalInput(value: Date | string): string {
  const ms = (typeof value === 'string' ? new Date(value) : value).getTime();
  if (Number.isNaN(ms)) return '';
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 16);
}

/** A `datetime-local` value read as Kazakhstan time, as an ISO instant; null when it is not a date. */
export function fromLocalInput(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((part) => Number(part ?? 0));
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second || 0) - OFFSET_MS;
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

// Building an Intl formatter is costly next to using one; a queue renders hundreds of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, create: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let found = formatters.get(key);
  if (!found) {
    found = create();
    formatters.set(key, found);
  }
  return found;
}

/** Today's date on Kazakhstan time, "YYYY-MM-DD". */
export function todayLocalDate(now: Date = new Date()): string {
  return toLocalInput(now).slice(0, 10);
}

export function formatDateTime(iso: string | null | undefined, language: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (needsKazakhFallback(language)) {
    const wall = new Date(date.getTime() + OFFSET_MS);
    return `${kazakhDate(wall)}, ${wall.toISOString().slice(11, 16)}`;
  }
  return formatter(`dt:${language}`, () =>
    new Intl.DateTimeFormat(intlLocale(language), { timeZone: PANEL_TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' }),
  ).format(date);
}

/** A LocalDate ("YYYY-MM-DD") as a readable date; it has no zone, so format it as UTC. */
export function formatLocalDate(value: string | null | undefined, language: string): string {
  if (!value) return '—';
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  if (needsKazakhFallback(language)) return kazakhDate(date);
  return formatter(`d:${language}`, () =>
    new Intl.DateTimeFormat(intlLocale(language), { timeZone: 'UTC', dateStyle: 'medium' }),
  ).format(date);
}

export function formatWeekday(value: string, language: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  if (needsKazakhFallback(language)) return KK_WEEKDAYS[date.getUTCDay()];
  return formatter(`w:${language}`, () => new Intl.DateTimeFormat(intlLocale(language), { timeZone: 'UTC', weekday: 'short' })).format(
    date,
  );
}

const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * The instant to show for a due time. A term that runs to the end of a day is stored as the next
 * midnight in Kazakhstan ("end of 9 December" is 10 December, 00:00); read as "10 Dec, 00:00" it
 * looks a day later than it is, so a due time in the first minute of a day is shown as 23:59 of
 * the day before. Any other time is shown as it is.
 */
export function dueDisplayInstant(due: Date): Date {
  const wall = due.getTime() + OFFSET_MS;
  const intoDay = ((wall % DAY_MS) + DAY_MS) % DAY_MS;
  return intoDay < MINUTE_MS ? new Date(due.getTime() - intoDay - MINUTE_MS) : due;
}

/**
 * A due time on Kazakhstan time, "9 дек., 23:59" / "9 Dec, 23:59" / "9 жел., 23:59", a midnight
 * shown as the end of the day before (see dueDisplayInstant); the year only when it is not this
 * year's. Sentences put it in "до {{at}}" (see `due.by`).
 */
export function formatDueTime(iso: string | null | undefined, language: string, now: Date = new Date()): string {
  if (!iso) return '—';
  const due = new Date(iso);
  if (Number.isNaN(due.getTime())) return iso;
  const shown = dueDisplayInstant(due);
  const wall = new Date(shown.getTime() + OFFSET_MS);
  const withYear = wall.getUTCFullYear() !== new Date(now.getTime() + OFFSET_MS).getUTCFullYear();
  if (needsKazakhFallback(language)) {
    const day = withYear ? kazakhDate(wall) : `${wall.getUTCDate()} ${KK_MONTHS[wall.getUTCMonth()]}`;
    return `${day}, ${wall.toISOString().slice(11, 16)}`;
  }
  return formatter(`due:${language}:${withYear ? 'y' : ''}`, () =>
    new Intl.DateTimeFormat(intlLocale(language), {
      timeZone: PANEL_TIME_ZONE,
      day: 'numeric',
      month: 'short',
      ...(withYear ? { year: 'numeric' } : {}),
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }),
  ).format(shown);
}
