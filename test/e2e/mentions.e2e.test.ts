import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { applicationInput, REGISTER } from '../../server/src/test-support/factories.js';
import { startTestPlatform, type TestPlatform } from '../../server/src/test-support/platform.js';
import { launchChromium, signIn } from './browser.js';

// An @mention is marked read once the member has seen the comment in the case room.
let tp: TestPlatform;
let browser: Browser;

beforeAll(async () => {
  [tp, browser] = await Promise.all([startTestPlatform(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await tp?.close();
});

const ADD = 'mutation($c: ID!, $b: String!) { addComment(caseId: $c, body: $b) { id } }';

describe('a mention seen in the case room', () => {
  it('leaves the unread count of the member who opens the room, live', async () => {
    const secretary = await tp.login('secretary@demo.kz');
    const newCase = async () => (await tp.gql<{ registerApplication: { id: string } }>(REGISTER, { input: applicationInput() }, secretary)).data!.registerApplication.id;
    const [seenCase, otherCase] = [await newCase(), await newCase()];
    const member1 = await tp.login('member1@demo.kz');

    // member2 is in the queue when member1 mentions them in two cases.
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await signIn(page, tp.url, 'member2@demo.kz');
    await page.waitForSelector('[data-testid="case-queue"]');
    const comment = (await tp.gql<{ addComment: { id: string } }>(ADD, { c: seenCase, b: '@member2, посмотрите эпизод 1, пожалуйста.' }, member1)).data!.addComment.id;
    await tp.gql(ADD, { c: otherCase, b: '@member2, и здесь тоже.' }, member1);
    await page.waitForSelector('[data-testid="inbox-count"]:text-is("2")');

    // Outside the room nothing is marked read, however long it stays open.
    await page.waitForTimeout(1_500);
    expect(await page.textContent('[data-testid="inbox-count"]')).toBe('2');

    // member2 opens the room where the comment is shown: that mention is read, the other case's is not.
    await page.goto(`${tp.url}/cases/${seenCase}`);
    await page.locator(`#comment-${comment}`).waitFor();
    await page.waitForSelector('[data-testid="inbox-count"]:text-is("1")', { timeout: 10_000 });
    const unread = await tp.gql<{ notifications: { case: { id: string } }[] }>('{ notifications(unreadOnly: true) { case { id } } }', {}, await tp.login('member2@demo.kz'));
    expect(unread.data!.notifications.map((n) => n.case.id)).toEqual([otherCase]);
    await context.close();
  }, 60_000);
});
