import { describe, expect, it } from 'vitest';
import { csvQuery, defaultPeriod, lastDayOfMonth, monthsOf, periodProblem } from './stats.period';

describe('periodProblem', () => {
  it.each([
    ['2026-01-01', '2026-12-31', null],
    ['2026-01-01', '2026-01-01', null],
    ['', '2026-01-01', 'periodRequired'],
    ['2026-02-01', '2026-01-31', 'periodOrder'],
    ['2016-01-01', '2025-12-31', null],
    ['2016-01-01', '2026-01-01', 'periodTooLong'],
  ])('%s … %s → %s', (from, to, expected) => {
    expect(periodProblem(from, to)).toBe(expected);
  });

  it.each([
    ['2026-01-01', '2026-12-31', null],
    ['2026-02-01', '2026-02-28', null],
    ['2024-02-01', '2024-02-29', null],
    ['2026-01-02', '2026-01-31', 'periodMonths'],
    ['2026-01-01', '2026-01-30', 'periodMonths'],
    ['2026-02-01', '2026-01-31', 'periodOrder'],
  ])('in whole months: %s … %s → %s', (from, to, expected) => {
    expect(periodProblem(from, to, true)).toBe(expected);
  });

  it.each([['2026-02-10', '2026-02-28'], ['2028-02-01', '2028-02-29'], ['2026-12-31', '2026-12-31']])('the month of %s ends on %s', (date, last) => {
    expect(lastDayOfMonth(date)).toBe(last);
  });
});

describe('the rest of the period rules', () => {
  it('defaults to the last 12 whole months, this one included, Kazakhstan time', () => {
    expect(defaultPeriod(new Date('2026-11-30T20:00:00Z'))).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(defaultPeriod(new Date('2026-03-15T12:00:00Z'))).toEqual({ from: '2025-04-01', to: '2026-03-31' });
    expect(periodProblem(defaultPeriod().from, defaultPeriod().to, true)).toBeNull();
  });
  it('lists the months a period touches', () => {
    expect(monthsOf('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
  it('joins lists with commas for the CSV endpoint', () => {
    expect(csvQuery({ from: '2026-01-01', to: '2026-12-31', platforms: ['tiktok', 'vk'], regions: ['ASTANA'], statuses: [] }))
      .toBe('from=2026-01-01&to=2026-12-31&platforms=tiktok%2Cvk&regions=ASTANA');
  });
});
