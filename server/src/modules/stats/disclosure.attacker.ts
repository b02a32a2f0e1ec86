import { KEY_RANGE, perturb } from './perturbation.js';
import type { CountView } from './suppression.js';

/**
 * The arithmetic of an analyst who knows the perturbation table (it is public) but not the record
 * keys: which true counts a published figure may come from, and which a sum or difference of
 * figures may. Used by disclosure.attack.test.ts; kept apart so that the attacks read as attacks.
 */

const LIMIT = 400;

/** The true counts (< LIMIT) that some cell key publishes as this figure of ONE cell ("<5": published 0 with cases). */
export function candidates(c: CountView): Set<number> {
  const v = c.suppressed ? 0 : c.value!;
  const out = new Set<number>();
  for (let n = c.suppressed ? 1 : 0; n < LIMIT; n++) {
    for (let k = 0; k < KEY_RANGE; k++) {
      if (perturb(n, k) === v) {
        out.add(n);
        break;
      }
    }
  }
  return out;
}

/** {a − b} for every a of one set and b of the other (b may be several sets, subtracted in turn). */
export function minus(a: Set<number>, ...bs: Set<number>[]): Set<number> {
  let acc = a;
  for (const b of bs) {
    const next = new Set<number>();
    for (const x of acc) for (const y of b) next.add(x - y);
    acc = next;
  }
  return acc;
}

/** The values in every set: what is left to an attacker who combines several ways to the same count. */
export function intersect(...sets: Set<number>[]): Set<number> {
  return new Set([...sets[0]].filter((x) => sets.every((s) => s.has(x))));
}

/** A count as the attacker reads it for arithmetic: "<5" is a published 0. */
export const valueOf = (c: CountView) => (c.suppressed ? 0 : c.value!);

/** Whether a number is a count the analyst must never learn. */
export const isSmall = (x: number) => x >= 1 && x <= 4;

/** {a + b + …} for every choice of one value from each set. */
export function plus(...sets: Set<number>[]): Set<number> {
  return sets.slice(1).reduce((acc, b) => minus(acc, new Set([...b].map((y) => -y))), sets[0]);
}
