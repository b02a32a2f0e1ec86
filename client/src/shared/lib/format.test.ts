import { describe, expect, it } from 'vitest';
import { formatBytes } from './format';

// Spaces inside Intl output may be narrow no-break spaces; compare with plain ones.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatBytes: units and plurals through Intl.NumberFormat', () => {
  it.each([
    [156, 'en', '156 bytes'],
    [1, 'en', '1 byte'],
    [156, 'ru', '156 байт'],
    [2048, 'en', '2 kB'],
    [1_572_864, 'ru', '1,5 МБ'],
  ])('%d in %s → %s', (bytes, language, expected) => {
    expect(plain(formatBytes(bytes, language))).toBe(expected);
  });

  it('never writes the English unit inside Russian or Kazakh', () => {
    for (const language of ['ru', 'kk']) {
      for (const bytes of [1, 156, 2048, 5_000_000]) expect(formatBytes(bytes, language)).not.toMatch(/byte|kB|MB/);
    }
  });
});
