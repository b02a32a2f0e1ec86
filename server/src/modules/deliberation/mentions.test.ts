import { describe, expect, it } from 'vitest';
import { handleOf, mentionedHandles } from './mentions.js';

describe('mentionedHandles', () => {
  it.each([
    ['@member1 посмотрите эпизод 2', ['member1']],
    ['Согласна с @Chair и @member4.', ['chair', 'member4']],
    ['@member1 @member1 дважды', ['member1']],
    ['(@deputy)', ['deputy']],
    ['пишите на secretary@demo.kz', []],
    ['@a.nurlankyzy, поясните', ['a.nurlankyzy']],
    ['нет упоминаний', []],
    ['@', []],
    ['email@@member2', []],
  ])('%j → %j', (text, handles) => {
    expect(mentionedHandles(text)).toEqual(handles);
  });

  it('takes the handle from the part of the email before @', () => {
    expect(handleOf('Member1@demo.kz')).toBe('member1');
  });
});
