import { numberLocale } from './datetime';

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** A byte count in the reader's language, e.g. "1,4 МБ". */
export function formatBytes(bytes: number, language: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(numberLocale(language), {
    style: 'unit',
    unit: UNITS[unit],
    // CLDR's short form of a byte is "byte" in English ("156 byte"); the long form is plural-aware ("156 bytes", "156 байт").
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

export function shortHash(hash: string): string {
  return hash.length > 16 ? `${hash.slice(0, 8)}…${hash.slice(-8)}` : hash;
}
