import { describe, expect, it } from 'vitest';
import { binCheckDigit, isValidBin } from './bin.rules.js';

describe('isValidBin checks the IIN/BIN check digit', () => {
  it.each([
    // 9·1+4·2+0·3+7·4+0·5+1·6+4·7+0+0+0+0 = 79; 79 mod 11 = 2
    ['940701400002', true],
    ['940701400003', false],
    ['051140000718', true],
    ['120340001230', true], // check digit 0
    ['990840005003', true],
    // first pass: 120 mod 11 = 10; second (3…11,1,2): 57 mod 11 = 2
    ['220140000902', true],
    ['220140000900', false], // 0 is what a single pass would wrongly accept (10 → 0)
    // both passes give 10: no valid number starts with these 11 digits
    ['230140000010', false],
    ['230140000011', false],
    ['94070140000', false], // 11 digits
    ['9407014000020', false], // 13 digits
    ['94070140000A', false],
    ['9407 1400002', false],
    ['', false],
  ])('%s → %s', (bin, valid) => {
    expect(isValidBin(bin)).toBe(valid);
  });

  it.each([
    ['94070140000', 2],
    ['22014000090', 2],
    ['23014000001', null],
    ['2301400000', null],
  ])('binCheckDigit(%s) → %s', (first11, digit) => {
    expect(binCheckDigit(first11)).toBe(digit);
  });

  it('accepts one check digit only for the same 11 digits', () => {
    const valid = [...'0123456789'].filter((d) => isValidBin(`05114000071${d}`));
    expect(valid).toEqual(['8']);
  });
});
