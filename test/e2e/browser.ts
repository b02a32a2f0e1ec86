import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

// Debian's Chromium, as root and without network beyond loopback (STACK.md pitfall 9).
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });

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
