import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { caseInReview, demoTokens } from '../../server/src/test-support/scenarios.js';
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

// Issue 17: the case room, the vote and the inbox, seen at a phone's size and a laptop's.
let tp: TestPlatform;
let browser: Browser;
let t: Record<string, string>;

beforeAll(async () => {
  [tp, browser] = await Promise.all([startTestPlatform(), launchChromium()]);
  t = await demoTokens(tp);
});
afterAll(async () => {
  await browser?.close();
  await tp?.close();
});

const SIZES = Object.keys(VIEWPORTS) as ViewportName[];

/**
 * A member's own browser at `size`, signed in, with the case room open and live. (Not through the
 * queue as browser.ts's openCaseRoom: these tests are about the room, not the landing page.)
 * axe-core is injected as an inline script: the app's CSP (script-src 'self') would refuse it.
 */
async function openRoom(email: string, caseId: string, size: ViewportName): Promise<Page> {
  const context = await browser.newContext({ ...VIEWPORTS[size] });
  const page = await context.newPage();
  await signIn(page, tp.url, email);
  await page.waitForSelector('[data-testid="current-member"]', { state: 'attached' });
  await page.goto(`${tp.url}/cases/${caseId}`);
  await page.waitForSelector('[data-testid="case-room"] [data-testid="connection-state"][data-state="live"]');
  return page;
}

/**
 * On a phone, the one tap of the jump bar that brings a part of the case into view; on a laptop
 * there is no bar, and the part is on the page's first screen (the room beside the file, the vote near the top).
 */
async function bringIntoView(page: Page, size: ViewportName, part: 'thread' | 'vote'): Promise<void> {
  if (size === 'phone') {
    await page.tap(`[data-testid="jump-${part}"]`);
    expect(await page.getAttribute(`[data-testid="jump-${part}"]`, 'aria-current')).toBe('location');
  } else {
    expect(await page.locator('[data-testid="room-jump"]').isVisible()).toBe(false);
    await page.evaluate('window.scrollTo(0, 0)');
  }
}

/** The phone's bar: one line, at most 64 px, nothing in it overlapping; the rest behind the menu button. */
async function expectCompactHeader(page: Page): Promise<void> {
  const header = (await page.locator('header.topbar').boundingBox())!;
  expect(header.height).toBeLessThanOrEqual(64);
  const boxes = await Promise.all(
    ['.brand', '[data-testid="inbox-bell"]', '[data-testid="menu-button"]'].map(async (s) => (await page.locator(s).boundingBox())!),
  );
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) expect(a.x + a.width <= b.x + 0.5 || b.x + b.width <= a.x + 0.5, 'header parts overlap').toBe(true);
  }
  expect(await page.locator('[data-testid="logout"]').isVisible()).toBe(false);
  await page.tap('[data-testid="menu-button"]');
  await expectOnFirstScreen(page, '[data-testid="logout"]');
  await expectOnFirstScreen(page, '[data-testid="lang-kk"]');
  // The bar's controls (the skip link, 1 px until focused, is the keyboard's, not the finger's).
  await expectTouchTargets(page, '.topbar__inner');
  await expectNoHorizontalOverflow(page);
  // Once focused, the skip link is a 44 px target like the rest.
  await page.focus('.skip-link');
  expect((await page.locator('.skip-link').boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await page.locator('.skip-link').blur();
  await page.tap('[data-testid="menu-button"]');
  await page.locator('[data-testid="logout"]').waitFor({ state: 'hidden' });
}

/** The narrowest phone the issue names (360 px): still nothing wider than the screen, the controls still on it. */
async function expectNarrowPhone(page: Page, controls: string[]): Promise<void> {
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalOverflow(page);
  for (const control of controls) {
    const box = (await page.locator(control).first().boundingBox())!;
    expect(box.x + box.width, `${control} is past the right edge`).toBeLessThanOrEqual(360);
  }
}

describe.each(SIZES)('at the %s size', (size) => {
  it('the case room: the thread and the comment box in one tap, a comment posted and shown, no sideways scrolling, axe clean', async () => {
    const c = await caseInReview(tp, t);
    const page = await openRoom('member4@demo.kz', c.id, size);
    if (size === 'phone') await expectCompactHeader(page);
    await expectNoHorizontalOverflow(page);

    await bringIntoView(page, size, 'thread');
    await expectOnFirstScreen(page, '[data-testid="room"] textarea[name="comment"]');
    await expectOnFirstScreen(page, '[data-testid="comment-send"]');
    await page.locator('textarea[name="comment"]').fill('Два эпизода и более, через соцсети.');
    await page.locator('[data-testid="comment-send"]').click();
    const comment = page.locator('[data-testid="room"] [data-testid="comment"][data-pending="false"]', { hasText: 'Два эпизода и более' });
    await comment.waitFor();
    // The comment's timeline row, added above the room, does not push the box off the screen.
    await page.waitForSelector('[data-testid="timeline-event"][data-kind="COMMENT_ADDED"]', { state: 'attached' });
    await expectOnFirstScreen(page, '[data-testid="room"] [data-testid="comment"]');
    await expectOnFirstScreen(page, '[data-testid="comment-send"]');
    if (size === 'phone') {
      await expectTouchTargets(page, '[data-testid="room-jump"]');
      await expectTouchTargets(page, '[data-testid="room"]');
      // Who is in the room: whole names in one row that scrolls sideways, none cut short.
      await page.locator('.present__name').first().waitFor();
      const cut = await page.locator('.present__name').evaluateAll((names) => names.filter((n) => n.scrollWidth > n.clientWidth + 1).map((n) => n.textContent));
      expect(cut).toEqual([]);
    }
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
    await saveScreenshot(page, 'case-room', size);
    if (size === 'phone') await expectNarrowPhone(page, ['[data-testid="jump-documents"]', '[data-testid="comment-send"]']);
    await page.context().close();
  }, 90_000);

  it('voting: a member finds the vote form in one tap, votes with it, and the tally moves', async () => {
    const c = await caseInReview(tp, t);
    const round = (await tp.gql<{ openVoting: { id: string } }>('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: c.id }, t.chair)).data!.openVoting;
    await tp.gql('mutation($r: ID!) { castVote(roundId: $r, choice: ABSTAIN) { id } }', { r: round.id }, t.deputy);
    const page = await openRoom('member1@demo.kz', c.id, size);
    await page.waitForSelector('[data-testid="tally"][data-voted="1"]');

    await bringIntoView(page, size, 'vote');
    await expectOnFirstScreen(page, '[data-testid="tally"]');
    const form = page.locator('[data-testid="vote-form"]');
    await form.waitFor();
    if (size === 'phone') await expectTouchTargets(page, '[data-testid="vote-form"]');
    await expectNoHorizontalOverflow(page);

    // The member votes with the phone's own controls: taps for the choice and the button.
    for (const criterion of ['CHILD_UNDER_18', 'SYSTEMATIC', 'HUMILIATION_HARASSMENT_INTIMIDATION', 'MEDIA_OR_TELECOM']) {
      await form.locator(`select[name="finding.${criterion}"]`).selectOption('MET');
    }
    const choice = form.locator('input[name="choice"][value="CONFIRMED"]');
    await choice.scrollIntoViewIfNeeded();
    if (size === 'phone') await form.locator('label.choice:has(input[value="CONFIRMED"])').tap();
    else await choice.check();
    expect(await choice.isChecked()).toBe(true);
    await form.locator('textarea[name="reasoning"]').fill('Два эпизода и более, через соцсети.');
    const submit = form.locator('[data-testid="vote-submit"]');
    await submit.scrollIntoViewIfNeeded();
    if (size === 'phone') await submit.tap();
    else await submit.click();
    await page.waitForSelector('[data-testid="tally"][data-voted="2"]', { timeout: 15_000 });

    await bringIntoView(page, size, 'vote');
    await expectOnFirstScreen(page, '[data-testid="tally"]');
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
    await saveScreenshot(page, 'voting', size);
    await page.context().close();
  }, 90_000);

  it('the inbox: a mention opens from the bell, on the first screen, and leads to the comment', async () => {
    const [c, elsewhere] = [await caseInReview(tp, t), await caseInReview(tp, t)];
    // A member of their own for each size: the mention is the only unread one. They are in another
    // case's room (in this one, the comment in view would mark the mention read at once).
    const member = size === 'phone' ? 'member2' : 'member3';
    await tp.gql(`mutation($c: ID!) { addComment(caseId: $c, body: "@${member} посмотрите эпизод 1, пожалуйста") { id } }`, { c: c.id }, t.member4);
    const page = await openRoom(`${member}@demo.kz`, elsewhere.id, size);
    await page.waitForSelector('[data-testid="inbox-count"]:not(.is-zero)');
    if (size === 'phone') await page.tap('[data-testid="inbox-bell"]');
    else await page.click('[data-testid="inbox-bell"]');

    await expectOnFirstScreen(page, '[data-testid="inbox-panel"]');
    await expectOnFirstScreen(page, '[data-testid="inbox-item"][data-unread="true"]');
    await expectOnFirstScreen(page, '[data-testid="inbox-mark-all"]');
    const panel = (await page.locator('[data-testid="inbox-panel"]').boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(0);
    expect(panel.x + panel.width).toBeLessThanOrEqual(VIEWPORTS[size].viewport.width);
    if (size === 'phone') {
      await expectTouchTargets(page, '[data-testid="inbox-panel"]');
      await expectTouchTargets(page, '[data-testid="inbox-bell"]');
    }
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
    await saveScreenshot(page, 'inbox', size);
    if (size === 'phone') await expectNarrowPhone(page, ['[data-testid="inbox-item"]', '[data-testid="inbox-mark-all"]']);

    await page.locator('[data-testid="inbox-item"]').first().click();
    await page.waitForSelector('[data-testid="inbox-count"].is-zero');
    await page.waitForSelector('[data-testid="room"] [data-testid="comment"]:has-text("посмотрите эпизод 1")');
    await page.context().close();
  }, 90_000);
});
