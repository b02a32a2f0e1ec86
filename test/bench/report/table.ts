import type { BenchResult, Cell } from '../types.js';

export const cellText = (c: Cell): string => (c === null ? '—' : typeof c === 'number' ? String(c) : c);

/** A plain-text table with aligned columns, for the terminal. */
export function textTable(head: string[], body: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** A Markdown table. */
export function markdownTable(head: string[], body: string[][]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return [`| ${head.map(esc).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
}

/** The result's rows as strings, with the row label first. */
export function resultBody(r: BenchResult): string[][] {
  return r.rows.map((row) => [row.label, ...row.cells.map(cellText)]);
}

/** "✓ met" / "✗ missed". */
export const verdict = (met: boolean) => (met ? '✓ met' : '✗ missed');
