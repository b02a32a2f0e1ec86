import { existsSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { FONT_FILES } from './fonts.js';

describe('document fonts', () => {
  it('resolves both DejaVu Sans files from node_modules', () => {
    for (const file of Object.values(FONT_FILES)) {
      expect(file).toMatch(/node_modules[\\/]dejavu-fonts-ttf[\\/]ttf[\\/]DejaVuSans(-Bold)?\.ttf$/);
      expect(existsSync(file)).toBe(true);
    }
  });
});
