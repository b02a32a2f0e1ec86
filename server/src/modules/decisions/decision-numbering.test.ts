// Issue 16: protocol and prescription numbers take the year in Kazakhstan time (UTC+5) from the
// platform's clock, so a decision taken in the first hours of 1 January in Almaty opens the new series.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../shared/clock.js';
import { startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { confirmedCase, demoTokens } from '../../test-support/scenarios.js';

const DAY = 86_400_000;
const clock = new TestClock(Date.parse('2025-12-31T12:00:00Z'));
let tp: TestPlatform;
let t: Record<string, string>;

beforeAll(async () => {
  tp = await startTestPlatform({ clock });
  t = await demoTokens(tp);
});
afterAll(() => tp?.close());

describe('the year of protocol and prescription numbers', () => {
  it.each([
    ['2025-12-31T18:59:59Z', 2025, '23:59:59 on 31 December in Almaty'],
    ['2025-12-31T19:00:00Z', 2026, '00:00 on 1 January in Almaty (still 2025 in UTC)'],
  ])('a decision recorded at %s is numbered in %i (%s)', async (at, year) => {
    const now = clock.set(Date.parse(at)).getTime();
    const c = await confirmedCase(tp, t, {
      receivedAt: new Date(now - 60_000).toISOString(),
      episodes: [
        { occurredAt: new Date(now - 5 * DAY).toISOString(), url: `https://www.tiktok.com/@x/video/${now}`, contentKind: 'VIDEO', excerpt: null },
        { occurredAt: new Date(now - 3 * DAY).toISOString(), url: `https://www.tiktok.com/@x/video/${now + 1}`, contentKind: 'VIDEO', excerpt: null },
      ],
      resources: [],
    });
    expect(c.decision.protocolNumber).toMatch(new RegExp(`^П-${year}-\\d{4}$`));
    expect(c.prescriptions.map((p) => p.number)).toEqual([expect.stringMatching(new RegExp(`^ПР-${year}-\\d{4}$`))]);
  });
});
