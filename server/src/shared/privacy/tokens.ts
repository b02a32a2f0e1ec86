import { matchKey, normalizeForMatch } from './normalize.js';

/** A stretch of the original text that may be masked: `start` inclusive, `end` exclusive. */
export interface Span { readonly start: number; readonly end: number }

/** A word or a number of the original text with the key it is matched by. */
export interface Token extends Span {
  readonly kind: 'word' | 'number';
  readonly text: string;
  /** What the word is matched by (`matchKey`). */
  readonly key: string;
  /** The word before Kazakh letters are folded (`normalizeForMatch`), to tell "кім" from "Ким". */
  readonly plain: string;
}

// Letters and marks, with invisible characters and look-alike digits allowed only between letters
// ("Ай\u200Bгерім", "Р0за"), so that a mask never swallows a neighbouring emoji joiner or number;
// a number is any other run of digits.
const TOKEN = /([\p{L}\p{M}]+(?:[\p{Cf}01346]+[\p{L}\p{M}]+)*)|(\p{Nd}+)/gu;

/** Splits a text into words and numbers, in order, with their positions in the original text. */
export const tokenize = (text: string): Token[] => {
  const keys = new Map<string, readonly [key: string, plain: string]>(); // a long text repeats its words: normalise each once
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const [word] = m;
    const start = m.index;
    if (m[1] === undefined) {
      const digits = word.normalize('NFKC').replace(/^0+(?=\d)/, '');
      tokens.push({ kind: 'number', text: word, start, end: start + word.length, key: digits, plain: digits });
      continue;
    }
    let known = keys.get(word);
    if (!known) keys.set(word, (known = [matchKey(word), normalizeForMatch(word)]));
    tokens.push({ kind: 'word', text: word, start, end: start + word.length, key: known[0], plain: known[1] });
  }
  return tokens;
};
