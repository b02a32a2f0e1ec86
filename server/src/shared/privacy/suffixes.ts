import { matchKey } from './normalize.js';

/**
 * Endings a name takes in Russian and Kazakh text, written as spelled and folded at load with the
 * same `matchKey` the words of a text go through (so "ның" and "нің" both become "нин").
 * Each table is a regular-expression source of literal alternatives, longest first.
 */

export const alternatives = (endings: readonly string[]): string =>
  `(?:${[...new Set(endings.map(matchKey))].sort((a, b) => b.length - a.length).join('|')})`;

// Kazakh morphology stacks: plural, possessive, case, then a derived form. Vowel harmony is not
// enforced: people misspell names across it, and both variants fold to near-identical keys anyway.
const KZ_PLURAL = alternatives(['лар', 'лер', 'дар', 'дер', 'тар', 'тер']);
const KZ_POSSESSIVE = alternatives([
  'ымыз', 'іміз', 'мыз', 'міз', 'ыңыз', 'іңіз', 'ңыз', 'ңіз', 'ым', 'ім', 'м', 'ың', 'ің', 'ң', 'сы', 'сі', 'ы', 'і',
]);
const KZ_CASE = alternatives([
  'ға', 'ге', 'қа', 'ке', 'а', 'е', 'на', 'не', // барыс (dative)
  'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'н', // табыс (accusative)
  'ның', 'нің', 'дың', 'дің', 'тың', 'тің', // ілік (genitive)
  'да', 'де', 'та', 'те', 'нда', 'нде', // жатыс (locative)
  'дан', 'ден', 'тан', 'тен', 'нан', 'нен', // шығыс (ablative)
  'мен', 'бен', 'пен', 'менен', 'бенен', 'пенен', // көмектес (instrumental)
]);
const KZ_DERIVED = alternatives([
  'дағы', 'дегі', 'тағы', 'тегі', 'ндағы', 'ндегі', // "the one at …"
  'нікі', 'ныкі', 'дікі', 'дыкі', 'тікі', 'тыкі', // "…'s" as a pronoun
  'дай', 'дей', 'тай', 'тей', 'ша', 'ше', // "like …"
]);

/** Any stack of Kazakh suffixes, possibly empty ("Айгерімнің", "Жумабековаға", "Айгерімдердікі"). */
export const KAZAKH_TAIL = `${KZ_PLURAL}?${KZ_POSSESSIVE}?${KZ_CASE}?${KZ_DERIVED}?`;

/** Plural and case only, for 3–4 letter names: possessives there catch ordinary words ("розам"). */
export const KAZAKH_CASES = `${KZ_PLURAL}?${KZ_CASE}?${KZ_DERIVED}?`;

/** An affectionate Kazakh suffix that sits between a name and its case ending ("Айгерімжан"). */
export const KAZAKH_AFFECTIONATE = alternatives(['жан', 'жантай']);

// Russian declension of the stem left after dropping the nominative ending. A 3–4 letter name
// takes only its singular cases: plurals and diminutives would catch ordinary words ("даны" aside).
export type Declension = 'a' | 'ya' | 'consonant';

const VELAR_OR_HUSHING = /[гкхжшщч]$/; // "Ольги", "Саши": и, not ы
const HUSHING = /[жшщчц]$/; // "Сашей", "Ильясом" vs "Маратом": ей/ем after these

/** The Russian case endings a stem of the given declension takes, as a regular-expression source. */
export const russianEndings = (stem: string, declension: Declension, short: boolean): string => {
  const y = VELAR_OR_HUSHING.test(stem) ? 'и' : 'ы';
  const o = HUSHING.test(stem) ? 'е' : 'о';
  const singular = {
    a: ['а', y, 'е', 'у', `${o}й`, `${o}ю`],
    ya: ['я', 'и', 'е', 'ю', 'ей', 'ею'],
    consonant: ['а', 'я', 'у', 'ю', 'и', `${o}м`, 'ем', 'е', 'ой', 'ей'], // и: "Асели" (ь is folded away)
  }[declension];
  if (short) return alternatives(singular);
  const plural = declension === 'consonant' ? [y, 'ов', 'ев', 'ей', 'ам', 'ами', 'ах', 'ым', 'ых', 'ыми', 'ою'] : [y, 'и', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях'];
  return alternatives([...singular, ...plural]);
};

/** Surnames in -ов/-ев/-ин/-ын, both genders and the family: "Сапаров", "Сапаровой", "Сапаровых". */
export const SURNAME_ENDINGS = alternatives(['а', 'у', 'ым', 'е', 'ы', 'ых', 'ыми', 'ой', 'ою']);

/** Adjectival surnames ("Ковальская", "Ковальскому"), after the two-letter ending is dropped. */
export const ADJECTIVE_ENDINGS = alternatives([
  'ий', 'ый', 'ой', 'ая', 'яя', 'ого', 'его', 'ому', 'ему', 'им', 'ым', 'ом', 'ем', 'ую', 'юю', 'ие', 'ые', 'их', 'ых', 'ими', 'ыми',
]);

/** Russian diminutives of names in -а/-я: "Алён|к|а", "Алён|ушк|а", "Алён|очк|ой". */
export const DIMINUTIVE = alternatives(['к', 'очк', 'ечк', 'ушк', 'юшк', 'еньк', 'оньк', 'ичк']);

/** Colloquial possessives of names in -а/-я: "Алёнин телефон", "Асина мама", "к Алёниной подруге". */
export const POSSESSIVE_ADJECTIVE = `ин${alternatives(['а', 'о', 'ы', 'у', 'ой', 'ого', 'ому', 'ым', 'ых', 'ыми', 'ом'])}?`;

/** Patronymics built on a name: "Нурлан|ович", "Нурлан|овна", "Нұрлан|қызы", "Нұрлан|ұлы". */
export const PATRONYMIC = `(?:${alternatives(['ович', 'евич', 'ич'])}${alternatives(['а', 'у', 'ем', 'е', 'и', 'ей', 'ам', 'ами', 'ах'])}?|${alternatives(['овн', 'евн', 'ичн'])}${russianEndings('овн', 'a', true)}|${alternatives(['ұлы', 'қызы', 'уулу', 'кызы'])}${KAZAKH_TAIL})`;

/** Endings that make a token a patronymic, longest first (matched on `matchKey` output). */
export const PATRONYMIC_ENDING = new RegExp(`^(.{3,}?)${alternatives(['ович', 'евич', 'овна', 'евна', 'ична', 'ұлы', 'қызы'])}$`);

/** Words that stand next to a name but are not one: a separate Kazakh patronymic "Нұрлан қызы". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['қызы', 'ұлы', 'кызы', 'улы', 'оглы', 'гызы', 'уулу'].map(matchKey));
