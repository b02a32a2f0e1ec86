import { matchKey } from './normalize.js';
import { tokenize, type Span, type Token } from './tokens.js';

// Words that say "a school" (any case, either language): they give the context in which a
// school's number or name is masked, and are never masked themselves.
const SCHOOL_WORDS = ['школ', 'мектеп', 'мектеб', 'гимназ', 'лице', 'интернат', 'колледж'].map(matchKey);
const SCHOOL_ABBREVIATIONS = new Set(['сош', 'оош', 'нош', 'сш', 'ксш', 'ниш', 'кгу', 'гу', 'сопш'].map(matchKey));
// Generic parts of official school names, and the cities, which identify no one on their own.
const GENERIC = [
  'имени', 'им', 'атында', 'номер', 'общеобраз', 'средн', 'специализ', 'жалпы', 'орта', 'білім', 'беретін', 'мамандандыр',
  'город', 'қала', 'акимат', 'әкімдік', 'отдел', 'бөлім', 'образован', 'управлен', 'коммунал', 'государств', 'мемлекет',
  'учрежден', 'мекеме', 'комплекс', 'област', 'облыс', 'район', 'аудан', 'микрорайон', 'язык', 'обучен', 'тілінде', 'оқыт',
  'астан', 'алмат', 'шымкент', 'караганд', 'қарағанд', 'актоб', 'ақтөб', 'тараз', 'павлодар', 'усть', 'өскемен', 'каменогорск',
  'семей', 'атырау', 'костана', 'қостана', 'кызылорд', 'қызылорд', 'уральск', 'петропавл', 'актау', 'ақтау',
  'темирта', 'теміртау', 'туркестан', 'түркістан', 'кокшета', 'көкшета', 'талдыкорган', 'талдықорған', 'экибастуз', 'жезказган', 'конаев', 'қонаев',
].map(matchKey);
/** Tokens of a school's name within this many words of a school word are masked. */
const CONTEXT_WINDOW = 4;
/** How far a declined name word may run past its stem ("Абая" → "Абайдың"). */
const MAX_TAIL = 4;
const MIN_STEM = 3;

// "школьница 12 лет", "в школьном чате": a pupil or a chat is not the school.
const NOT_SCHOOL = matchKey('школьн');

const isSchoolWord = (key: string): boolean =>
  SCHOOL_ABBREVIATIONS.has(key) || (SCHOOL_WORDS.some((w) => key.startsWith(w)) && !key.startsWith(NOT_SCHOOL));
// Entries of four letters or more are stems ("город" → "города"); shorter ones ("им") only whole words.
const isGeneric = (key: string): boolean =>
  isSchoolWord(key) || GENERIC.some((g) => (g.length >= 4 ? key.startsWith(g) : key === g));

/** "Абая" → "аба": drops up to two final vowels (or й), so other cases of the word share the stem. */
const stemOf = (key: string): string => {
  let stem = key;
  for (let i = 0; i < 2 && stem.length > MIN_STEM && /[аяеиоуыюй]$/.test(stem); i++) stem = stem.slice(0, -1);
  return stem;
};

// "№ 12", "N12", "#12" before the number and an ordinal ending after it ("12-й", "12-ші") are part of it.
const extendNumber = (text: string, t: Token): Span => {
  const before = /(?<!\p{L})(?:№|N|No|#)\s*$/u.exec(text.slice(Math.max(0, t.start - 4), t.start));
  const after = /^[-\u2010\u2011]?\p{L}{1,3}(?![\p{L}\p{N}])/u.exec(text.slice(t.end, t.end + 5));
  const ordinal = after && !isSchoolWord(matchKey(after[0].replace(/^\P{L}/u, ''))) ? after[0].length : 0;
  return { start: t.start - (before?.[0].length ?? 0), end: t.end + ordinal };
};

// A comma, a line break or the end of a sentence separates "школа № 7" from "ей 12 лет"; the dot
// after a short abbreviation ("им. Абая", "г. Астана") does not.
const CLAUSE_BREAK = /[,;!?\n]/;
const SENTENCE_END = /^\.\s/;
const ABBREVIATION = 3;

/** The number of the clause each token stands in. */
const clausesOf = (text: string, tokens: readonly Token[]): number[] => {
  let clause = 0;
  return tokens.map((t, i) => {
    const previous = tokens[i - 1];
    if (!previous) return clause;
    const gap = text.slice(previous.end, t.start);
    if (CLAUSE_BREAK.test(gap) || (previous.text.length > ABBREVIATION && SENTENCE_END.test(gap))) clause++;
    return clause;
  });
};

/**
 * Builds a finder of a school's distinctive tokens — its number and the words of its name that
 * are not generic — wherever they stand near a word meaning "school". A bare "школа" is never
 * masked, nor "12" in "12 лет".
 */
export const schoolFinder = (schools: readonly string[]): ((text: string, tokens: readonly Token[]) => Span[]) => {
  const parts = schools.flatMap((s) => tokenize(s));
  const numbers = new Set(parts.filter((t) => t.kind === 'number').map((t) => t.key));
  const stems = [...new Set(parts.filter((t) => t.kind === 'word' && t.key.length >= MIN_STEM && !isGeneric(t.key)).map((t) => stemOf(t.key)))];
  if (numbers.size === 0 && stems.length === 0) return () => [];

  const isDistinctive = (t: Token): boolean =>
    t.kind === 'number'
      ? numbers.has(t.key)
      : stems.some((s) => t.key.startsWith(s) && t.key.length - s.length <= MAX_TAIL);
  return (text, tokens) => {
    const candidates = tokens.flatMap((t, i) => (isDistinctive(t) ? [i] : []));
    if (candidates.length === 0) return [];
    const clauses = clausesOf(text, tokens);
    const near = tokens.map((t) => t.kind === 'word' && isSchoolWord(t.key));
    const inContext = (i: number): boolean => {
      for (let j = Math.max(0, i - CONTEXT_WINDOW); j <= i + CONTEXT_WINDOW && j < tokens.length; j++) {
        if (near[j] && clauses[j] === clauses[i]) return true;
      }
      return false;
    };
    return candidates.filter(inContext).map((i) => (tokens[i]!.kind === 'number' ? extendNumber(text, tokens[i]!) : tokens[i]!));
  };
};
