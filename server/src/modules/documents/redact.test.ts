import { describe, it, expect } from 'vitest';
import { redact } from './redact.js';

describe('redact', () => {
  it.each([
    ['Айгерім Сапарова получила угрозы', ['Айгерім Сапарова', 'Айгерім'], '*** получила угрозы'],
    ['айгерімге жазылған', ['Айгерім'], '*** жазылған'], // any case, and the whole inflected form
    ['АЙГЕРІМ', ['айгерім'], '***'],
    ['Публикации адресованы Сапаровой, Айгерим', ['Айгерім Сапарова'], 'Публикации адресованы ***, ***'],
    ['Ф.И.О. (Алёну)', ['(Алёна)', '.*'], 'Ф.И.О. (***)'], // regular-expression characters are literal
    ['текст без имен', [], 'текст без имен'],
    ['текст', ['', '  '], 'текст'], // blank entries would match everywhere: ignored
  ])('%s with %j gives %s', (text, secrets, expected) => {
    expect(redact(text, secrets)).toBe(expected);
  });
});
