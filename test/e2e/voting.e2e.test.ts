import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { extractPdf, flat } from '../../server/src/modules/documents/pdf-text.test-support.js';
import { caseInReview, demoTokens } from '../../server/src/test-support/scenarios.js';
import { startTestPlatform, type TestPlatform } from '../../server/src/test-support/platform.js';
import { launchChromium, openCaseRoom } from './browser.js';

let tp: TestPlatform;
let browser: Browser;

beforeAll(async () => {
  [tp, browser] = await Promise.all([startTestPlatform(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await tp?.close();
});

async function openRoom(email: string, caseId: string): Promise<Page> {
  const page = await openCaseRoom(browser, tp.url, caseId, email, { acceptDownloads: true });
  await page.waitForSelector('[data-testid="voting"]');
  return page;
}

async function voteConfirmed(page: Page) {
  const form = page.locator('[data-testid="vote-form"]');
  await form.waitFor();
  await form.locator('input[name="choice"][value="CONFIRMED"]').check();
  for (const c of ['CHILD_UNDER_18', 'SYSTEMATIC', 'HUMILIATION_HARASSMENT_INTIMIDATION', 'MEDIA_OR_TELECOM']) {
    await form.locator(`select[name="finding.${c}"]`).selectOption('MET');
  }
  await form.locator('textarea[name="reasoning"]').fill('Два эпизода и более, через соцсети.');
  await form.locator('[data-testid="vote-submit"]').click();
}

const voted = (page: Page, n: number) => page.waitForSelector(`[data-testid="tally"][data-voted="${n}"]`, { timeout: 15_000 });

describe('the panel votes in one room', () => {
  it('every context sees the tally move live; the last vote decides; the decision and the prescription appear everywhere; the PDF has the URLs', async () => {
    const t = await demoTokens(tp);
    const c = await caseInReview(tp, t);
    const people = ['chair', 'member1', 'member2', 'member3', 'member4', 'member5'];
    const pages = await Promise.all(people.map((p) => openRoom(`${p}@demo.kz`, c.id)));
    const [chair] = pages;
    await chair.click('[data-testid="open-voting"]');
    await Promise.all(pages.map((p) => p.waitForSelector('[data-testid="vote-form"]', { timeout: 15_000 })));

    // The deputy votes through the API; the six in the browser follow, one by one.
    const round = (await tp.gql('query($id: ID!) { case(id: $id) { votingRounds { id } } }', { id: c.id }, t.chair)).data!.case.votingRounds[0];
    await tp.gql('mutation($r: ID!) { castVote(roundId: $r, choice: ABSTAIN) { id } }', { r: round.id }, t.deputy);
    await Promise.all(pages.map((p) => voted(p, 1)));
    for (const [i, page] of pages.entries()) {
      await voteConfirmed(page);
      if (i < pages.length - 1) await Promise.all(pages.map((p) => voted(p, i + 2)));
    }

    // The seventh vote closed the round: the decision and the prescriptions appear without reloading.
    await Promise.all(pages.map((p) => p.waitForSelector('[data-testid="decision"][data-outcome="CONFIRMED"]', { timeout: 15_000 })));
    await Promise.all(pages.map((p) => p.waitForSelector('[data-testid="prescription"]', { timeout: 15_000 })));
    const number = await pages[3].getAttribute('[data-testid="prescription"] >> nth=0', 'data-number');
    expect(number).toMatch(/^ПР-\d{4}-\d{4}$/);
    expect(await pages[5].textContent('[data-testid="protocol-number"]')).toMatch(/П-\d{4}-\d{4}/);

    const [download] = await Promise.all([pages[1].waitForEvent('download'), pages[1].click('[data-testid="download-prescription"] >> nth=0')]);
    const text = flat((await extractPdf(await readFile((await download.path())!))).text);
    expect(text).toContain('https://www.tiktok.com/@x/video/1');
    expect(text).toContain(number!);
    await Promise.all(pages.map((p) => p.context().close()));
  }, 120_000);
});
