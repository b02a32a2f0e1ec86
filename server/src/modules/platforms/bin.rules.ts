// The Kazakhstan IIN/BIN (ЖСН/БСН, ИИН/БИН): 12 digits, the last a check digit over the first 11.
// Weights 1…11, sum mod 11; a result of 10 is recomputed with weights 3…11, 1, 2; a second 10
// means the number cannot be valid (the registry never issues it).
const FIRST = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

const weighted = (digits: readonly number[], weights: readonly number[]) => digits.reduce((sum, d, i) => sum + d * weights[i]!, 0) % 11;

/** The check digit of 11 digits; null when the second pass also gives 10 (no valid number starts so). */
export function binCheckDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) return null;
  const digits = [...first11].map(Number);
  const first = weighted(digits, FIRST);
  if (first !== 10) return first;
  const second = weighted(digits, SECOND);
  return second === 10 ? null : second;
}

/** Whether the text is a BIN (or IIN) with a correct check digit. */
export function isValidBin(bin: string): boolean {
  if (!/^\d{12}$/.test(bin)) return false;
  return binCheckDigit(bin.slice(0, 11)) === Number(bin[11]);
}
