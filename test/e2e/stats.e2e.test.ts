import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestPlatform, type TestPlatform } from '../../server/src/test-support/platform.js';
import { launchChromium, signIn } from './browser.js';

let tp: TestPlatform;
let browser: Browser;

beforeAll(async () => {
  [tp, browser] = await Promise.all([startTestPlatform(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await tp?.close();
});

describe('the analyst in a browser', () => {
  it('lands on the dashboard and sees the charts render with the seeded data', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await signIn(page, tp.url, 'analyst@demo.kz');
    await page.waitForSelector('[data-testid="stats-dashboard"]');
    await page.waitForSelector('[data-testid="chart-month"] svg .recharts-bar-rectangle, [data-testid="chart-month"] svg path.recharts-curve', { timeout: 15_000 });
    for (const chart of ['platform', 'region', 'status', 'age']) await page.waitForSelector(`[data-testid="chart-${chart}"] svg`);
    // The demo panel's two dozen cases, as an analyst sees them: a sum of perturbed monthly cells (never 1–4).
    const total = Number((await page.textContent('[data-testid="stat-total"]'))?.match(/\d+/)?.[0]);
    expect(total).toBeGreaterThanOrEqual(5);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
