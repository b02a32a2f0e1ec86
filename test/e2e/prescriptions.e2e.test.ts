import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { TestClock } from '../../server/src/shared/clock.js';
import { ALL_MET, caseInReview, confirmedCase, demoTokens, signDecisionByBoth } from '../../server/src/test-support/scenarios.js';
import { startTestPlatform, type TestPlatform } from '../../server/src/test-support/platform.js';
import { launchChromium, openCaseRoom } from './browser.js';

const HOUR = 3_600_000;
// The platform's clock goes back for the signatures, so a delivery recorded 30 hours ago (within
// the 3 days a delivery may be backdated, after the signatures) is past its 24-hour deadline now.
const clock = new TestClock();
let tp: TestPlatform;
let browser: Browser;

beforeAll(async () => {
  [tp, browser] = await Promise.all([startTestPlatform({ clock }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await tp?.close();
});

async function openRoom(email: string, caseId: string): Promise<Page> {
  const page = await openCaseRoom(browser, tp.url, caseId, email);
  await page.waitForSelector('[data-testid="prescription"]', { timeout: 15_000 });
  return page;
}

/** A `datetime-local` value in Astana time (UTC+5), as the form reads it. */
const astanaInput = (ms: number) => new Date(ms + 5 * HOUR).toISOString().slice(0, 16);

// The factory's application names two platforms: two prescriptions, one card each and one line each in the header.
let number = '';
const card = (page: Page) => page.locator(`[data-testid="prescription"][data-number="${number}"]`);
const header = (page: Page, progress: string) =>
  page.waitForSelector(`[data-testid="case-prescriptions"] li[data-number="${number}"] [data-testid="case-prescription-progress"][data-progress="${progress}"]`, { timeout: 15_000 });
const status = (page: Page, value: string) => page.waitForSelector(`[data-testid="prescription"][data-number="${number}"][data-status="${value}"]`, { timeout: 15_000 });

describe('the secretary and the chair follow a prescription up on screen', () => {
  it('delivery waits for the signatures; then delivery, non-compliance and escalation, the case header agreeing with the card', async () => {
    const t = await demoTokens(tp);
    const c = await confirmedCase(tp, t);
    clock.set(Date.now() - 40 * HOUR);
    await signDecisionByBoth(tp, t, c.decision.id);
    clock.set(Date.now());
    expect(c.prescriptions.length).toBeGreaterThan(0);
    // A seeded case with a prescription whose decision nobody has signed yet.
    const seeded = await tp.gql('{ cases(first: 10, filter: { status: [PRESCRIBED] }) { edges { node { id decision { signed } } } } }', {}, t.secretary);
    const unsigned = (seeded.data!.cases.edges as { node: { id: string; decision: { signed: boolean } | null } }[])
      .map((e) => e.node).find((n) => n.id !== c.id && n.decision && !n.decision.signed);
    expect(unsigned).toBeDefined();

    // The server refuses delivery before both signatures, and the secretary reads its reason.
    const secretary = await openRoom('secretary@demo.kz', unsigned!.id);
    await secretary.waitForSelector('[data-testid="case-prescription-progress"][data-progress="issued"]');
    const first = secretary.locator('[data-testid="prescription"]').first();
    await first.locator('[data-testid="deliver"]').click();
    await first.locator('[data-testid="deliver-submit"]').click();
    const refusal = first.locator('[data-testid="deliver-error"]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('после подписания решения');
    expect(await first.getAttribute('data-status')).toBe('ISSUED');

    number = c.prescriptions[0].number;

    // On the signed case: delivery 30 hours ago; the card and the case header both say the deadline has passed.
    await secretary.goto(`${tp.url}/cases/${c.id}`);
    await status(secretary, 'ISSUED');
    await header(secretary, 'issued');
    await card(secretary).locator('[data-testid="deliver"]').click();
    await card(secretary).locator('input[name="deliveredAt"]').fill(astanaInput(Date.now() - 30 * HOUR));
    await card(secretary).locator('[data-testid="deliver-submit"]').click();
    await status(secretary, 'DELIVERED');
    await header(secretary, 'deliveredOverdue');
    expect(await card(secretary).locator('[data-testid="prescription-progress"]').getAttribute('data-progress')).toBe('deliveredOverdue');
    // The secretary does not escalate: that is the chair's.
    expect(await card(secretary).locator('[data-testid="escalate"]').count()).toBe(0);

    // Compliance: not complied, with a note.
    await card(secretary).locator('[data-testid="record-compliance"]').click();
    await card(secretary).locator('input[name="complianceStatus"][value="NOT_COMPLIED"]').check();
    await card(secretary).locator('textarea[name="complianceNote"]').fill('Контент доступен, ответа от платформы нет.');
    await card(secretary).locator('[data-testid="compliance-submit"]').click();
    await status(secretary, 'NOT_COMPLIED');
    await header(secretary, 'notComplied');

    // The chair escalates after the deadline, confirms, and sees the package; the case is ESCALATED.
    const chair = await openRoom('chair@demo.kz', c.id);
    await card(chair).locator('[data-testid="escalate"]').click();
    await card(chair).locator('[data-testid="escalate-submit"]').click();
    await status(chair, 'ESCALATED');
    expect(await card(chair).locator('[data-testid="escalation-protocol"]').textContent()).toBe(c.decision.protocolNumber);
    expect(await card(chair).locator('[data-testid="escalation-package"]').textContent()).toContain(number);
    await chair.waitForSelector('[data-testid="case-status"][data-status="ESCALATED"]', { timeout: 15_000 });
    await header(chair, 'escalated');
    // The secretary's room follows live.
    await status(secretary, 'ESCALATED');
    await secretary.waitForSelector('[data-testid="case-status"][data-status="ESCALATED"]', { timeout: 15_000 });

    const after = await tp.gql('query($id: ID!) { case(id: $id) { status prescriptions { number status escalation { id } } } }', { id: c.id }, t.chair);
    expect(after.data!.case.status).toBe('ESCALATED');
    const escalated = (after.data!.case.prescriptions as { number: string; status: string; escalation: { id: string } | null }[]).find((p) => p.number === number);
    expect(escalated?.status).toBe('ESCALATED');
    expect(escalated?.escalation).not.toBeNull();
    await Promise.all([secretary.context().close(), chair.context().close()]);
  }, 90_000);

  it('closing a round asks first and says what follows from the current tally', async () => {
    const t = await demoTokens(tp);
    const c = await caseInReview(tp, t);
    const round = (await tp.gql('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: c.id }, t.chair)).data!.openVoting;
    for (const who of ['deputy', 'member1', 'member2', 'member3', 'member4']) {
      await tp.gql('mutation($r: ID!, $f: [FindingInput!]) { castVote(roundId: $r, choice: CONFIRMED, findings: $f) { id } }', { r: round.id, f: ALL_MET }, t[who]);
    }
    const chair = await openCaseRoom(browser, tp.url, c.id, 'chair@demo.kz');
    await chair.click('[data-testid="close-voting"]');
    const confirm = chair.locator('[data-testid="close-voting-confirm"]');
    await confirm.waitFor();
    expect(await confirm.getAttribute('data-outcome')).toBe('confirmed');
    expect(await confirm.locator('[data-testid="close-voting-consequence"]').textContent()).toContain('предписание');
    // Nothing happened yet: cancelling leaves the round open.
    await confirm.locator('button.button--ghost').click();
    expect(await chair.locator('[data-testid="round"][data-open="true"]').count()).toBe(1);

    await chair.click('[data-testid="close-voting"]');
    await chair.click('[data-testid="close-voting-yes"]');
    await chair.waitForSelector('[data-testid="decision"][data-outcome="CONFIRMED"]', { timeout: 15_000 });
    await chair.waitForSelector('[data-testid="case-prescription-progress"][data-progress="issued"]', { timeout: 15_000 });
    await chair.context().close();
  }, 60_000);
});
