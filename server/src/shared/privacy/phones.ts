import type { Span } from './tokens.js';

// Digits with up to three separators between them: spaces, dots, dashes, parentheses, invisible
// characters. A newline ends a run, so a column of numbers is never read as one phone. A run may
// not continue an identifier ("KZ-2026-0042", "ПР-2026-0003") or a word.
const SEPARATOR = '[ \\t.\\-\\u2010-\\u2013()\\u00A0\\u202F\\p{Cf}]';
const RUN = new RegExp(`(?=[+\\p{Nd}])(?<![\\p{L}\\p{N}_])(?<![\\p{L}\\p{N}][-/\\u2010\\u2011])(\\+${SEPARATOR}?)?\\p{Nd}(?:${SEPARATOR}{0,3}\\p{Nd})*`, 'gu');
const GROUP = /\p{Nd}+/gu;
/** Given phones are recognised by their last ten digits, so "+7", "8" or nothing may precede them. */
const GIVEN_DIGITS = 10;
const MIN_GIVEN_DIGITS = 7;

interface Group { readonly start: number; readonly end: number; readonly digits: string }

const digitsOf = (s: string): string => s.normalize('NFKC').replace(/\D/g, '');

/**
 * Kazakh numbers: +7/8 and ten digits ("+7 701 123 45 67", "8 (7172) 12-34-56", "87011234567"),
 * the ten digits alone starting with 7, a local "123-45-67", or any "+" number of 11–15 digits.
 * Thousands written in groups of three ("7 000 000 000 тенге") are money, not a phone.
 */
const looksLikePhone = (digits: string, lengths: readonly number[], plus: boolean): boolean => {
  if (plus) return digits.length >= 11 && digits.length <= 15;
  if (lengths.length >= 3 && lengths.slice(1).every((l) => l === 3)) return false;
  if (digits.length === 11) return digits[0] === '7' || digits[0] === '8';
  if (digits.length === 10) return digits[0] === '7';
  return digits.length === 7 && lengths.join() === '3,2,2';
};

/** The longest run of groups from `first` that is a phone, or -1. */
const phoneEndingAt = (groups: readonly Group[], first: number, plus: boolean, given: readonly string[]): number => {
  let digits = '';
  let last = -1;
  for (let j = first; j < groups.length && digits.length <= 15; j++) {
    digits += groups[j]!.digits;
    const lengths = groups.slice(first, j + 1).map((g) => g.digits.length);
    const isGiven = given.some((g) => digits.endsWith(g) && digits.length - g.length <= 4);
    if (isGiven || looksLikePhone(digits, lengths, plus)) last = j;
  }
  return last;
};

const phonesInRun = (text: string, at: number, run: string, given: readonly string[]): Span[] => {
  const groups: Group[] = [...run.matchAll(GROUP)].map((m) => ({ start: at + m.index, end: at + m.index + m[0].length, digits: digitsOf(m[0]) }));
  const spans: Span[] = [];
  for (let i = 0; i < groups.length; ) {
    const last = phoneEndingAt(groups, i, i === 0 && run.startsWith('+'), given);
    if (last < 0) {
      i++;
      continue;
    }
    let start = i === 0 ? at : groups[i]!.start;
    // "(701) 123-45-67": the opening parenthesis of the area code belongs to the phone.
    if (text[start - 1] === '(' && text.slice(start, groups[last]!.end).includes(')')) start--;
    spans.push({ start, end: groups[last]!.end });
    i = last + 1;
  }
  return spans;
};

/** Builds a finder of every phone-like number in a text, and of the given phones in any format. */
export const phoneFinder = (phones: readonly string[]): ((text: string) => Span[]) => {
  const given = [...new Set(phones.map(digitsOf).filter((d) => d.length >= MIN_GIVEN_DIGITS).map((d) => d.slice(-GIVEN_DIGITS)))];
  return (text) => [...text.matchAll(RUN)].flatMap((m) => phonesInRun(text, m.index, m[0], given));
};
