import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { caseInReview, demoTokens } from '../../server/src/test-support/scenarios.js';
import { startTestPlatform, type TestPlatform } from '../../server/src/test-support/platform.js';
import { launchChromium, openCaseRoom, signIn } from './browser.js';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  expectOnFirstScreen,
  expectTouchTargets,
  saveScreenshot,
  VIEWPORTS,
  type ViewportName,
} from './layout-checks.js';

// Issue 17: the queue for today's work, at a phone's size and a laptop's.
let tp: TestPlatform;
let browser: Browser;
let t: Record<string, string>;
let voting: { id: string; number: string };
let roundId: string;

beforeAll(async () => {
  [tp, browser] = await Promise.all([startTestPlatform(), launchChromium()]);
  t = await demoTokens(tp);
  voting = await caseInReview(tp, t);
  roundId = (await tp.gql<{ openVoting: { id: string } }>('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: voting.id }, t.chair)).data!.openVoting.id;
});
afterAll(async () => {
  await browser?.close();
  await tp?.close();
});

const SIZES = Object.keys(VIEWPORTS) as ViewportName[];

/** A fresh session of `email` at `size` with the queue open (at `path`, its address); axe is injected inline, past the CSP. */
async function openQueue(email: string, size: ViewportName, path = '/cases'): Promise<Page> {
  const context = await browser.newContext({ ...VIEWPORTS[size] });
  const page = await context.newPage();
  await signIn(page, tp.url, email);
  await page.waitForSelector('input[name="email"]', { state: 'detached' });
  await page.goto(`${tp.url}${path}`);
  await page.waitForSelector('[data-testid="case-queue"]');
  return page;
}

const row = (page: Page, number: string) => page.locator(`[data-testid="case-row"][data-case-number="${number}"]`);
const checked = (page: Page, name: string, value: string) => page.locator(`input[name="${name}"][value="${value}"]`).isChecked();

/** Sorts by the case number, descending: two clicks on its header on a laptop, the sort list on a phone. */
async function sortByNumberDesc(page: Page, size: ViewportName): Promise<void> {
  if (size === 'phone') {
    await page.selectOption('[data-testid="queue-sort"]', 'NUMBER:DESC');
  } else {
    await page.click('[data-testid="sort-NUMBER"] button');
    await page.waitForSelector('[data-testid="sort-NUMBER"][aria-sort="ascending"]');
    await page.click('[data-testid="sort-NUMBER"] button');
  }
  await page.waitForURL(/sort=number%3Adesc|sort=number:desc/);
}

async function expectNumbersDescending(page: Page): Promise<void> {
  await expect.poll(async () => {
    const rows = await page.locator('[data-testid="case-row"]').all();
    const numbers = await Promise.all(rows.map(async (r) => (await r.getAttribute('data-case-number')) ?? ''));
    return numbers.length > 1 && numbers.every((n, i) => i === 0 || numbers[i - 1] >= n);
  }, { timeout: 15_000 }).toBe(true);
}

describe.each(SIZES)('the queue at %s size', (size) => {
  it('shows the filters and the first case on the first screen, fits the screen, passes axe; active cases by due time', async () => {
    const page = await openQueue('member1@demo.kz', size);
    await page.waitForSelector('[data-testid="case-row"]');
    await expectOnFirstScreen(page, '[data-testid="queue-filters"]');
    await expectOnFirstScreen(page, '[data-testid="case-row"]');
    await expectNoHorizontalOverflow(page);
    if (size === 'phone') {
      await expectTouchTargets(page, '[data-testid="queue-filters"]');
      await expectTouchTargets(page, '[data-testid="case-queue"]');
    } else {
      expect(await page.getAttribute('[data-testid="sort-DUE_AT"]', 'aria-sort')).toBe('ascending');
    }
    // Finished cases stay behind their filter; the counts are on the chips.
    const statuses = await page.locator('[data-testid="case-row"] .badge').allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    await expect.poll(() => page.textContent('[data-testid="queue-state-FINISHED"]')).toMatch(/\(\d+\)/);
    await expectAccessible(page);
    await saveScreenshot(page, 'queue', size);
    await page.context().close();
  }, 120_000);

  it('keeps a filter, a search and a sort in the address: a reload and a shared link open the same queue, and back undoes them', async () => {
    const page = await openQueue('member2@demo.kz', size);
    await page.fill('[data-testid="queue-search"]', 'KZ-');
    await page.waitForURL(/q=KZ-/);
    await page.click('input[name="state"][value="ALL"]');
    await page.waitForURL(/state=all/);
    await sortByNumberDesc(page, size);
    await expectNumbersDescending(page);
    const shared = page.url();

    await page.reload();
    await page.waitForSelector('[data-testid="case-queue"]');
    expect(await page.inputValue('[data-testid="queue-search"]')).toBe('KZ-');
    expect(await checked(page, 'state', 'ALL')).toBe(true);
    if (size === 'desktop') expect(await page.getAttribute('[data-testid="sort-NUMBER"]', 'aria-sort')).toBe('descending');
    else expect(await page.inputValue('[data-testid="queue-sort"]')).toBe('NUMBER:DESC');

    // Someone else opens the link: the same choices.
    const other = await openQueue('secretary@demo.kz', size, new URL(shared).pathname + new URL(shared).search);
    expect(await other.inputValue('[data-testid="queue-search"]')).toBe('KZ-');
    expect(await checked(other, 'state', 'ALL')).toBe(true);
    await expectNumbersDescending(other);
    await expectNoHorizontalOverflow(other);

    await page.goBack();
    // One step back: the sort before the last change (ascending on a laptop, the default on a phone); the filter stays.
    await page.waitForURL((url) => url.href !== shared && url.search.includes('state=all'));
    if (size === 'desktop') expect(await page.getAttribute('[data-testid="sort-NUMBER"]', 'aria-sort')).toBe('ascending');
    else expect(await page.inputValue('[data-testid="queue-sort"]')).toBe('DUE_AT:ASC');
    expect(await checked(page, 'state', 'ALL')).toBe(true);
    await Promise.all([page.context().close(), other.context().close()]);
  }, 120_000);
});

describe('"waiting for my vote"', () => {
  it('shows a case with an open round to a member who has not voted, and not once they voted, live', async () => {
    const page = await openQueue('member3@demo.kz', 'phone', '/cases?view=waiting_for_my_vote');
    await row(page, voting.number).waitFor();
    await expect.poll(() => page.textContent('[data-testid="queue-view-WAITING_FOR_MY_VOTE"]')).toMatch(/\([1-9]\d*\)/);
    // The secretary does not vote: the view is not offered.
    const secretary = await openQueue('secretary@demo.kz', 'desktop');
    expect(await secretary.locator('[data-testid="queue-view-WAITING_FOR_MY_VOTE"]').count()).toBe(0);

    // Live, without a reload: a round opened elsewhere brings its case in, a vote cast from another device takes it out.
    const later = await caseInReview(tp, t);
    const opened = await tp.gql<{ openVoting: { id: string } }>('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: later.id }, t.chair);
    expect(opened.errors).toBeUndefined();
    await row(page, later.number).waitFor({ timeout: 10_000 });
    for (const r of [roundId, opened.data!.openVoting.id]) {
      const cast = await tp.gql('mutation($r: ID!) { castVote(roundId: $r, choice: ABSTAIN) { id } }', { r }, t.member3);
      expect(cast.errors).toBeUndefined();
    }
    await expect.poll(() => row(page, voting.number).count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => row(page, later.number).count(), { timeout: 10_000 }).toBe(0);
    expect(await checked(page, 'view', 'WAITING_FOR_MY_VOTE')).toBe(true);
    await Promise.all([page.context().close(), secretary.context().close()]);
  }, 120_000);
});

describe('"mentions me"', () => {
  it('brings in a case the moment the viewer is mentioned in its room, live', async () => {
    const c = await caseInReview(tp, t);
    const page = await openQueue('member4@demo.kz', 'desktop', '/cases?view=mentions_me');
    expect(await row(page, c.number).count()).toBe(0);
    const said = await tp.gql('mutation($c: ID!) { addComment(caseId: $c, body: "@member4 посмотрите скриншоты") { id } }', { c: c.id }, t.member1);
    expect(said.errors).toBeUndefined();
    await row(page, c.number).waitFor({ timeout: 10_000 });
    await expect.poll(() => page.textContent('[data-testid="queue-view-MENTIONS_ME"]')).toMatch(/\([1-9]\d*\)/);
    await page.context().close();
  }, 120_000);
});

describe('"my cases" and the rapporteur', () => {
  it('the secretary names a rapporteur in the case file; the case comes into their "my cases" live; a recused member is refused under the list', async () => {
    const c = await caseInReview(tp, t);
    await tp.gql('mutation($c: ID!) { declareConflict(caseId: $c, reason: "Родственник заявителя") { id } }', { c: c.id }, t.member5);
    const [secretary, member] = await Promise.all([
      openCaseRoom(browser, tp.url, c.id, 'secretary@demo.kz'),
      openQueue('member2@demo.kz', 'phone', '/cases?view=my_cases'),
    ]);
    expect(await row(member, c.number).count()).toBe(0);
    const select = secretary.locator('[data-testid="rapporteur-select"]');
    await select.waitFor();
    await expectAccessible(secretary);

    // A member who recused: the server's refusal, in Russian, under the list; nothing changes.
    const options = await select.locator('option').evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })));
    const members = (await tp.gql<{ members: { id: string; email: string; name: string }[] }>('{ members { id email name } }', {}, t.admin)).data!.members;
    const byEmail = (email: string) => members.find((m) => m.email === email)!;
    expect(options.map((o) => o.value)).toContain(byEmail('member5@demo.kz').id);
    expect(options.map((o) => o.value)).not.toContain(byEmail('secretary@demo.kz').id);
    await select.selectOption(byEmail('member5@demo.kz').id);
    await secretary.locator('[data-testid="rapporteur-select"][aria-invalid="true"]').waitFor();
    expect(await secretary.textContent('[data-testid="rapporteur-error"]')).toContain('конфликте интересов');

    // member2: saved at once, live in member2's "my cases", with a notification.
    await select.selectOption(byEmail('member2@demo.kz').id);
    await expect.poll(() => secretary.locator('[data-testid="rapporteur-select"][aria-invalid="true"]').count()).toBe(0);
    await row(member, c.number).waitFor({ timeout: 10_000 });
    const inbox = await tp.gql<{ notifications: { kind: string; case: { id: string } }[] }>('{ notifications(unreadOnly: true) { kind case { id } } }', {}, t.member2);
    expect(inbox.data!.notifications).toContainEqual({ kind: 'case.rapporteur', case: { id: c.id } });

    // Another member reads it, without the list.
    const reader = await openCaseRoom(browser, tp.url, c.id, 'member1@demo.kz');
    await expect.poll(() => reader.textContent('[data-testid="case-rapporteur"]')).toBe(byEmail('member2@demo.kz').name);
    expect(await reader.locator('[data-testid="rapporteur-select"]').count()).toBe(0);
    await Promise.all([secretary.context().close(), member.context().close(), reader.context().close()]);
  }, 150_000);
});
