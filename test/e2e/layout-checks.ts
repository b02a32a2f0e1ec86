import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The two sizes the product is seen at (issue 17): a phone in the hand and a laptop. */
export const VIEWPORTS = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  desktop: { viewport: { width: 1366, height: 800 } },
} as const satisfies Record<string, BrowserContextOptions>;
export type ViewportName = keyof typeof VIEWPORTS;

/** Where the tests save the screenshots the README's tour links to. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

/** No element makes the page wider than the screen (the page itself never scrolls sideways). */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = document.documentElement.scrollWidth > width;
    const offenders = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || box.right <= width + 1) return false;
        // Inside a container that scrolls or clips on its own, an element may be wider than the screen.
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
          const { overflowX } = getComputedStyle(p);
          if (overflowX === 'auto' || overflowX === 'scroll' || overflowX === 'hidden' || overflowX === 'clip') return false;
        }
        return true;
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : ''}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`);
    return { wide, width, offenders };
  });
  expect(overflow, `page wider than ${overflow.width}px: ${overflow.offenders.join(', ')}`).toEqual({ wide: false, width: overflow.width, offenders: [] });
}

/**
 * The control is on the first screen: in the viewport, and not hidden under the sticky header.
 * Scrolls nothing; call it right after the page (or the tab holding the control) is shown.
 */
export async function expectOnFirstScreen(page: Page, selector: string): Promise<void> {
  const target = page.locator(selector).first();
  await target.waitFor({ state: 'visible' });
  const box = await target.boundingBox();
  const header = await page.locator('header').first().boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, `${selector} has no box`).not.toBeNull();
  const top = header ? header.y + header.height : 0;
  expect(box!.y, `${selector} is under the header (top ${top}px)`).toBeGreaterThanOrEqual(top - 1);
  expect(box!.y + Math.min(box!.height, 44), `${selector} is below the first screen (${viewport.height}px)`).toBeLessThanOrEqual(viewport.height);
}

/** Touch targets of at least 44 × 44 CSS px for the visible buttons, links and inputs inside `scope`. */
export async function expectTouchTargets(page: Page, scope: string, min = 44): Promise<void> {
  const small = await page.locator(scope).first().evaluate((root, size) => {
    const selectors = 'button, a[href], input:not([type=hidden]), select, textarea, [role=button], [role=tab]';
    return [...root.querySelectorAll<HTMLElement>(selectors)]
      // Hidden, or visually hidden until focused (a skip link): not a target yet.
      .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().width > 1 && el.getBoundingClientRect().height > 1)
      .map((el) => {
        const box = el.getBoundingClientRect();
        // A checkbox or radio counts with its label, which is what the finger hits.
        const label = (el as HTMLInputElement).labels?.[0]?.getBoundingClientRect();
        const height = Math.max(box.height, label?.height ?? 0);
        const width = Math.max(box.width, label?.width ?? 0);
        return { el: `${el.tagName.toLowerCase()}${el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`, width, height };
      })
      .filter((t) => t.height < size - 0.5 || t.width < size - 0.5);
  }, min);
  expect(small, `touch targets smaller than ${min}px in ${scope}`).toEqual([]);
}

const require = createRequire(import.meta.url);
let axeSource: Promise<string> | undefined;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core run in the page: no serious or critical violation (WCAG 2.1 A and AA rules). axe is
 * evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern,
 * so the page is checked with its real CSP in force.
 */
export async function expectAccessible(page: Page): Promise<void> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(await axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
  });
  const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(grave, grave.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n')).toEqual([]);
}

/** Saves a screenshot of the first screen as docs/screenshots/<name>-<viewport>.png for the README's tour. */
export async function saveScreenshot(page: Page, name: string, viewport: ViewportName): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${viewport}.png`) });
}
