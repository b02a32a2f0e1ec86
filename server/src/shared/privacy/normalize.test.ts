import { describe, expect, it } from 'vitest';
import { foldKazakh, matchKey, normalizeForMatch } from './normalize.js';

describe('normalizeForMatch', () => {
  it.each([
    ['Алёна', 'алена'], // ё → е
    ['АЛЁНА', 'алена'],
    ['Ал\u0435\u0308на', 'алена'], // е + combining diaeresis
    ['Але\u0301на', 'алена'], // stress accent
    ['Ай\u200Bге\u200Dрім\uFEFF', 'айгерім'], // zero-width space, joiner, BOM
    ['Ай\u00ADгерім', 'айгерім'], // soft hyphen
    ['Aлёнa', 'алена'], // Latin A and a
    ['Жyмaбeкoвa', 'жумабекова'], // Latin y a e o
    ['CAПAPOBA', 'сапарова'], // Latin capitals C A P O B
    ['Hурлан', 'нурлан'], // Latin capital H imitates Н
    ['hәм', 'һәм'], // Latin small h is the Kazakh һ
    ['Aйгepiм', 'айгерім'], // Latin i → Kazakh і
    ['Ірина', 'ірина'],
    ['Τοмирис', 'томирис'], // Greek capital tau and small omicron
    ['Ａлёна', 'алена'], // full-width Latin A (NFKC)
    ['Қайрат Әлібек Өмір Үміт Ұлан Ғалым Ңң Һ', 'қайрат әлібек өмір үміт ұлан ғалым ңң һ'], // Kazakh letters stay
    ['Андрей Йошкар', 'андрей йошкар'], // й keeps its breve
    ['И\u0306ошкар', 'йошкар'], // и + combining breve composes to й
    ['Иванова\u2011Петрова', 'иванова-петрова'], // non-breaking hyphen
    ['a\u2013b\u2014c\u2212d', 'а-ь-с-d'], // en dash, em dash, minus; small b imitates ь
    ['Д\u2019Артаньян', "д'артаньян"], // typographic apostrophe
    ['ʼОлжасʼ', "'олжас'"], // modifier letter apostrophe
    ['№ 12, 8 (701) 123-45-67', '№ 12, 8 (701) 123-45-67'], // digits and punctuation untouched
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeForMatch(input)).toBe(expected);
  });
});

describe('foldKazakh', () => {
  it.each([
    ['айгерім', 'айгерим'],
    ['жұмабеков', 'жумабеков'],
    ['мөлдір', 'молдир'],
    ['мольдир', 'молдир'], // the soft sign of the Russian spelling goes too
    ['әсел', 'асел'],
    ['асель', 'асел'],
    ['ғалым қайрат', 'галым кайрат'],
    ['нұрланқызы', 'нурланкызы'],
    ['үміт', 'умит'],
    ['һ', 'х'],
    ['эльвира', 'елвира'],
    ['подъезд', 'подезд'],
  ])('%j → %j', (input, expected) => {
    expect(foldKazakh(input)).toBe(expected);
  });
});

describe('matchKey', () => {
  it.each([
    ['Айгерім', 'айгерим'],
    ['Айгерим', 'айгерим'], // both spellings meet
    ['Aйгepiм', 'айгерим'],
    ['Р0за', 'роза'], // digit zero inside a word
    ['Айгер1м', 'айгерим'],
    ['3арина', 'зарина'],
    ['Жұмабекова', 'жумабекова'],
  ])('%j → %j', (input, expected) => {
    expect(matchKey(input)).toBe(expected);
  });
});
