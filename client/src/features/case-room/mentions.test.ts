import { describe, expect, it } from 'vitest';
import { activeMention, insertMention, splitMentions, suggestMembers } from './mentions';

describe('splitMentions finds the handles the server notifies', () => {
  it.each([
    ['@member1 look', ['@member1', ' look']],
    ['ask @Member1.', ['ask ', '@Member1', '.']],
    ['mail me at a@member1.kz', ['mail me at a@member1.kz']],
    ['(@member4)', ['(', '@member4', ')']],
    ['Сұрақ@member4 бар', ['Сұрақ', '@member4', ' бар']],
    ['@@member1', ['@@member1']],
    ['no mention', ['no mention']],
  ])('%s', (text, parts) => {
    expect(splitMentions(text).map((p) => p.text)).toEqual(parts);
    expect(splitMentions(text).map((p) => p.text).join('')).toBe(text);
  });

  it('lower-cases the handle', () => {
    expect(splitMentions('@Member1')).toEqual([{ kind: 'mention', handle: 'member1', text: '@Member1' }]);
  });
});

describe('activeMention is the @word being typed at the caret', () => {
  it.each([
    ['hello @mem', 10, { start: 6, query: 'mem' }],
    ['@', 1, { start: 0, query: '' }],
    ['@Ерл', 4, { start: 0, query: 'Ерл' }],
    ['hello @mem and', 14, null],
    ['a@b', 3, null],
    ['hello @member1 ', 15, null],
  ])('%s (caret %i)', (text, caret, expected) => {
    expect(activeMention(text, caret)).toEqual(expected);
  });
});

describe('insertMention', () => {
  it('replaces the typed query by the handle and a space, and puts the caret after it', () => {
    expect(insertMention('see @gü now', { start: 4, query: 'gü' }, 'member4')).toEqual({ text: 'see @member4 now', caret: 13 });
    expect(insertMention('see @gü', { start: 4, query: 'gü' }, 'member4')).toEqual({ text: 'see @member4 ', caret: 13 });
  });
});

describe('suggestMembers', () => {
  const members = [
    { id: '1', name: 'Ерлан Қасымов', email: 'member1@demo.kz' },
    { id: '4', name: 'Гүлмира Әлиева', email: 'member4@demo.kz' },
    { id: '9', name: 'Сәуле Жақыпова (психолог)', email: 'advisor@demo.kz' },
  ];
  it.each([
    ['', ['1', '4', '9']],
    ['member4', ['4']],
    ['гүл', ['4']],
    ['қасым', ['1']],
    ['псих', ['9']],
    ['zzz', []],
  ])('%s', (query, expected) => {
    expect(suggestMembers(members, query).map((m) => m.id)).toEqual(expected);
  });
});
