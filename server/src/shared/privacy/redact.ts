import { emailFinder } from './emails.js';
import { nameMatcher, type NameMatcher } from './names.js';
import { phoneFinder } from './phones.js';
import { schoolFinder } from './schools.js';
import { applyMask } from './spans.js';
import { NAME_PARTICLES } from './suffixes.js';
import { tokenize, type Span, type Token } from './tokens.js';

/** What identifies a child or an applicant; every list may be empty. */
export interface IdentitySecrets {
  names: readonly string[];
  phones: readonly string[];
  emails: readonly string[];
  schools: readonly string[];
}

/**
 * What a masked stretch reads as. The same mask the documents have always printed, so a PDF, a
 * CSV and a comment show a redaction the same way; it has no letter or digit, so redacting twice
 * changes nothing.
 */
export const REDACTED = '***';

// Between a name and its initials (each with its own dot) or particle only spaces: "Сапарова А.Н.",
// "А. Н. Сапарова", "Нұрлан қызы". A comma, a full stop or a line break ends the name.
const NAME_GAP = /^[ \t\u00A0\u202F]*$/;

/** An initial ("А." of "Айгерім") or a separate patronymic particle ("қызы") may belong to a masked neighbour. */
const attachable = (t: Token, text: string, names: NameMatcher): Span | undefined => {
  if (t.kind !== 'word') return undefined;
  if (t.key.length === 1 && names.initials.has(t.key) && text[t.end] === '.') return { start: t.start, end: t.end + 1 };
  return NAME_PARTICLES.has(t.key) ? t : undefined;
};

/** Masks the words that are forms of a name, then initials and particles standing right beside them. */
const nameSpans = (text: string, tokens: readonly Token[], names: NameMatcher): Span[] => {
  const touches = (a: Span | undefined, b: Span | undefined): boolean =>
    !!a && !!b && NAME_GAP.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
  const isPatronymic = (i: number): boolean =>
    names.patronymicRoots.has(tokens[i]!.key) && NAME_PARTICLES.has(tokens[i + 1]?.key ?? '') && touches(tokens[i], tokens[i + 1]);
  const masked: (Span | undefined)[] = tokens.map((t, i) =>
    t.kind === 'word' && (names.matches(t) || isPatronymic(i)) ? t : undefined,
  );
  if (!masked.some(Boolean)) return [];
  // Two passes reach initials on either side of the name, one after the other ("А. Н. Сапарова").
  for (const order of [1, -1]) {
    for (let k = 0; k < tokens.length; k++) {
      const i = order === 1 ? k : tokens.length - 1 - k;
      const candidate = masked[i] ? undefined : attachable(tokens[i]!, text, names);
      const isParticle = candidate === tokens[i];
      if (candidate && (touches(candidate, masked[i - 1]) || (!isParticle && touches(candidate, masked[i + 1])))) masked[i] = candidate;
    }
  }
  return masked.filter((s): s is Span => !!s);
};

/** Builds a function that masks the secrets in any text; cheap to call many times. */
export const identityRedactor = (secrets: IdentitySecrets): ((text: string) => string) => {
  const names = nameMatcher(secrets.names);
  const phones = phoneFinder(secrets.phones);
  const emails = emailFinder(secrets.emails);
  const schools = schoolFinder(secrets.schools);
  return (text) => {
    if (!text) return text;
    const tokens = tokenize(text);
    const spans = [...emails(text), ...phones(text), ...nameSpans(text, tokens, names), ...schools(text, tokens)];
    return spans.length === 0 ? text : applyMask(text, spans, REDACTED);
  };
};
