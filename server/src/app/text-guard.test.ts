import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { forbiddenCharacter, unsafeText } from './text-guard.js';

describe('forbiddenCharacter', () => {
  it.each([
    ['Kazakh and Russian text', 'Әріптестер, скриншоттар — «Қазақстан», ёлка', null],
    ['tabs and line breaks', 'бір\tекі\r\nүш', null],
    ['emoji joined with U+200D', '👨‍👩‍👧 👍🏽', null],
    ['a NUL byte', 'a\u0000b', 'U+0000'],
    ['an escape (ESC)', '\u001b[31m', 'U+001B'],
    ['DEL', 'a\u007f', 'U+007F'],
    ['a C1 control', 'a\u0085', 'U+0085'],
    ['a zero-width space', 'Айгер\u200bім', 'U+200B'],
    ['a byte order mark', '\ufeffГүлнар', 'U+FEFF'],
    ['a right-to-left override', 'gpj\u202e.exe', 'U+202E'],
    ['a first-strong isolate', '\u2068x\u2069', 'U+2068'],
    ['a lone high surrogate', 'x\ud800', 'U+D800'],
    ['a lone low surrogate', '\udc00x', 'U+DC00'],
  ])('%s → %s', (_what, text, expected) => {
    expect(forbiddenCharacter(text)).toBe(expected);
  });
});

describe('unsafeText', () => {
  it('finds a character in a string literal, nested in an input object', () => {
    const refused = unsafeText(parse('mutation { a(input: { name: "x\\u0000" }) }'), {});
    expect(refused?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'input', character: 'U+0000' } });
  });

  it('finds a character deep in the variables and names its path', () => {
    const refused = unsafeText(parse('query { me { id } }'), { input: { episodes: [{ url: 'ok' }, { url: 'x\u202e' }] } });
    expect(refused?.extensions).toMatchObject({ details: { field: '$input.episodes[1].url', character: 'U+202E' } });
  });

  it('lets clean operations and variables through', () => {
    expect(unsafeText(parse('query($s: String) { cases(filter: { search: $s }) { totalCount } }'), { s: 'KZ-2026' })).toBeNull();
  });
});
