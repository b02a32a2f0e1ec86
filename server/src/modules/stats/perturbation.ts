/**
 * The cell-key method of statistical disclosure control (ABS TableBuilder; the 2021 censuses of
 * England and Wales and of Germany). Every case and every prescription holds a fixed random record
 * key from 0 to 255 (column `record_key`, drawn at insert); the key of a cell is the sum of its
 * records' keys mod 256, and the published count is a fixed function of the true count and that
 * key. The same records give the same key, so the same cell asked for in any way gets the same
 * answer: asking again, or through other period bounds or an added empty filter value, averages
 * nothing away. The table is public (README); the record keys are not.
 */

/** Record and cell keys are 0 … KEY_RANGE − 1. */
export const KEY_RANGE = 256;

/** Counts below this (but 0) are never published: 1 to 4 become 0 or 5. */
export const SMALL = 5;

/** The cell key of a set of records, from the sum of their record keys. */
export const cellKey = (keySum: number): number => ((keySum % KEY_RANGE) + KEY_RANGE) % KEY_RANGE;

/**
 * Counts of 1 to 4: published as 5 for the first ⌊256·n/5⌉ cell keys, as 0 for the others, so the
 * published figure is right on average (n/5 of the time 5) and never 1 to 4.
 */
const SMALL_TO_FIVE = [0, 51, 102, 154, 205];

/**
 * Noise for counts of 5 and more by cell key: keys [from, to) move the count by `d`. Symmetric
 * (mean 0, variance 1.9): mostly −2 … +2, and one key in 256 at each end moves it by 8, so that no
 * sum or difference of published figures ever bounds a small count to one value.
 */
export const NOISE: readonly { from: number; to: number; d: number }[] = [
  { from: 0, to: 1, d: -8 },
  { from: 1, to: 32, d: -2 },
  { from: 32, to: 88, d: -1 },
  { from: 88, to: 168, d: 0 },
  { from: 168, to: 224, d: 1 },
  { from: 224, to: 255, d: 2 },
  { from: 255, to: 256, d: 8 },
];

/** The largest move of a count of 5 or more. */
export const MAX_NOISE = 8;

/** The published count of a cell of `n` records whose cell key is `key`: 0 stays 0, never 1 to 4, never below 5 from 5 on. */
export function perturb(n: number, key: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`perturb: a count is a whole number ≥ 0, not ${n}`);
  if (!Number.isInteger(key) || key < 0 || key >= KEY_RANGE) throw new RangeError(`perturb: a cell key is 0 … ${KEY_RANGE - 1}, not ${key}`);
  if (n === 0) return 0;
  if (n < SMALL) return key < SMALL_TO_FIVE[n] ? SMALL : 0;
  const { d } = NOISE.find((r) => key >= r.from && key < r.to)!;
  return Math.max(SMALL, n + d);
}
