import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { applicationInput, REGISTER } from '../../server/src/test-support/factories.js';
import { startTestPlatform, type TestPlatform } from '../../server/src/test-support/platform.js';
import { launchChromium, openCaseRoom } from './browser.js';

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

/** A separate browser context (its own session) signed in as `email`, with the case room open. */
const openRoom = (email: string): Promise<Page> => openCaseRoom(browser, tp.url, caseId, email);

describe('two members of different agencies in one case room', () => {
  it('see each other\'s presence, typing and comments without reloading', async () => {
    // member1: Ministry of Internal Affairs (state body); member4: an NGO.
    const [state, ngo] = await Promise.all([openRoom('member1@demo.kz'), openRoom('member4@demo.kz')]);
    await state.waitForSelector('[data-testid="present-member"][data-member-name="Гүлмира Әлиева"]');
    await ngo.waitForSelector('[data-testid="present-member"][data-member-name="Ерлан Қасымов"]');

    await ngo.click('textarea[name="comment"]');
    await ngo.keyboard.type('Эпизоды систематические, ', { delay: 20 });
    await state.waitForSelector('[data-testid="typing"]:has-text("Гүлмира Әлиева")');

    await ngo.keyboard.type('@member1 согласны?');
    await ngo.click('[data-testid="comment-send"]');
    const comment = state.locator('[data-testid="comment"][data-pending="false"]', { hasText: 'Эпизоды систематические' });
    await comment.waitFor();
    expect(await state.locator('[data-testid="comment"]').count()).toBe(1);

    await state.locator('[data-testid="comment-reply"]').first().click();
    await state.fill('textarea[name="reply"]', 'Да, два эпизода и более.');
    await state.click('[data-testid="reply-send"]');
    await ngo.waitForSelector('[data-testid="comment"]:has-text("Да, два эпизода и более.")');

    // The mention reached member1's inbox and, seen there in the room, was marked read (mentions.e2e.test.ts).
    const member1 = await tp.login('member1@demo.kz');
    const inbox = async () => (await tp.gql<{ notifications: { kind: string; readAt: string | null }[] }>('{ notifications { kind readAt } }', {}, member1)).data!.notifications;
    await expect.poll(inbox, { timeout: 10_000 }).toEqual([{ kind: 'mention', readAt: expect.any(String) }]);
    await state.waitForSelector('[data-testid="inbox-count"]:text-is("0")');

    // Closing a room takes its member out of the other's presence within seconds.
    await ngo.context().close();
    await state.waitForSelector('[data-testid="present-member"][data-member-name="Гүлмира Әлиева"]', { state: 'detached', timeout: 10_000 });
    await state.context().close();
  }, 60_000);
});
