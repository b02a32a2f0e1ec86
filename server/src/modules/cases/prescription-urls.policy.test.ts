import { describe, expect, it } from 'vitest';
import { CASE_STATUSES } from './lifecycle.js';
import { prescriptionUrlsOpen } from './case.policy.js';

describe('case policy: the prescription URLs stay open until the decision', () => {
  const open = new Set(['REGISTERED', 'SCREENING', 'RETURNED', 'IN_REVIEW', 'VOTING']);
  it.each(CASE_STATUSES.map((s) => [s, open.has(s)] as const))('%s: %s', (status, expected) => {
    expect(prescriptionUrlsOpen(status)).toBe(expected);
  });
});
