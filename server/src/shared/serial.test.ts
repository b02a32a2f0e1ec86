import { describe, expect, it } from 'vitest';
import { formatSerial, serialYear } from './serial.js';

describe('serialYear', () => {
  it.each([
    ['2025-12-31T19:00:00Z', 2026, 'midnight in Almaty starts the next year'],
    ['2025-12-31T18:59:59Z', 2025, 'a second before midnight in Almaty'],
    ['2025-12-31T23:59:59Z', 2026, '04:59 on 1 January in Almaty'],
    ['2026-01-01T00:00:00Z', 2026, 'the UTC new year'],
    ['2026-06-15T12:00:00Z', 2026, 'mid-year'],
    ['2026-12-31T18:59:59.999Z', 2026, 'the last millisecond of the Almaty year'],
  ])('%s → %i (%s)', (at, year) => {
    expect(serialYear(new Date(at))).toBe(year);
  });
});

describe('formatSerial', () => {
  it('pads to four digits', () => expect(formatSerial('ПР', 2026, 7)).toBe('ПР-2026-0007'));
});
