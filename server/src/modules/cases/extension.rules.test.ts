import { describe, expect, it } from 'vitest';
import { lateExtensionError, noticeSentAtError } from './extension.rules.js';

const at = (iso: string) => new Date(iso);
const DUE = '2026-12-18T19:00:00.000Z';

describe('lateExtensionError', () => {
  it.each([
    ['a day before the deadline', '2026-12-17T19:00:00.000Z', null],
    ['a millisecond before the deadline', '2026-12-18T18:59:59.999Z', null],
    ['at the deadline', DUE, 'INVALID_TRANSITION'],
    ['a millisecond after the deadline', '2026-12-18T19:00:00.001Z', 'INVALID_TRANSITION'],
    ['a week after the deadline', '2026-12-25T19:00:00.000Z', 'INVALID_TRANSITION'],
  ])('an extension asked %s → %s', (_what, now, code) => {
    const error = lateExtensionError(at(now), at(DUE));
    expect(error?.extensions.code ?? null).toBe(code);
  });

  it('says why in kk, ru and en', () => {
    const error = lateExtensionError(at('2026-12-19T00:00:00Z'), at(DUE))!;
    expect(error.extensions.messages).toEqual({
      en: expect.stringMatching(/already passed/),
      ru: expect.stringMatching(/истек/),
      kk: expect.stringMatching(/өтіп кетті/),
    });
  });
});

describe('noticeSentAtError', () => {
  const EXTENDED = '2026-12-15T05:00:00.000Z';
  const NOW = '2026-12-16T05:00:00.000Z';
  it.each([
    ['at the extension', EXTENDED, null],
    ['between the extension and now', '2026-12-15T12:00:00.000Z', null],
    ['now', NOW, null],
    ['a millisecond before the extension', '2026-12-15T04:59:59.999Z', 'BAD_USER_INPUT'],
    ['a millisecond in the future', '2026-12-16T05:00:00.001Z', 'BAD_USER_INPUT'],
    ['at an invalid time', 'not a date', 'BAD_USER_INPUT'],
  ])('a notice sent %s → %s', (_what, sentAt, code) => {
    expect(noticeSentAtError(at(sentAt), at(EXTENDED), at(NOW))?.extensions.code ?? null).toBe(code);
  });
});
