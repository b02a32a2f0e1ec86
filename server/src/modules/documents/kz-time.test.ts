import { describe, it, expect } from 'vitest';
import { formatKzDate, formatKzDateTime } from './kz-time.js';

describe('Kazakhstan time in documents', () => {
  it.each([
    ['2026-03-18T09:30:00Z', '18.03.2026 14:30'],
    ['2026-03-18T19:00:00Z', '19.03.2026 00:00'], // evening in UTC is already tomorrow in Astana
    ['2025-12-31T18:59:00Z', '31.12.2025 23:59'],
    ['2025-12-31T19:00:00Z', '01.01.2026 00:00'],
    ['2026-07-06T00:05:00Z', '06.07.2026 05:05'],
  ])('%s is shown as %s', (iso, shown) => {
    expect(formatKzDateTime(new Date(iso))).toBe(shown);
    expect(formatKzDate(new Date(iso))).toBe(shown.slice(0, 10));
  });
});
