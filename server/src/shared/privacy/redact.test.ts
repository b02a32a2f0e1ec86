import { describe, expect, it } from 'vitest';
import { identityRedactor, REDACTED, type IdentitySecrets } from './redact.js';

const M = REDACTED;
const secrets = (s: Partial<IdentitySecrets>): IdentitySecrets => ({ names: [], phones: [], emails: [], schools: [], ...s });
const maskNames = (names: string | readonly string[], text: string): string =>
  identityRedactor(secrets({ names: typeof names === 'string' ? [names] : names }))(text);

const ALENA = 'Алёна Жумабекова';
const AIGERIM = 'Сапарова Айгерім Нурлановна';

describe('identityRedactor: names in their Russian and Kazakh forms', () => {
  it.each([
    // Russian cases
    [ALENA, 'Алёна получила угрозы', `${M} получила угрозы`],
    [ALENA, 'у Алёны забрали телефон', `у ${M} забрали телефон`],
    [ALENA, 'написали Алёне в личку', `написали ${M} в личку`],
    [ALENA, 'видели Алёну у школы', `видели ${M} у школы`],
    [ALENA, 'дружит с Алёной', `дружит с ${M}`],
    [ALENA, 'пост об Алёне удалён', `пост об ${M} удалён`],
    [ALENA, 'Жумабековой угрожали', `${M} угрожали`],
    [ALENA, 'травят Жумабекову', `травят ${M}`],
    [ALENA, 'с Жумабековой не общаются', `с ${M} не общаются`],
    [ALENA, 'у Жумабековых дома', `у ${M} дома`], // the family
    [ALENA, 'отец, Жумабеков, обратился', `отец, ${M}, обратился`], // masculine surname
    [ALENA, 'Алёнка, Алёнушка и Алёночкой', `${M}, ${M} и ${M}`], // diminutives
    [ALENA, 'Алёнин телефон, к Алёниной маме', `${M} телефон, к ${M} маме`], // colloquial possessive
    [ALENA, 'Алён, ответь', `${M}, ответь`], // colloquial vocative
    [ALENA, 'Алёне Жумабековой', M], // the whole name is one mask
    // spelling, case, look-alikes, invisible characters
    [ALENA, 'Алена Жумабекова', M], // е for ё
    [ALENA, 'АЛЁНЫ ЖУМАБЕКОВОЙ', M],
    [ALENA, 'Aлёнa пишет', `${M} пишет`], // Latin A and a
    [ALENA, 'Жyмaбeкoвoй', M], // Latin y a e o
    [ALENA, 'Ал\u200Bёну', M], // zero-width space inside
    [ALENA, 'Але\u0301не', M], // stress accent
    // punctuation around the name is kept
    [ALENA, '«Алёна», (Алёну)! —Алёной: "Алёне"', `«${M}», (${M})! —${M}: "${M}"`],
    [ALENA, 'Алёна 😢\r\nЖумабекова\tпишет', `${M} 😢\r\n${M}\tпишет`], // a line break ends a name
    // Kazakh cases, possessives, plural
    [AIGERIM, 'Айгерімнің телефоны', `${M} телефоны`], // ілік
    [AIGERIM, 'Айгерімге жазды', `${M} жазды`], // барыс
    [AIGERIM, 'Айгерімді қорлады', `${M} қорлады`], // табыс
    [AIGERIM, 'Айгерімде дәлел бар', `${M} дәлел бар`], // жатыс
    [AIGERIM, 'Айгерімнен сұрады', `${M} сұрады`], // шығыс
    [AIGERIM, 'Айгеріммен сөйлесті', `${M} сөйлесті`], // көмектес
    [AIGERIM, 'Айгерімнің анасы, Айгерімдікі', `${M} анасы, ${M}`],
    [AIGERIM, 'Айгерімдерге', M], // plural + dative
    [AIGERIM, 'Айгерімжан, Айгерімтай', `${M}, ${M}`], // affectionate, "like Aigerim"
    [AIGERIM, 'Айгерім Сапароваға', M], // Russian surname, Kazakh case
    [AIGERIM, 'Сапарованың сыныптасы', `${M} сыныптасы`],
    [AIGERIM, 'Сапаровтардың үйі', `${M} үйі`],
    [AIGERIM, 'АЙГЕРІМНІҢ', M],
    [AIGERIM, 'Aйгepiмге', M], // Latin A e p i
    [AIGERIM, 'Айгерим и Айгериме', `${M} и ${M}`], // typed on a Russian keyboard
    // patronymics, initials, full names
    [AIGERIM, 'Сапарова Айгерім Нурлановна', M],
    [AIGERIM, 'Нурлановной, Нурланович, Нұрланқызы, Нұрланұлы', `${M}, ${M}, ${M}, ${M}`],
    [AIGERIM, 'Айгерім Нұрлан қызы келді', `${M} келді`], // a separate Kazakh patronymic
    [AIGERIM, 'заявила Сапарова А.Н. в чате', `заявила ${M} в чате`],
    [AIGERIM, 'А. Н. Сапарова', M],
    [ALENA, 'Ответила Алёна. А. Б. Иванов — нет.', `Ответила ${M}. А. Б. Иванов — нет.`], // a full stop ends the name
    ['Арман Нурлан', 'Айгерім Нурлановна', `Айгерім ${M}`], // the father's name reaches the patronymic
    // hyphenated double surnames and adjectival surnames
    ['Мария Иванова-Петрова', 'Ивановой-Петровой', M],
    ['Мария Иванова-Петрова', 'у Петровой', `у ${M}`],
    ['Ева Ковальская', 'Ковальской, Ковальскую', `${M}, ${M}`],
    ['Жансая', 'Жансаю, Жансаей, Жансаяның', `${M}, ${M}, ${M}`],
    // other declensions and spellings
    ['Арман', 'Армана, Арманом, Арманға, Арманның', `${M}, ${M}, ${M}, ${M}`],
    ['Андрей', 'Андрея, Андреем, Андреевич', `${M}, ${M}, ${M}`],
    ['Игорь', 'Игоря, Игорем', `${M}, ${M}`],
    ['Павел Лев', 'Павла, Льва, Льву', `${M}, ${M}, ${M}`], // the fleeting е
    ['Мөлдір', 'Мольдир, Мольдиру', `${M}, ${M}`],
    ['Полина', 'Поліна, Полінаға', `${M}, ${M}`], // Ukrainian and Kazakh spelling
    ['Әсел', 'Асель, Асели', `${M}, ${M}`],
    ['Жұлдыз', 'Жулдызы, Жұлдызға', `${M}, ${M}`],
    // short names: exact forms and known endings only
    ['Дана', 'Дане, Данаға, Дананың, Даной', `${M}, ${M}, ${M}, ${M}`],
    ['Ася', 'Асе, Асей, Асю, Асяның, Асина мама', `${M}, ${M}, ${M}, ${M}, ${M} мама`],
    [AIGERIM, 'ник Айгерім2012', `ник ${M}2012`], // a name glued to digits
    ['Аян', 'Аяну, Аяном, Аянға', `${M}, ${M}, ${M}`],
    ['Роза', 'у Розы, Розе, Р0зой', `у ${M}, ${M}, ${M}`], // a zero for о
    ['Алия', 'Алии, Алиею, Алияға', `${M}, ${M}, ${M}`],
    ['Ким', 'Киму, Кимнің', `${M}, ${M}`],
    ['Әли', 'Али, Әлиге', `${M}, ${M}`], // a Kazakh spelling covers the Russian one
  ])('%s: %j → %j', (names, text, expected) => {
    expect(maskNames(names, text)).toBe(expected);
  });
});

describe('identityRedactor: ordinary words stay', () => {
  it.each([
    ['Роза', 'разработка, розетка, прозрачный, розовый'],
    ['Роза', 'Розалия, Розамунда'],
    ['Роза', 'к розам'], // a possessive would catch "розам": short names take none
    ['Дана', 'данные, дано, задана, данность'],
    ['Дана', 'Данияр, Данелия'],
    ['Алия', 'али, алиментов, реалии, Алиев'],
    ['Ася', 'асфальт, Асель, Азия, ась, асинхронный'],
    ['Полина', 'полином, полиномы'], // a Russian ending is not stacked with a Kazakh one
    ['Павел Лев', 'павлин, левый, львы, львиный'],
    ['Аян', 'аяз, баян, Аяжан'],
    ['Ким', 'Кім келді? Кімге жаздың? Кімнің телефоны?'], // "who": Kazakh і is not the и of "Ким"
    ['Ким', 'кино, Кимран'],
    ['Арман', 'армия, армянский, карман'],
    ['Айгерім', 'Айгүл, айдың, Айжан'],
    [AIGERIM, 'сапарға шықты, Сапар ағай'], // the root of the surname is a word ("journey")
    [ALENA, 'Алексей, Алёхин, аленький цветочек'],
    [ALENA, 'Жумабек, Жумагали'], // a surname's root alone is another name
    [ALENA, 'Мама и папа написали заявление 12 марта.'],
    [ALENA, 'А. Б. Иванов ответил.'], // initials with no masked name beside them
    ['Ли', 'знает ли он'], // two-letter tokens are never matched
    ['', 'пустое имя ничего не маскирует'],
    ['   ', 'пробелы тоже'],
    ['.*', 'регулярное выражение — это текст'],
    ['А+Б (В)', 'А+Б (В) буквально'],
    ['Сапарова Айгерім', 'Ответ на жалобу № КZ-2026-0042 от 15.03.2026, срок 5 рабочих дней.'],
    ['Сапарова Айгерім', 'Сумма штрафа: 7 000 000 тенге; 2025 год; 3,5%; 10:30.'],
    ['Сапарова Айгерім', 'Ребёнку 12 лет, учится в 6 классе.'],
    ['Сапарова Айгерім', '🙂👍🏽 👨‍👩‍👧 ✔︎'],
    ['Сапарова Айгерім', 'Бұл іс бойынша шешім қабылданды.'],
    ['Мария Иванова-Петрова', 'Ивановское, петровский'],
    ['Ева Ковальская', 'ковать, Ковальчук'],
  ])('%s leaves %j as it is', (names, text) => {
    expect(maskNames(names, text)).toBe(text);
  });
});

// Accepted over-redactions: a name that is also a word is masked as the word too. Privacy wins.
describe('identityRedactor: accepted over-redactions', () => {
  it.each([
    ['Арман', 'менің арманым', `менің ${M}`], // "my dream"
    ['Роза', 'розы в саду', `${M} в саду`], // roses
    ['Дана', 'сроки даны', `сроки ${M}`], // "are given"
    ['Нұр', 'нұрға толы', `${M} толы`], // "light"
    ['Любовь', 'любовью', M],
    [ALENA, 'Жумабеков Арман', `${M} Арман`], // a relative's surname is identity too
    ['Мария Иванова', 'село Ивановка', `село ${M}`], // the Kazakh dative "Ивановқа" folds to the village
    ['Марина', 'марина яхт-клуба', `${M} яхт-клуба`],
  ])('%s: %j → %j', (names, text, expected) => {
    expect(maskNames(names, text)).toBe(expected);
  });
});

// Known gaps, kept visible: change these rows when the engine learns them.
describe('identityRedactor: known under-redactions', () => {
  it.each([
    [AIGERIM, 'Aigerim Saparova'], // Latin transliteration
    [AIGERIM, 'А й г е р і м'], // spaced-out letters
    ['Али', 'Әлиге'], // a short name given in Russian letters does not reach its Kazakh spelling
    ['Ли', 'Ли Мин'], // two-letter names
    [AIGERIM, 'Нурлан'], // the father's bare name, known only through the patronymic
  ])('%s: %j is not masked', (names, text) => {
    expect(maskNames(names, text)).toBe(text);
  });
});

describe('identityRedactor: phones', () => {
  const redact = identityRedactor(secrets({ phones: ['+7 701 123 45 67', '+90 532 123 45 67'] }));
  it.each([
    ['тел. +7 701 123 45 67', `тел. ${M}`],
    ['8 (701) 123-45-67', M],
    ['87011234567', M],
    ['+77011234567.', `${M}.`],
    ['8-701-123-45-67 или 8.701.123.45.67', `${M} или ${M}`],
    ['701 123 45 67', M], // without the country code
    ['(701) 123-45-67', M],
    ['звоните: +7 (7172) 12-34-56, 8 7172 123456', `звоните: ${M}, ${M}`], // any Kazakh number, landlines too
    ['8 777 987 65 43', M], // not a given phone, still a phone
    ['домашний 123-45-67', `домашний ${M}`],
    ['+996 555 123 456', M], // any international number
    ['90 532 123 45 67', M], // a given foreign phone without its plus
    ['+7\u00A0701\u200B123\u00A045\u00A067', M], // no-break and zero-width spaces
    ['87011234567\n87021234567', `${M}\n${M}`],
    ['писала с 87011234567 12 раз', `писала с ${M} 12 раз`],
  ])('%j → %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'решение № 12 от 15.03.2026',
    'KZ-2026-0042, ПР-2026-0003, ЭГ-2026-017',
    'штраф 7 000 000 000 тенге',
    'ребёнку 12 лет, 6 класс, 2025 год',
    'в 10:30, 3,5 %, 1.5.2',
  ])('%j stays', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('identityRedactor: e-mails', () => {
  const redact = identityRedactor(secrets({ emails: ['aigerim.s2012@mail.kz'] }));
  it.each([
    ['пишите aigerim.s2012@mail.kz', `пишите ${M}`],
    ['AIGERIM.S2012@MAIL.KZ.', `${M}.`],
    ['чужой адрес a.b-c+tag@gmail.com, тоже', `чужой адрес ${M}, тоже`],
    ['aigerim [at] mail [dot] kz', M],
    ['aigerim(собака)mail.ru', M],
    ['aigerim at mail dot kz', M],
    ['инстаграм @aigerim.s2012', `инстаграм @${M}`], // the local part of a given address is a handle
  ])('%j → %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each(['встреча at 5 pm', 'почта России', 'aigerim.s2012x', 'end. Next'])('%j stays', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('identityRedactor: schools', () => {
  const redact = identityRedactor(secrets({ schools: ['КГУ «Школа-гимназия № 12 имени Абая» города Астаны'] }));
  it.each([
    ['учится в школе-гимназии № 12', `учится в школе-гимназии ${M}`],
    ['№12 мектеп-гимназия', `${M} мектеп-гимназия`],
    ['12-ші мектепте оқиды', `${M} мектепте оқиды`],
    ['в 12-й школе', `в ${M} школе`],
    ['гимназия им. Абая', `гимназия им. ${M}`],
    ['Абай атындағы мектеп', `${M} атындағы мектеп`],
  ])('%j → %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'школа', // a bare "school" identifies no one
    'в школе и в мектебе',
    'ей 12 лет, школа рядом',
    'школьнице 12 лет',
    'стихи Абая',
    'школа № 7 города Астаны',
    'протокол № 12',
  ])('%j stays', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('identityRedactor: invariants', () => {
  const all = secrets({ names: [AIGERIM, ALENA], phones: ['87011234567'], emails: ['a.s@mail.kz'], schools: ['школа № 12'] });

  it('never masks everything for empty secrets, and still masks phones and e-mails', () => {
    const redact = identityRedactor(secrets({ names: ['', ' ', '.'], phones: [''], emails: [''], schools: ['', 'школа'] }));
    expect(redact('Алёна, школа № 12, тел. 87011234567, x@y.kz')).toBe(`Алёна, школа № 12, тел. ${M}, ${M}`);
  });

  it('reads regular-expression characters in secrets literally', () => {
    expect(maskNames(['(Алёна)', '.*', '[a-z]+'], 'Алёну и всех остальных')).toBe(`${M} и всех остальных`);
  });

  it('changes nothing when redacting twice', () => {
    const redact = identityRedactor(all);
    const once = redact('Алёне Жумабековой (87011234567) писала Айгерім из школы № 12');
    expect(redact(once)).toBe(once);
  });

  it('keeps every character outside the masks', () => {
    const text = '  «Алёна»\r\n\t— 🙂👍🏽, 👨‍👩‍👧!\u00A0ok\u2028end  ';
    expect(identityRedactor(all)(text)).toBe(text.replace('Алёна', M));
  });

  it('returns the empty text', () => {
    expect(identityRedactor(all)('')).toBe('');
  });

  it('redacts 20 KB with six secrets quickly', () => {
    const paragraph =
      'Алёне Жумабековой писали в чате, Айгерімнің анасы звонила 8 (701) 123-45-67 и писала a.s@mail.kz. ' +
      'Ученица школы № 12 получила угрозы трижды за две недели, модератор не ответил на жалобу. ';
    const text = paragraph.repeat(Math.ceil(20_000 / paragraph.length));
    const redact = identityRedactor(all);
    redact(text); // the first call compiles the patterns
    const times = Array.from({ length: 5 }, () => {
      const started = performance.now();
      redact(text);
      return performance.now() - started;
    }).sort((a, b) => a - b);
    const median = times[2]!;
    console.info(`redacted ${text.length} chars: median ${median.toFixed(1)} ms of ${times.map((t) => t.toFixed(1)).join(', ')}`);
    expect(redact(text)).not.toMatch(/Алён|Жумабек|Айгер|701|a\.s@|№ 12/);
    expect(median).toBeLessThan(200); // the budget is 20 ms; the bound is loose so a busy machine never fails it
  });
});
