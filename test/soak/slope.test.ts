import { describe, expect, it } from 'vitest';
import { slope } from './slope.js';

describe('slope', () => {
  it.each([
    ['a flat line', [[0, 5], [1, 5], [2, 5]], 0],
    ['a steady rise of 2 per unit', [[0, 1], [1, 3], [2, 5], [3, 7]], 2],
    ['a fall with noise around it', [[0, 10], [1, 9.5], [2, 7.5], [3, 7]], -1.1],
    ['one point', [[0, 1]], 0],
    ['no spread in x', [[1, 1], [1, 4]], 0],
  ])('%s → %s', (_label, pts, expected) => {
    expect(slope((pts as number[][]).map(([x, y]) => ({ x, y })))).toBeCloseTo(expected as number, 6);
  });
});
