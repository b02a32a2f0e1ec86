// The built client under the server's Content-Security-Policy: every screen renders without one
// violation (no inline script, no eval, no foreign origin), and the page may not be framed.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../server/src/test-support/platform.js';
import { demoTokens, caseInReview } from '../../server/src/test-support/scenarios.js';
import { launchChromium, signIn } from './browser.js';

let tp: TestPlatform;
let browser: Browser;
let caseId: string;

beforeAll(async () => {
  [tp, browser] = await Promise.all([startTestPlatform(), launchChromium()]);
  caseId = (await caseInReview(tp, await demoTokens(tp))).id;
});
afterAll(async () => {
  await browser?.close();
  await tp?.close();
});

/** A page that records every CSP violation and page error. */
async function watchedPage(): Promise<{ page: Page; problems: () => Promise<string[]> }> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Plain text scripts: this file is compiled for Node (no DOM types).
  await page.addInitScript({ content: `window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));` });
  return { page, problems: async () => [...errors, ...((await page.evaluate('window.__csp')) as string[])] };
}

describe('the Content-Security-Policy', () => {
  it('is sent with the app and lets nothing frame it', async () => {
    const res = await fetch(`${tp.url}/`);
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it.each([
    ['the chair: queue, case room, accounts', 'chair@demo.kz', ['/', `/cases/CASE`, '/accounts']],
    ['the analyst: dashboard and explorer', 'analyst@demo.kz', ['/stats', '/stats/explorer']],
    ['the admin: administration', 'admin@demo.kz', ['/admin']],
  ])('holds for %s without a single violation', async (_who, email, paths) => {
    const { page, problems } = await watchedPage();
    await signIn(page, tp.url, email);
    await page.waitForLoadState('networkidle');
    for (const path of paths) {
      await page.goto(`${tp.url}${path.replace('CASE', caseId)}`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      expect(await problems(), path).toEqual([]);
    }
    await page.close();
  }, 60_000);
});
