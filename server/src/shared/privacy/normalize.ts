/**
 * Normalisers used only for matching identity in free text: the original text is never rewritten
 * with them, so they may lose information (case, diacritics, script) that a reader would see.
 */

// Upper and lower case are folded separately: a Latin "H" imitates Cyrillic "Н", while a Latin "h"
// is the Kazakh "һ"; a Latin "B" imitates "В", a Latin "b" the soft sign.
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
  a: 'а', b: 'ь', c: 'с', e: 'е', h: 'һ', i: 'і', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
  ı: 'і', // Turkish dotless i
  // Greek capitals and small letters that are drawn like Cyrillic ones.
  Α: 'А', Β: 'В', Ε: 'Е', Η: 'Н', Ι: 'І', Κ: 'К', Μ: 'М', Ο: 'О', Ρ: 'Р', Τ: 'Т', Χ: 'Х', Υ: 'У',
  α: 'а', ε: 'е', ι: 'і', κ: 'к', ο: 'о', ρ: 'р', τ: 'т', χ: 'х', υ: 'у',
};

// Digits written inside a word in place of letters ("Р0за", "Айгер1м"); only words are folded so.
const DIGIT_LOOK_ALIKES: Readonly<Record<string, string>> = { '0': 'о', '1': 'и', '3': 'з', '4': 'ч', '6': 'б' };

// Kazakh letters typed on a Russian keyboard ("Айгерим", "Жумабеков", "Мольдир"): folded on both
// sides of a comparison, so a name entered in either spelling matches the other.
const KAZAKH_TO_RUSSIAN: Readonly<Record<string, string>> = {
  і: 'и', ә: 'а', ө: 'о', ү: 'у', ұ: 'у', қ: 'к', ғ: 'г', ң: 'н', һ: 'х', э: 'е', ь: '', ъ: '',
};

const HYPHENS = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u02B9\u02C8\u0060\u00B4\u2032\uFF07]/g;
const INVISIBLE = /\p{Cf}/gu; // zero-width spaces and joiners, bidi marks, BOM, word joiner
const BREVE = '\u0306';

/** Drops combining marks (stress accents, diaeresis of ё) but keeps the breve that makes й. */
const stripMarks = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, (mark: string, at: number, all: string) => (mark === BREVE && /[иИ]/.test(all[at - 1] ?? '') ? mark : ''))
    .normalize('NFC');

const foldLookAlikes = (s: string): string => {
  let out = '';
  for (const ch of s) out += LOOK_ALIKES[ch] ?? ch;
  return out;
};

/**
 * The text as a matcher should see it: NFKC, no invisible characters or combining marks, Latin
 * and Greek look-alikes replaced by the Cyrillic letters they imitate, lower case, ё → е, one
 * hyphen and one apostrophe. Kazakh letters stay themselves (see `foldKazakh` for the next step).
 */
export const normalizeForMatch = (text: string): string => {
  // NFKC spells "№" as "No"; a school or a decision number keeps its sign.
  const compatible = text.split('№').map((part) => part.normalize('NFKC')).join('№');
  const visible = stripMarks(compatible.replace(INVISIBLE, ''));
  return foldLookAlikes(visible)
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(HYPHENS, '-')
    .replace(APOSTROPHES, "'");
};

/** Folds Kazakh letters to the Russian ones typed in their place and drops ь/ъ; expects `normalizeForMatch` output. */
export const foldKazakh = (normalized: string): string => {
  let out = '';
  for (const ch of normalized) out += KAZAKH_TO_RUSSIAN[ch] ?? ch;
  return out;
};

/** The key a word of the text (or of a secret) is compared by: both normalisations, digits read as letters. */
export const matchKey = (word: string): string =>
  foldKazakh(normalizeForMatch(word)).replace(/[01346]/g, (d) => DIGIT_LOOK_ALIKES[d] ?? d);
