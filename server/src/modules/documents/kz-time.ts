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
