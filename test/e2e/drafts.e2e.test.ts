// Issue 17, items 3 and 4 in a browser: a comment written offline is sent once when the connection
// returns; a draft survives a reload; a bad field shows the server's message under it, in Russian,
// and takes the focus; the intake form passes axe at both sizes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { query } from '../../server/src/test-support/databases.js';
import { applicationInput, REGISTER } from '../../server/src/test-support/factories.js';
import { startTestPlatform, type TestPlatform } from '../../server/src/test-support/platform.js';
import { launchChromium, openCaseRoom, signIn } from './browser.js';
import { expectAccessible, VIEWPORTS, type ViewportName } from './layout-checks.js';

let tp: TestPlatform;
let browser: Browser;
let caseId: string;

beforeAll(async () => {
  [tp, browser] = await Promise.all([startTestPlatform(), launchChromium()]);
  caseId = (await tp.gql(REGISTER, { input: applicationInput() }, await tp.login('secretary@demo.kz'))).data!.registerApplication.id;
});
afterAll(async () => {
  await browser?.close();
  await tp?.close();
});

const openRoom = (email: string): Promise<Page> => openCaseRoom(browser, tp.url, caseId, email);
const connection = (page: Page, state: string) =>
  page.waitForSelector(`[data-testid="case-room"] [data-testid="connection-state"][data-state="${state}"]`, { timeout: 20_000 });

describe('drafts that survive the network', () => {
  it('queues a comment written offline, says so, and sends it once when the connection returns', async () => {
    const [writer, reader] = await Promise.all([openRoom('member4@demo.kz'), openRoom('member1@demo.kz')]);
    const problems: string[] = [];
    writer.on('pageerror', (e) => problems.push(e.message));
    const text = `Написано без связи ${Date.now()}`;

    // The network goes; the app's own connection state says so.
    await writer.context().setOffline(true);
    await connection(writer, 'offline');
    await writer.fill('textarea[name="comment"]', text);
    await expect(writer.textContent('[data-testid="comment-send"]')).resolves.toContain('при появлении связи');
    await writer.click('[data-testid="comment-send"]');
    const pending = writer.locator('[data-testid="comment"][data-pending="true"]', { hasText: text });
    await pending.locator('[data-testid="comment-status"][data-status="waiting"]').waitFor();
    await expect(pending.locator('[data-testid="comment-status"]').textContent()).resolves.toContain('Будет отправлено');
    expect(await writer.locator('[data-testid="comment-error"]').count()).toBe(0);
    expect(await writer.inputValue('textarea[name="comment"]')).toBe('');

    // Back online: sent by itself, no "retry" pressed, no stale error.
    await writer.context().setOffline(false);
    await connection(writer, 'live');
    await writer.locator('[data-testid="comment"][data-pending="false"]', { hasText: text }).waitFor({ timeout: 20_000 });
    expect(await writer.locator('[data-testid="comment"]', { hasText: text }).count()).toBe(1);
    expect(await writer.locator('[data-testid="comment-error"]').count()).toBe(0);

    // Once in the other member's room, and once in the database.
    await reader.locator('[data-testid="comment"][data-pending="false"]', { hasText: text }).waitFor({ timeout: 20_000 });
    await reader.waitForTimeout(1_000);
    expect(await reader.locator('[data-testid="comment"]', { hasText: text }).count()).toBe(1);
    const rows = await query<{ n: string }>(tp.dbUrl, 'select count(*) as n from comment where case_id = $1 and body = $2', [caseId, text]);
    expect(Number(rows[0].n)).toBe(1);

    // Nothing is left queued: a reload does not send it again.
    await writer.reload();
    await connection(writer, 'live');
    await writer.locator('[data-testid="comment"]', { hasText: text }).first().waitFor();
    await writer.waitForTimeout(1_000);
    expect(await writer.locator('[data-testid="comment"]', { hasText: text }).count()).toBe(1);
    expect(Number((await query<{ n: string }>(tp.dbUrl, 'select count(*) as n from comment where case_id = $1 and body = $2', [caseId, text]))[0].n)).toBe(1);
    expect(problems).toEqual([]);
    await Promise.all([writer.context().close(), reader.context().close()]);
  }, 120_000);

  it('keeps a comment draft across a reload and clears it once sent', async () => {
    const page = await openRoom('member1@demo.kz');
    const text = `Черновик ${Date.now()}`;
    await page.fill('textarea[name="comment"]', text);
    await page.waitForTimeout(600);
    await page.reload();
    await connection(page, 'live');
    await expect(page.inputValue('textarea[name="comment"]')).resolves.toBe(text);

    await page.click('[data-testid="comment-send"]');
    await page.locator('[data-testid="comment"][data-pending="false"]', { hasText: text }).waitFor();
    await page.reload();
    await connection(page, 'live');
    await expect(page.inputValue('textarea[name="comment"]')).resolves.toBe('');
    await page.context().close();
  }, 90_000);
});

/** The intake form of a signed-in secretary, in a new context of the given size. */
async function openIntake(viewport: ViewportName = 'desktop'): Promise<Page> {
  const context = await browser.newContext(VIEWPORTS[viewport]);
  const page = await context.newPage();
  await signIn(page, tp.url, 'secretary@demo.kz');
  await page.waitForSelector('[data-testid="case-queue"]');
  await page.goto(`${tp.url}/cases/new`);
  await page.waitForSelector('[data-testid="intake-form"]');
  return page;
}

describe('errors where the field is', () => {
  it('shows the server\'s message for a bad number under that field, in Russian, and focuses it', async () => {
    const page = await openIntake();
    const local = (n: number) => new Date(Date.now() - n * 86_400_000 + 5 * 3_600_000).toISOString().slice(0, 16);
    // Passes the form's own checks (present, not too long), refused by the server's rule for E-otinish numbers.
    await page.fill('input[name="applicationNumber"]', '--ZT-2026');
    await page.fill('input[name="applicantName"]', 'Ольга Ковалёва');
    await page.selectOption('select[name="applicantRelation"]', 'PARENT');
    await page.fill('input[name="applicantContact"]', '+7 701 555 0199');
    await page.fill('input[name="childName"]', 'Алина Ковалёва');
    await page.fill('input[name="childBirthDate"]', '2012-03-04');
    await page.selectOption('select[name="childRegion"]', 'KARAGANDA');
    await page.fill('textarea[name="description"]', 'Одноклассники публикуют унизительные видео.');
    await page.fill('input[name="episodes.0.occurredAt"]', local(4));
    await page.fill('input[name="episodes.0.url"]', 'https://www.tiktok.com/@bully/video/1');
    await page.click('[data-testid="add-episode"]');
    await page.fill('input[name="episodes.1.occurredAt"]', local(2));
    await page.fill('input[name="episodes.1.url"]', 'https://www.instagram.com/p/abc/');
    const before = await tp.snapshot();
    await page.click('[data-testid="intake-submit"]');

    const input = page.locator('input[name="applicationNumber"]');
    await page.waitForSelector('input[name="applicationNumber"][aria-invalid="true"]');
    const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
    expect(errorId, describedBy).toBeTruthy();
    const message = (await page.locator(`[id="${errorId}"]`).textContent()) ?? '';
    expect(message).toContain('Номер E-otinish');
    // No English inside the Russian text (the product name E-otinish aside).
    expect(message.replace('E-otinish', '')).not.toMatch(/[A-Za-z]{3,}/);
    await expect(page.evaluate('document.activeElement && document.activeElement.getAttribute("name")')).resolves.toBe('applicationNumber');
    await expect(page.textContent('[data-testid="form-error"]')).resolves.not.toMatch(/must|letters|eotinishNumber/);
    expect(await tp.snapshot()).toEqual(before);
    await page.context().close();
  }, 90_000);

  it('shows the server\'s refusal of an edited comment under its box, in Russian, focused, and keeps the text', async () => {
    const member = await tp.login('member1@demo.kz');
    const original = `Исходный текст ${Date.now()}`;
    const added = await tp.gql<{ addComment: { id: string } }>('mutation($c: ID!, $b: String!) { addComment(caseId: $c, body: $b) { id } }', { c: caseId, b: original }, member);
    expect(added.errors).toBeUndefined();
    const page = await openRoom('member1@demo.kz');
    const item = page.locator(`[data-testid="comment"][data-comment-id="${added.data!.addComment.id}"]`);
    await item.locator('[data-testid="comment-edit"]').click();
    const box = item.locator('textarea[name="edit"]');
    // Past the server's limit (10 000 characters): the form has no limit of its own, the server's rule answers.
    const long = 'Слишком длинный текст. '.repeat(450);
    await box.fill(long);
    const before = await tp.snapshot();
    await item.locator('[data-testid="edit-save"]').click();

    await item.locator('textarea[name="edit"][aria-invalid="true"]').waitFor();
    const errorId = await box.getAttribute('aria-describedby');
    const message = (await page.locator(`[id="${errorId}"]`).textContent()) ?? '';
    expect(message).toContain('Комментарий — не более 10000 символов');
    expect(message).not.toMatch(/[A-Za-z]{3,}/);
    await expect(page.evaluate('document.activeElement && document.activeElement.getAttribute("name")')).resolves.toBe('edit');
    expect(await item.locator('[data-testid="edit-error"]').count()).toBe(0);
    expect(await box.inputValue()).toBe(long);
    expect(await tp.snapshot()).toEqual(before);
    await page.context().close();
  }, 90_000);

  it.each(Object.keys(VIEWPORTS) as ViewportName[])('the intake form passes axe at the %s size', async (viewport) => {
    const page = await openIntake(viewport);
    await expectAccessible(page);
    await page.context().close();
  }, 60_000);
});
