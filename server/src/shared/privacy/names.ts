import {
  ADJECTIVE_ENDINGS,
  DIMINUTIVE,
  KAZAKH_AFFECTIONATE,
  KAZAKH_CASES,
  KAZAKH_TAIL,
  NAME_PARTICLES,
  PATRONYMIC,
  PATRONYMIC_ENDING,
  POSSESSIVE_ADJECTIVE,
  SURNAME_ENDINGS,
  russianEndings,
  type Declension,
} from './suffixes.js';
import { tokenize } from './tokens.js';

/** Tokens shorter than this are initials or particles ("А.", "Ли"): matching them would mask common words. */
export const MIN_NAME_TOKEN = 3;
/** Tokens up to this length ("Ася", "Аян", "Дана") take only singular case endings and Kazakh cases. */
const SHORT_TOKEN = 4;
/** How much longer than its name a word may be: the longest plausible stack of endings. */
const MAX_TAIL = 12;
const KAZAKH_LETTER = /[әөүұқғңһі]/;

/** Tells whether a word of a text is a form of one of the names. */
export interface NameMatcher {
  readonly matches: (word: { readonly key: string; readonly plain: string }) => boolean;
  /** First letters of the name tokens, to mask initials written next to a masked name. */
  readonly initials: ReadonlySet<string>;
  /** Fathers' names in the patronymics ("нурлан" of "Нурлановна"): masked before a separate "қызы"/"ұлы". */
  readonly patronymicRoots: ReadonlySet<string>;
}

interface NameToken {
  readonly key: string;
  /**
   * A short token spelled without Kazakh letters ("Ким") does not match a word whose first letters
   * are Kazakh ("кім", who): folding would make them equal, and short names are where that hurts.
   */
  readonly strict: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// -ский/-ская, and masculine -ый/-ой; a bare -ая is left to the я-declension ("Жансая" → "Жансаю").
const ADJECTIVAL = /(?:ск|цк)(?:ий|ой|ая)$|^.{3,}(?:ый|ой)$/;
const SURNAME_STEM = /^.{3,}(?:ов|ев|ин|ын)$/;

const declensionOf = (key: string): { stem: string; declension: Declension } | undefined => {
  if (key.endsWith('а')) return { stem: key.slice(0, -1), declension: 'a' };
  if (key.endsWith('я')) return { stem: key.slice(0, -1), declension: 'ya' };
  if (key.endsWith('й')) return { stem: key.slice(0, -1), declension: 'consonant' }; // Андрей, Василий
  if (/[еиоуыюэ]$/.test(key)) return undefined; // Ерке, Али, Данелло: not declined in Russian
  return { stem: key, declension: 'consonant' };
};

/** A form of a name: a literal stem and a regular-expression source for what may follow it. */
type Form = readonly [stem: string, tail: string];

// "Павел" → "Павла", "Лев" → "Льва": the е before the last consonant drops out in the other cases.
const FLEETING_E = /^(.+)е([лвкц])$/;

/** The Russian forms of a declined token ("Алёна" → "Алёну", "Алёнка", "Алёнина", "Алён!"). */
const russianForms = (stem: string, declension: Declension, short: boolean): Form[] => {
  const forms: Form[] = [[stem, russianEndings(stem, declension, short)]];
  const surname = SURNAME_STEM.test(stem);
  if (declension !== 'consonant') {
    forms.push([stem, POSSESSIVE_ADJECTIVE]);
    if (!short && !surname) forms.push([stem, `(?:${DIMINUTIVE}${russianEndings('к', 'a', false)})?`]); // and the vocative "Алён!"
  } else {
    if (!short) forms.push([stem, PATRONYMIC]); // "Нурлан" → "Нурлановна"
    const fleeting = FLEETING_E.exec(stem);
    if (fleeting) forms.push([fleeting[1]! + fleeting[2]!, russianEndings(stem, 'consonant', true)]);
  }
  // "Сапарова" also names "Сапаров", "Сапаровых", "Сапаровқа"; "Сапаров" also "Сапарова".
  if (!short && surname) forms.push([stem, SURNAME_ENDINGS], [stem, `а?${KAZAKH_TAIL}`]);
  return forms;
};

/** The forms of one name token. */
const formsOf = (key: string): Form[] => {
  const short = key.length <= SHORT_TOKEN;
  // The token itself and its Kazakh forms; a short one takes cases, not possessives ("Роза" ≠ "розам").
  const forms: Form[] = [[key, short ? KAZAKH_CASES : KAZAKH_TAIL]];
  if (!short) forms.push([key, `${KAZAKH_AFFECTIONATE}${KAZAKH_TAIL}`]);
  if (ADJECTIVAL.test(key)) return [...forms, [key.slice(0, -2), ADJECTIVE_ENDINGS]];
  const declined = declensionOf(key);
  if (declined) forms.push(...russianForms(declined.stem, declined.declension, short));
  const patronymic = PATRONYMIC_ENDING.exec(key);
  if (patronymic?.[1]) forms.push([patronymic[1], PATRONYMIC]); // "Нурлановна" also names "Нұрланұлы"
  return forms;
};

/** Name tokens worth matching: long enough, and not a particle such as the separate "қызы". */
const nameTokens = (names: readonly string[]): NameToken[] => {
  const tokens = new Map<string, NameToken>();
  for (const t of names.flatMap((n) => tokenize(n))) {
    if (t.kind !== 'word' || t.key.length < MIN_NAME_TOKEN || NAME_PARTICLES.has(t.key)) continue;
    const strict = t.key.length <= SHORT_TOKEN && !KAZAKH_LETTER.test(t.plain);
    // The same name spelled both ways ("Али", "Әли") keeps the lenient reading.
    tokens.set(t.key, { key: t.key, strict: strict && (tokens.get(t.key)?.strict ?? true) });
  }
  return [...tokens.values()];
};

const anchored = (forms: readonly Form[]): RegExp | undefined =>
  forms.length === 0 ? undefined : new RegExp(`^(?:${forms.map(([stem, tail]) => escape(stem) + tail).join('|')})$`);

/**
 * Compiles the names once into anchored regular expressions over word keys; an index of the
 * stems' first two letters keeps most words of a long text from reaching them.
 */
export const nameMatcher = (names: readonly string[]): NameMatcher => {
  const tokens = nameTokens(names).map((t) => ({ ...t, forms: formsOf(t.key) }));
  const lenient = anchored(tokens.filter((t) => !t.strict).flatMap((t) => t.forms));
  const strict = tokens.filter((t) => t.strict).map((t) => ({ length: t.key.length, pattern: anchored(t.forms)! }));
  const prefixes = new Set(tokens.flatMap((t) => t.forms.map(([stem]) => stem.slice(0, 2))));
  const longest = Math.max(0, ...tokens.map((t) => t.key.length)) + MAX_TAIL;
  return {
    matches: ({ key, plain }) =>
      key.length >= MIN_NAME_TOKEN &&
      key.length <= longest &&
      prefixes.has(key.slice(0, 2)) &&
      (!!lenient?.test(key) || strict.some((s) => s.pattern.test(key) && !KAZAKH_LETTER.test(plain.slice(0, s.length)))),
    initials: new Set(tokens.map((t) => t.key[0]!)),
    patronymicRoots: new Set(tokens.flatMap((t) => PATRONYMIC_ENDING.exec(t.key)?.[1] ?? [])),
  };
};
