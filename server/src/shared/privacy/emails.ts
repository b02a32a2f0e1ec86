import type { Span } from './tokens.js';

const LOCAL = '[\\p{L}\\p{N}._%+\\-]+';
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]*[\\p{L}\\p{N}])?';
// "@", and the written-out "[at]", "(собака)", "{at}"; "[dot]", "(точка)".
const AT = '(?:@|\\uFF20|\\s*[\\[({]\\s*(?:at|собака|эт)\\s*[\\])}]\\s*)';
const DOT = '(?:\\.|\\s*[\\[({]\\s*(?:dot|точка|дот)\\s*[\\])}]\\s*)';
const EMAIL = new RegExp(`(?<![\\p{L}\\p{N}._%+\\-])${LOCAL}${AT}${LABEL}(?:${DOT}${LABEL})+`, 'giu');
// "aigerim at mail dot kz": only with Latin local part and both words, so prose is left alone.
const SPOKEN = /(?<![\p{L}\p{N}._%+-])[a-z0-9._%+-]+\s+(?:at|собака)\s+[a-z0-9-]+(?:\s+(?:dot|точка)\s+[a-z0-9-]+)+(?![\p{L}\p{N}])/giu;
/** A given address's local part shorter than this ("ab@…") is too common to mask on its own. */
const MIN_HANDLE = 4;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const spansOf = (text: string, pattern: RegExp): Span[] =>
  [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

/**
 * Builds a finder of every e-mail address in a text, plain or written out, and of the local part
 * of each given address used on its own as a handle ("@aigerim.s2012").
 */
export const emailFinder = (emails: readonly string[]): ((text: string) => Span[]) => {
  const handles = [...new Set(emails.map((e) => e.trim().split(/[@\uFF20]/)[0] ?? '').filter((h) => h.length >= MIN_HANDLE))];
  const HANDLE = handles.length === 0
    ? undefined
    : new RegExp(`(?<![\\p{L}\\p{N}._%+\\-])(?:${handles.map(escape).join('|')})(?![\\p{L}\\p{N}_\\-]|\\.[\\p{L}\\p{N}])`, 'giu');
  return (text) => [...spansOf(text, EMAIL), ...spansOf(text, SPOKEN), ...(HANDLE ? spansOf(text, HANDLE) : [])];
};
