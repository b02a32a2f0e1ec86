import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestPlatform, type TestPlatform } from '../../server/src/test-support/platform.js';
import { launchChromium, signIn } from './browser.js';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  expectOnFirstScreen,
  expectTouchTargets,
  saveScreenshot,
  VIEWPORTS,
  type ViewportName,
} from './layout-checks.js';

// Issue 17, point 5: the admin lands on the administration's landing page, changes a member's role
// and agency, renames an agency in Kazakh and sees it in the Kazakh interface; at a phone's size and
// a laptop's, nothing scrolls sideways, the sections are on the first screen, and axe finds nothing grave.
let tp: TestPlatform;
let browser: Browser;

beforeAll(async () => {
  [tp, browser] = await Promise.all([startTestPlatform(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await tp?.close();
});

const SIZES = Object.keys(VIEWPORTS) as ViewportName[];

/** The admin, signed in, on the landing page "/" leads to. axe-core is injected inline: the CSP would refuse it. */
async function adminAt(size: ViewportName): Promise<Page> {
  const context = await browser.newContext({ ...VIEWPORTS[size], bypassCSP: true });
  const page = await context.newPage();
  await signIn(page, tp.url, 'admin@demo.kz');
  await page.waitForSelector('[data-testid="admin-home"]');
  return page;
}

const row = (page: Page, email: string) => page.locator(`[data-testid="member-row"][data-email="${email}"]`);

describe('the admin runs the panel', () => {
  it('lands on the administration page, whose cards count what each section holds and lead to it', async () => {
    const page = await adminAt('desktop');
    expect(new URL(page.url()).pathname).toBe('/admin');
    const active = await tp.gql<{ members: { active: boolean }[] }>('{ members { active } }', {}, await tp.login('admin@demo.kz'));
    await expect.poll(() => page.locator('[data-testid="members-active-count"]').textContent()).toBe(String(active.data!.members.length));
    for (const section of ['members', 'agencies', 'calendar', 'settings', 'platforms']) {
      expect(await page.locator(`[data-testid="admin-card-${section}"]`).getAttribute('href')).toBe(`/admin/${section}`);
    }
    // No failed jobs on a fresh platform: no card for them.
    expect(await page.locator('[data-testid="admin-card-jobs"]').count()).toBe(0);
    await page.click('[data-testid="admin-card-members"]');
    await page.waitForSelector('[data-testid="members-table"]');
    await page.click('[data-testid="admin-back"]');
    await page.waitForSelector('[data-testid="admin-home"]');
    await page.context().close();
  }, 60_000);

  it('changes a member\'s role and agency, and the row shows both at once', async () => {
    const page = await adminAt('desktop');
    await page.click('[data-testid="admin-card-members"]');
    const member = row(page, 'member5@demo.kz');
    await member.waitFor();
    expect(await member.getAttribute('data-role')).toBe('MEMBER');
    const agencyBefore = await member.locator('[data-testid="member-agency"]').textContent();
    await member.locator('[data-testid="edit-member"]').click();
    const form = member.locator('[data-testid="member-edit"]');
    await form.locator('select[name="role"]').selectOption('ANALYST');
    const current = await form.locator('select[name="agency"]').inputValue();
    const values = await Promise.all((await form.locator('select[name="agency"] option').all()).map((o) => o.getAttribute('value')));
    const other = values.find((v) => v && v !== current)!;
    await form.locator('select[name="agency"]').selectOption(other);
    await form.locator('[data-testid="save-member"]').click();
    await member.locator('[data-testid="member-saved"]').waitFor();
    expect(await member.getAttribute('data-role')).toBe('ANALYST');
    expect(await member.getAttribute('data-status')).toBe('ACTIVE');
    expect(await member.locator('[data-testid="member-agency"]').textContent()).not.toBe(agencyBefore);
    const stored = await tp.gql('{ members { email role agency { id } } }', {}, await tp.login('admin@demo.kz'));
    expect((stored.data!.members as { email: string; role: string; agency: { id: string } }[]).find((m) => m.email === 'member5@demo.kz'))
      .toEqual({ email: 'member5@demo.kz', role: 'ANALYST', agency: { id: other } });
    await page.context().close();
  }, 60_000);

  it('renames an agency in Kazakh and sees the new name in the Kazakh interface, in the agencies and beside its members', async () => {
    const page = await adminAt('desktop');
    await page.goto(`${tp.url}/admin/agencies`);
    const found = page.locator('[data-testid="agency-entry"]').filter({ has: page.locator('[data-testid="agency-nameRu"]', { hasText: 'Министерство внутренних дел РК' }) });
    // Found by its Russian name, then held by its id (the form replaces the names while editing).
    const entry = page.locator(`[data-testid="agency-entry"][data-agency-id="${await found.getAttribute('data-agency-id')}"]`);
    await entry.locator('[data-testid="edit-agency"]').click();
    const kk = 'ҚР Ішкі істер министрлігі (жаңа атау)';
    // An empty Kazakh name is refused under its field, and nothing is saved.
    await entry.locator('input[name="nameKk"]').fill('');
    await entry.locator('[data-testid="save-agency"]').click();
    await entry.locator('input[name="nameKk"][aria-invalid="true"]').waitFor();
    await entry.locator('input[name="nameKk"]').fill(kk);
    await entry.locator('[data-testid="save-agency"]').click();
    await entry.locator('[data-testid="agency-nameKk"]').filter({ hasText: kk }).waitFor();

    await page.click('[data-testid="lang-kk"]');
    await page.waitForSelector('html[lang="kk"]');
    await entry.locator('[data-testid="agency-name"]').filter({ hasText: kk }).waitFor();
    await page.click('[data-testid="admin-back"]');
    await page.click('[data-testid="admin-card-members"]');
    await row(page, 'member1@demo.kz').locator('[data-testid="member-agency"]').filter({ hasText: kk }).waitFor();
    await page.click('[data-testid="lang-ru"]');
    await page.waitForSelector('html[lang="ru"]');
    await page.context().close();
  }, 60_000);
});

describe.each(SIZES)('at the %s size', (size) => {
  it('the landing page: the sections on the first screen, no sideways scrolling, axe clean; a screenshot for the README', async () => {
    const page = await adminAt(size);
    await page.locator('[data-testid="members-active-count"]').filter({ hasText: /\d/ }).waitFor();
    await expectNoHorizontalOverflow(page);
    await expectOnFirstScreen(page, '[data-testid="admin-card-members"]');
    await expectOnFirstScreen(page, '[data-testid="admin-card-agencies"]');
    await expectTouchTargets(page, '[data-testid="admin-cards"]');
    await expectAccessible(page);
    await saveScreenshot(page, 'admin', size);
    await page.context().close();
  }, 60_000);

  it('the members and agencies: e-mails whole, a list on a phone, controls in reach, no sideways scrolling, axe clean', async () => {
    const page = await adminAt(size);
    await page.click('[data-testid="admin-card-members"]');
    await page.waitForSelector('[data-testid="member-row"]');
    await expectNoHorizontalOverflow(page);
    await expectOnFirstScreen(page, '[data-testid="member-row"] [data-testid="member-role"]');
    // No e-mail is broken inside a word: each renders on one line or wraps only at "@" or a dot.
    const broken = await page.locator('[data-testid="member-row"] .email-text').evaluateAll((spans) => spans.filter((span) => {
      const range = span.ownerDocument.createRange();
      range.selectNodeContents(span);
      const lines = [...range.getClientRects()].filter((r) => r.width > 0);
      const tops = [...new Set(lines.map((r) => Math.round(r.top)))];
      if (tops.length === 1) return false;
      // Every text node (a piece between the wrap points) must sit on one line.
      return [...span.childNodes].some((n) => {
        const piece = span.ownerDocument.createRange();
        piece.selectNodeContents(n);
        return new Set([...piece.getClientRects()].map((r) => Math.round(r.top))).size > 1;
      });
    }).map((s) => s.textContent));
    expect(broken).toEqual([]);
    if (size === 'phone') {
      // A list: each account a card as wide as the screen, its cells one under another.
      const first = page.locator('[data-testid="member-row"]').first();
      const [email, role] = await Promise.all([first.locator('.email-text').boundingBox(), first.locator('[data-testid="member-role"]').boundingBox()]);
      expect(role!.y).toBeGreaterThan(email!.y);
      await expectTouchTargets(page, '[data-testid="members-table"]');
    }
    await expectAccessible(page);
    await saveScreenshot(page, 'admin-members', size);

    await page.click('[data-testid="admin-back"]');
    await page.click('[data-testid="admin-card-agencies"]');
    await page.waitForSelector('[data-testid="agency-entry"]');
    await expectNoHorizontalOverflow(page);
    await expectOnFirstScreen(page, '[data-testid="agency-entry"] [data-testid="edit-agency"]');
    if (size === 'phone') await expectTouchTargets(page, '[data-testid="agencies"]');
    await expectAccessible(page);
    await page.context().close();
  }, 90_000);
});
