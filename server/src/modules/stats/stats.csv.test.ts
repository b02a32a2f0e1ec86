import { describe, expect, it } from 'vitest';
import { csvCell } from './stats.csv.js';

describe('csvCell', () => {
  it.each([
    [null, ''], [12, '12'], ['ASTANA', 'ASTANA'], ['a,b', '"a,b"'], ['say "hi"', '"say ""hi"""'], ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['-1', "'-1"], [-1, '-1'], ['<5', '<5'], ['line\nbreak', '"line\nbreak"'],
  ] as const)('%j → %s', (v, out) => {
    expect(csvCell(v)).toBe(out);
  });
});
