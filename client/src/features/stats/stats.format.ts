import type { TFunction } from 'i18next';
import { numberLocale } from '../../shared/lib/datetime';
import type { Count } from './operations';

// A suppressed count (1–4 for analysts) is "<5": never 0, never blank, never a guessed number.

export function formatCount(count: Count, t: TFunction, language: string): string {
  if (count.suppressed) return t('stats.suppressed');
  if (count.value === null) return t('stats.notAvailable');
  return count.value.toLocaleString(numberLocale(language));
}

/** A share from 0 to 1 as a percentage; null (nothing to divide, or withheld) as a dash. */
export function formatShare(share: number | null | undefined, t: TFunction, language: string): string {
  if (share === null || share === undefined) return t('stats.notAvailable');
  return new Intl.NumberFormat(numberLocale(language), { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** Hours read as hours up to two days, as days beyond. */
export function formatHours(hours: number | null | undefined, t: TFunction, language: string): string {
  if (hours === null || hours === undefined) return t('stats.notAvailable');
  const number = (x: number) => x.toLocaleString(numberLocale(language), { maximumFractionDigits: 1 });
  return hours < 48 ? t('stats.duration.hours', { value: number(hours) }) : t('stats.duration.days', { value: number(hours / 24) });
}

/** A month key (YYYY-MM) as a short readable month, e.g. "Nov 2026". */
export function formatMonth(key: string, language: string): string {
  const date = new Date(`${key}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return key;
  if (language === 'kk') return `${KK_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'ru-RU', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

// Kazakh month abbreviations (CLDR), since some browsers ship ICU without them.
const KK_MONTHS = ['қаң.', 'ақп.', 'нау.', 'сәу.', 'мам.', 'мау.', 'шіл.', 'там.', 'қыр.', 'қаз.', 'қар.', 'жел.'];
