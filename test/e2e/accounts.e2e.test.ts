import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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

async function page(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  return context.newPage();
}

describe('a new member joins the panel', () => {
  it('is created by the admin, approved and invited by the chair, and sets their own password through the link', async () => {
    const email = `joiner-${Date.now()}@demo.kz`;

    // The admin creates the account: no password field, and it waits for approval.
    const admin = await page();
    await signIn(admin, tp.url, 'admin@demo.kz');
    await admin.waitForSelector('[data-testid="current-member"]');
    await admin.goto(`${tp.url}/admin/members`);
    const form = admin.locator('[data-testid="create-member"]');
    await form.waitFor();
    expect(await form.locator('input[type="password"]').count()).toBe(0);
    await form.locator('input[name="memberName"]').fill('Айгүл Сейітова');
    await form.locator('input[name="memberEmail"]').fill(email);
    await form.locator('select[name="memberRole"]').selectOption('MEMBER');
    const agency = await form.locator('select[name="memberAgency"] option').nth(1).getAttribute('value');
    await form.locator('select[name="memberAgency"]').selectOption(agency!);
    await admin.click('[data-testid="create-member-submit"]');
    const adminRow = admin.locator(`[data-testid="member-row"][data-email="${email}"]`);
    await adminRow.waitFor();
    expect(await adminRow.getAttribute('data-status')).toBe('PENDING_APPROVAL');
    // The admin has no button that would issue this account's link.
    expect(await adminRow.locator('[data-testid="issue-invitation"]').count()).toBe(0);

    // The chair approves it and issues the link, shown once.
    const chair = await page();
    await signIn(chair, tp.url, 'chair@demo.kz');
    await chair.click('[data-testid="nav-accounts"]');
    await chair.locator(`[data-testid="pending-table"] [data-email="${email}"] [data-testid="approve-member"]`).click();
    const invitedRow = chair.locator(`[data-testid="readers-table"] [data-email="${email}"][data-status="INVITED"]`);
    await invitedRow.waitFor();
    await invitedRow.locator('[data-testid="issue-invitation"]').click();
    const link = await invitedRow.locator('[data-testid="invitation-url"]').inputValue();
    expect(link).toMatch(new RegExp(`^${tp.url}/invitation#[A-Za-z0-9_-]{43}$`));
    await chair.locator('[data-testid="account-audit-entry"][data-kind="MEMBER_INVITATION_ISSUED"]').first().waitFor();

    // The person opens it in a browser of their own, sets a password twice, and is signed in.
    const person = await page();
    await person.goto(link);
    await person.waitForSelector('[data-testid="accept-invitation"]');
    expect(new URL(person.url()).hash).toBe(''); // the token left the address bar
    await person.fill('input[name="password"]', 'my-own-password-1');
    await person.fill('input[name="passwordRepeat"]', 'my-own-password-2');
    await person.click('[data-testid="accept-invitation-submit"]');
    await person.locator('.alert--error').first().waitFor();
    await person.fill('input[name="passwordRepeat"]', 'my-own-password-1');
    await person.click('[data-testid="accept-invitation-submit"]');
    await person.waitForSelector('[data-testid="case-queue"]');
    expect(await person.locator('[data-testid="current-member"]').textContent()).toContain('Айгүл Сейітова');

    // The same link does not work twice.
    const again = await page();
    await again.goto(link);
    await again.fill('input[name="password"]', 'someone-elses-pass');
    await again.fill('input[name="passwordRepeat"]', 'someone-elses-pass');
    await again.click('[data-testid="accept-invitation-submit"]');
    await again.waitForSelector('[data-testid="invitation-error"]');
    await Promise.all([admin, chair, person, again].map((p) => p.context().close()));
  }, 90_000);
});
