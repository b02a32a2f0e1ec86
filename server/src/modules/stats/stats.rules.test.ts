import { describe, expect, it } from 'vitest';
import { Role } from '../members/role.js';
import { ageBand, AgeBand } from './age-band.js';
import { periodBounds } from './period.js';
import { countFor, seesExactCounts, shareFor } from './suppression.js';

describe('suppression of small counts', () => {
  it.each([
    [0, false, { value: 0, suppressed: false }],
    [1, false, { value: null, suppressed: true }],
    [4, false, { value: null, suppressed: true }],
    [5, false, { value: 5, suppressed: false }],
    [3, true, { value: 3, suppressed: false }],
  ])('%i seen exactly=%s → %j', (n, exact, view) => {
    expect(countFor(n, exact)).toEqual(view);
  });

  it.each([
    [2, 4, false, null], [2, 4, true, 0.5], [1, 3, true, 0.333], [0, 0, true, null], [3, 10, false, 0.3],
  ])('share %i of %i exact=%s → %s', (part, whole, exact, share) => {
    expect(shareFor(part, whole, exact)).toBe(share);
  });

  it.each([[Role.CHAIR, true], [Role.DEPUTY_CHAIR, true], [Role.ANALYST, false], [Role.ADMIN, false], [Role.MEMBER, false]])('%s sees exact counts: %s', (role, exact) => {
    expect(seesExactCounts(role)).toBe(exact);
  });
});

describe('age bands', () => {
  it.each([
    [null, AgeBand.UNKNOWN], [-1, AgeBand.UNKNOWN], [0, AgeBand.UNDER_10], [9, AgeBand.UNDER_10], [10, AgeBand.AGE_10_13],
    [13, AgeBand.AGE_10_13], [14, AgeBand.AGE_14_15], [15, AgeBand.AGE_14_15], [16, AgeBand.AGE_16_17], [17, AgeBand.AGE_16_17], [18, AgeBand.ADULT],
  ])('%s → %s', (age, band) => {
    expect(ageBand(age)).toBe(band);
  });
});

describe('periods', () => {
  it('covers whole Kazakhstan days, from midnight to midnight (UTC+5)', () => {
    expect(periodBounds({ from: '2026-01-01', to: '2026-01-31' })).toEqual({
      start: new Date('2025-12-31T19:00:00.000Z'),
      end: new Date('2026-01-31T19:00:00.000Z'),
    });
  });

  it.each([
    [{ from: '2026-02-01', to: '2026-01-01' }, /ends before it starts/],
    [{ from: '2016-01-01', to: '2026-01-01' }, /at most 10 years/],
  ])('refuses %j', (p, message) => {
    expect(() => periodBounds(p)).toThrow(message);
  });

  it('accepts a period of just under 10 years', () => {
    expect(() => periodBounds({ from: '2016-01-02', to: '2026-01-01' })).not.toThrow();
  });
});
