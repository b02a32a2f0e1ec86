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
    await page.fill('input[name="eotinishNumber"]', eotinish);
    await page.fill('input[name="applicantName"]', 'Ольга Ковалёва');
    await page.selectOption('select[name="applicantRelation"]', 'PARENT');
    await page.fill('input[name="applicantContact"]', '+7 701 555 0199');
    await page.selectOption('select[name="applicantLanguage"]', 'RU');
    await page.fill('input[name="childName"]', 'Алина Ковалёва');
    await page.fill('input[name="childBirthDate"]', '2012-03-04');
    await page.selectOption('select[name="childRegion"]', 'KARAGANDA');
    await page.fill('textarea[name="description"]', 'Одноклассники публикуют унизительные видео и комментарии.');
    const day = (n: number) => new Date(Date.now() - n * 86_400_000 + 5 * 3_600_000).toISOString().slice(0, 16);
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
