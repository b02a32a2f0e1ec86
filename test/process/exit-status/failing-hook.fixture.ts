import { beforeAll, expect, it } from 'vitest';

beforeAll(() => {
  throw new Error('a hook failed on purpose');
});

it('would pass', () => {
  expect(1).toBe(1);
});
