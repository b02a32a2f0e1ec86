// Documents show Kazakhstan time. The whole country has been on UTC+5 since 1 March 2024 and has
// no daylight saving, so a fixed offset is exact and needs no time-zone database.
const KZ_OFFSET_MS = 5 * 60 * 60 * 1000;

const pad = (n: number): string => String(n).padStart(2, '0');

const shifted = (at: Date): Date => new Date(at.getTime() + KZ_OFFSET_MS);

/** DD.MM.YYYY in Kazakhstan time. */
export const formatKzDate = (at: Date): string => {
  const d = shifted(at);
  return `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
};

/** DD.MM.YYYY HH:mm in Kazakhstan time. */
export const formatKzDateTime = (at: Date): string => {
  const d = shifted(at);
  return `${formatKzDate(at)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
};

// Kazakh month names, nominative and with the attributive locative "-дағы/-дегі/-тегі" used before a
// document's number ("2024 жылғы 26 қарашадағы № 562-НҚ бұйрық"), spelt out since vowel harmony and
// the final consonant pick the suffix.
const KK_MONTHS: readonly (readonly [string, string])[] = [
  ['қаңтар', 'қаңтардағы'], ['ақпан', 'ақпандағы'], ['наурыз', 'наурыздағы'], ['сәуір', 'сәуірдегі'],
  ['мамыр', 'мамырдағы'], ['маусым', 'маусымдағы'], ['шілде', 'шілдедегі'], ['тамыз', 'тамыздағы'],
  ['қыркүйек', 'қыркүйектегі'], ['қазан', 'қазандағы'], ['қараша', 'қарашадағы'], ['желтоқсан', 'желтоқсандағы'],
];

const kkLong = (at: Date, form: 0 | 1): string => {
  const d = shifted(at);
  return `${d.getUTCFullYear()} жылғы ${d.getUTCDate()} ${KK_MONTHS[d.getUTCMonth()]![form]}`;
};

/** The Kazakh long date in Kazakhstan time: «2026 жылғы 6 желтоқсан». */
export const formatKzLongDateKk = (at: Date): string => kkLong(at, 0);

/** The Kazakh long date before a number or a noun: «2026 жылғы 6 желтоқсандағы». */
export const formatKzLongDateKkAttributive = (at: Date): string => kkLong(at, 1);

/** The Kazakh long date with the time: «2026 жылғы 6 желтоқсан, 14:30». */
export const formatKzLongDateTimeKk = (at: Date): string => {
  const d = shifted(at);
  return `${kkLong(at, 0)}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
};
