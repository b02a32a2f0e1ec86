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

/** A local date-time input value n days ago (Astana time). */
const day = (n: number) => new Date(Date.now() - n * 86_400_000 + 5 * 3_600_000).toISOString().slice(0, 16);

/** Fills the applicant, the child and the description of the intake form (a Russian application from Karaganda). */
async function fillParties(page: Page, relation: string, description: string) {
  await page.fill('input[name="applicantName"]', 'Ольга Ковалёва');
  await page.selectOption('select[name="applicantRelation"]', relation);
  await page.fill('input[name="applicantContact"]', '+7 701 555 0199');
  await page.selectOption('select[name="applicantLanguage"]', 'RU');
  await page.fill('input[name="childName"]', 'Алина Ковалёва');
  await page.fill('input[name="childBirthDate"]', '2012-03-04');
  await page.selectOption('select[name="childRegion"]', 'KARAGANDA');
  await page.fill('textarea[name="description"]', description);
}

describe('the secretary in a browser', () => {
  it('signs in, registers an application through the form and finds it in the queue', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await signIn(page, tp.url, 'secretary@demo.kz');
    await page.waitForSelector('[data-testid="case-queue"] [data-testid="case-row"]');
    await expect(page.textContent('[data-testid="current-member"]')).resolves.toContain('Жанар Омарова');

    await page.click('[data-testid="new-application"]');
    await page.waitForSelector('[data-testid="intake-form"]');
    const eotinish = `ZT-E2E-${Date.now()}`;
    await page.fill('input[name="applicationNumber"]', eotinish);
    await fillParties(page, 'PARENT', 'Одноклассники публикуют унизительные видео и комментарии.');
    await page.fill('input[name="episodes.0.occurredAt"]', day(4));
    await page.fill('input[name="episodes.0.url"]', 'https://www.tiktok.com/@bully/video/1');
    await page.click('[data-testid="add-episode"]');
    await page.fill('input[name="episodes.1.occurredAt"]', day(2));
    await page.fill('input[name="episodes.1.url"]', 'https://www.instagram.com/p/abc/');
    await page.click('[data-testid="intake-submit"]');

    await page.waitForSelector('[data-testid="case-number"]');
    const number = (await page.textContent('[data-testid="case-number"]'))!.trim();
    expect(number).toMatch(/KZ-\d{4}-\d{4}/);
    await expect(page.textContent('[data-testid="child-block"]')).resolves.toContain('Алина Ковалёва');

    await page.goto(`${tp.url}/`);
    await page.waitForSelector(`[data-testid="case-row"][data-case-number="${number}"]`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('registers a paper application with an SMS episode, warned by the checklist and giving the reason', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await signIn(page, tp.url, 'secretary@demo.kz');
    await page.click('[data-testid="new-application"]');
    await page.waitForSelector('[data-testid="intake-form"]');
    const incoming = `01-12/${Date.now() % 1_000_000}`;
    await page.selectOption('select[name="applicationKind"]', 'PAPER');
    await page.fill('input[name="applicationNumber"]', incoming);
    await fillParties(page, 'CITIZEN', 'Одноклассник присылает угрозы по SMS.');
    await page.fill('input[name="episodes.0.occurredAt"]', day(4));
    await page.selectOption('select[name="episodes.0.channel"]', 'SMS');
    await page.fill('textarea[name="episodes.0.evidenceDescription"]', 'Скриншот SMS с номера +7 705 000 00 00');
    // One episode: "two or more times" fails, and the form says so before anything is sent.
    await page.waitForSelector('[data-testid="intake-checklist-warning"] [data-criterion="SYSTEMATIC"]');
    await page.click('[data-testid="intake-submit"]');
    await page.waitForSelector('textarea[name="checklistOverrideReason"][aria-invalid="true"]');
    await page.fill('textarea[name="checklistOverrideReason"]', 'Второй эпизод заявитель сообщил устно; материалы будут дополнены.');
    await page.click('[data-testid="intake-submit"]');

    await page.waitForSelector('[data-testid="case-number"]');
    await expect(page.textContent('[data-testid="case-application-number"]')).resolves.toBe(incoming);
    const episodes = (await page.textContent('[data-testid="episodes"]'))!;
    expect(episodes).toContain('Скриншот SMS с номера');
    expect(await page.textContent('header.case-head')).toContain('материалы будут дополнены');
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each([
    ['en', /not correct/],
    ['ru', /Неверный адрес электронной почты или пароль/],
    ['kk', /Электрондық пошта немесе құпиясөз қате/],
  ])('shows a wrong password as a clear message in the chosen language (%s)', async (lang, message) => {
    const page = await browser.newPage();
    await page.goto(tp.url);
    await page.click(`[data-testid="lang-${lang}"]`);
    await page.fill('input[name="email"]', 'secretary@demo.kz');
    await page.fill('input[name="password"]', 'wrong-password');
    await page.click('[data-testid="login-submit"]');
    await page.waitForSelector('[role="alert"]');
    expect(await page.textContent('[role="alert"]')).toMatch(message);
    await page.close();
  });
});
