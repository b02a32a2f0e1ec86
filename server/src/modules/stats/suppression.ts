import { Role } from '../members/role.js';

/** Counts from 1 to 4 could point at a child: shown to analysts only as "<5" (DESIGN.md §5). */
export const SUPPRESS_BELOW = 5;

export interface CountView {
  value: number | null;
  suppressed: boolean;
}

/** Who sees exact small counts: the chair and the deputy; everyone else gets them suppressed. */
export const seesExactCounts = (role: Role) => role === Role.CHAIR || role === Role.DEPUTY_CHAIR;

export function countFor(n: number, exact: boolean): CountView {
  if (!exact && n >= 1 && n < SUPPRESS_BELOW) return { value: null, suppressed: true };
  return { value: n, suppressed: false };
}

/** A share (0–1) of a denominator; withheld from the suppressed view when the denominator itself is small. */
export function shareFor(part: number, whole: number, exact: boolean): number | null {
  if (whole === 0) return null;
  if (!exact && whole < SUPPRESS_BELOW) return null;
  return Math.round((part / whole) * 1000) / 1000;
}
