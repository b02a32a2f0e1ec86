import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chooseChromium, type ChromiumChoice } from '../support/chromium.js';

let choice: Promise<ChromiumChoice> | undefined;

/** The Chromium the global setup chose (test/support/chromium.ts), launched headless. */
export async function launchChromium(): Promise<Browser> {
  // Without the global setup (another config), this file decides once for itself.
  const chosen = inject('chromium') ?? (await (choice ??= chooseChromium()));
  if (!chosen.ok) throw new Error(chosen.error);
  return chromium.launch({ executablePath: chosen.executablePath, args: chosen.args });
}

/** Signs in through the login form of the app at `url` with the demo password. */
export async function signIn(page: Page, url: string, email: string, password = 'panel-demo'): Promise<void> {
  await page.goto(url);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', password);
  await page.click('[data-testid="login-submit"]');
}

/** A separate browser context (its own session) signed in as `email`, with the case room open and live. */
export async function openCaseRoom(browser: Browser, url: string, caseId: string, email: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, ...options });
  const page = await context.newPage();
  await signIn(page, url, email);
  await page.waitForSelector('[data-testid="case-queue"]');
  await page.goto(`${url}/cases/${caseId}`);
  await page.waitForSelector('[data-testid="case-room"] [data-testid="connection-state"][data-state="live"]');
  return page;
}
