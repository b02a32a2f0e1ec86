import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestPlatform, type TestPlatform } from '../../server/src/test-support/platform.js';
import { caseInReview, demoTokens } from '../../server/src/test-support/scenarios.js';
import { launchChromium, openCaseRoom } from './browser.js';

let tp: TestPlatform;
let browser: Browser;
let t: Record<string, string>;
let caseId: string;

beforeAll(async () => {
  [tp, browser] = await Promise.all([startTestPlatform(), launchChromium()]);
  t = await demoTokens(tp);
  caseId = (await caseInReview(tp, t)).id;
});
afterAll(async () => {
  await browser?.close();
  await tp?.close();
});

/** A separate browser context signed in as `email`, with the case room open and live. */
const openRoom = (email: string): Promise<Page> => openCaseRoom(browser, tp.url, caseId, email);

describe('the audit in the case room', () => {
  it('shows the chair who saw the child\'s data; a member has no audit', async () => {
    // member2 (a state body) reads the child's data through the API, twice.
    const member = (await tp.gql('{ me { name } }', {}, t.member2)).data!.me.name as string;
    for (let i = 0; i < 2; i++) {
      const r = await tp.gql('query($id: ID!) { case(id: $id) { child { name } } }', { id: caseId }, t.member2);
      expect(r.data!.case.child.name).toBeTruthy();
    }

    const chair = await openRoom('chair@demo.kz');
    await chair.click('[data-testid="audit-toggle"]');
    const row = chair.locator(`[data-testid="audit-reader"][data-member-name="${member}"]`);
    await row.waitFor();
    expect(await row.locator('[data-testid="audit-reads"]').textContent()).toBe('2');
    // The log lists the member's read among the entries, with the name, and filters to reads only.
    await chair.selectOption('select[name="audit-kind"]', 'PII_READ');
    const reads = chair.locator('[data-testid="audit-entry"][data-category="PII_READ"]', { hasText: member });
    await reads.first().waitFor();
    expect(await reads.count()).toBe(2);
    await chair.locator('[data-testid="audit-entry"][data-category="CHANGE"]').first().waitFor({ state: 'detached' });

    const memberPage = await openRoom('member1@demo.kz');
    await memberPage.waitForSelector('[data-testid="case-file"]');
    expect(await memberPage.locator('[data-testid="audit"]').count()).toBe(0);
    await Promise.all([chair.context().close(), memberPage.context().close()]);
  }, 60_000);
});
