import { describe, expect, it } from 'vitest';
import { isAcceptedType, matchesSignature } from './file-types.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('accepted evidence types', () => {
  it.each([
    ['image/png', true, PNG, true],
    ['image/png', true, Buffer.from('GIF89a'), false],
    ['text/plain', true, Buffer.from('текст'), true],
    // Names of Object.prototype are not types: an upload declared as one is refused.
    ['constructor', false, PNG, false],
    ['toString', false, PNG, false],
    ['__proto__', false, PNG, false],
    ['hasOwnProperty', false, PNG, false],
    ['application/x-msdownload', false, Buffer.from('MZ'), false],
  ])('%s: accepted %s; %j matches %s', (mime, accepted, head, matches) => {
    expect(isAcceptedType(mime)).toBe(accepted);
    expect(matchesSignature(mime, head)).toBe(matches);
  });
});
