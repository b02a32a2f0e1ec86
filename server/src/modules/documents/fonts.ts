import { createRequire } from 'node:module';
import path from 'node:path';

// Resolved through node_modules at run time, not relative to this file: the same code runs from
// src/ under tsx and vitest and from dist/ in production. DejaVu Sans covers Kazakh Cyrillic
// (ә ғ қ ң ө ұ ү һ і), which the PDF standard fonts do not.
const require = createRequire(import.meta.url);
const TTF_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const FONT_FILES = {
  regular: path.join(TTF_DIR, 'DejaVuSans.ttf'),
  bold: path.join(TTF_DIR, 'DejaVuSans-Bold.ttf'),
} as const;
