import { describe, expect, it } from 'vitest';
import { deliveryTimeRefusal, finalSignedAt, signingRefusal, type Signatures } from './delivery.rules.js';

const now = new Date('2026-03-10T10:00:00Z');
const h = (hours: number) => new Date(now.getTime() + hours * 3_600_000);

describe('deliveryTimeRefusal', () => {
  it.each([
    ['now', now, 3, null],
    ['within the minute of clock skew', new Date(now.getTime() + 59_000), 3, null],
    ['in the future', h(1), 3, 'BAD_USER_INPUT'],
    ['exactly the limit back', h(-72), 3, null],
    ['a second past the limit', new Date(h(-72).getTime() - 1_000), 3, 'BAD_USER_INPUT'],
    ['year 2000', new Date('2000-01-01T00:00:00Z'), 3, 'BAD_USER_INPUT'],
    ['an hour back with a zero limit', h(-1), 0, 'BAD_USER_INPUT'],
    ['10 days back with a limit of 14', h(-240), 14, null],
    ['not a time', new Date(Number.NaN), 3, 'BAD_USER_INPUT'],
  ] as const)('%s → %s', (_label, at, days, code) => {
    expect(deliveryTimeRefusal(at, now, days)?.code ?? null).toBe(code);
  });

  it('names the limit', () => {
    const e = deliveryTimeRefusal(h(-100), now, 3)!;
    expect(e.message).toMatch(/3 day/);
    expect(e.extensions.details).toEqual({ maxBackdateDays: 3 });
    expect((e.extensions.messages as { ru: string; kk: string }).ru).toMatch(/3/);
  });
});

describe('signingRefusal', () => {
  const chair = h(-5);
  const secretary = h(-2);
  it.each<[string, Signatures, Date, string | null]>([
    ['unsigned', {}, now, 'INVALID_TRANSITION'],
    ['signed by the chair only', { chairSignedAt: chair }, now, 'INVALID_TRANSITION'],
    ['signed by the secretary only', { secretarySignedAt: secretary, chairSignedAt: null }, now, 'INVALID_TRANSITION'],
    ['signed by both, delivered after', { chairSignedAt: chair, secretarySignedAt: secretary }, now, null],
    ['delivered at the final signature', { chairSignedAt: chair, secretarySignedAt: secretary }, secretary, null],
    ['delivered between the two signatures', { chairSignedAt: chair, secretarySignedAt: secretary }, h(-3), 'BAD_USER_INPUT'],
    ['delivered before both signatures', { chairSignedAt: secretary, secretarySignedAt: chair }, h(-6), 'BAD_USER_INPUT'],
  ])('%s → %s', (_label, signatures, at, code) => {
    expect(signingRefusal(signatures, at)?.code ?? null).toBe(code);
  });

  it('explains the refusal in kk, ru and en', () => {
    const e = signingRefusal({ chairSignedAt: chair }, now)!;
    const m = e.extensions.messages as { en: string; ru: string; kk: string };
    expect(m.en).toMatch(/signed by the chair/);
    expect(m.ru).toMatch(/подписания решения/);
    expect(m.kk).toMatch(/қол қойғаннан кейін/);
  });
});

describe('finalSignedAt', () => {
  it('is the later of the two signatures, or null', () => {
    expect(finalSignedAt({ chairSignedAt: h(-1), secretarySignedAt: h(-3) })).toEqual(h(-1));
    expect(finalSignedAt({ chairSignedAt: h(-1) })).toBeNull();
  });
});
