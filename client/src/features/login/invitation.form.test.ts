import { describe, expect, it } from 'vitest';
import { passwordProblem } from './invitation.form';

describe('the password set through an invitation', () => {
  it.each([
    ['', '', 'missing'],
    ['twelve-chars', '', 'missing'],
    ['eleven-char', 'eleven-char', 'short'],
    [' '.repeat(12), ' '.repeat(12), 'short'],
    ['әәәәәәәәәәәә', 'әәәәәәәәәәәә', null],
    ['twelve-chars', 'twelve-charS', 'mismatch'],
    ['twelve-chars', 'twelve-chars', null],
  ])('%j then %j: %s', (password, repeat, problem) => {
    expect(passwordProblem(password, repeat)).toBe(problem);
  });
});
