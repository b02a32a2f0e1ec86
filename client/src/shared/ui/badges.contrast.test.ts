/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The badges' colours, read from the stylesheets as the browser gets them: each tone's text must
// be readable on its background (WCAG AA, 4.5:1 for the badges' small text), and red is kept for
// what needs action.
const css = ['../../app/styles.css', './ui.css'].map((file) => readFileSync(new URL(file, import.meta.url), 'utf8')).join('\n');

const variables = new Map<string, string>();
for (const block of css.matchAll(/:root\s*\{([^}]*)\}/g)) {
  for (const [, name, value] of block[1].matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) variables.set(name, value.trim());
}

const resolve = (value: string): string => value.replace(/var\((--[\w-]+)\)/g, (_, name: string) => resolve(variables.get(name) ?? name));

function rule(selector: string): Record<string, string> {
  const found = new RegExp(`${selector.replace(/[.-]/g, '\\$&')}\\s*\\{([^}]*)\\}`).exec(css);
  if (!found) throw new Error(`no rule ${selector}`);
  return Object.fromEntries([...found[1].matchAll(/([\w-]+)\s*:\s*([^;]+);/g)].map(([, k, v]) => [k, resolve(v.trim())]));
}

/** WCAG 2 relative luminance of "#rrggbb" (or "#fff"). */
function luminance(hex: string): number {
  const h = hex.length === 4 ? hex.replace(/^#(.)(.)(.)$/, '#$1$1$2$2$3$3') : hex;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(h.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('contrast', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48],
  ])('%s on %s is %s:1', (fg, bg, ratio) => {
    expect(contrast(fg, bg)).toBeCloseTo(ratio, 2);
  });
});

describe('badge tones', () => {
  it.each(['new', 'active', 'attention', 'done', 'muted', 'overdue', 'confirmed'])('.badge--%s has AA contrast', (tone) => {
    const { color, background } = rule(`.badge--${tone}`);
    expect(color).toMatch(/^#[0-9a-f]{3,6}$/i);
    expect(background).toMatch(/^#[0-9a-f]{3,6}$/i);
    expect(contrast(color, background)).toBeGreaterThanOrEqual(4.5);
  });

  it('draws a confirmed outcome in its own calm tone, not in the red of overdue', () => {
    const confirmed = rule('.badge--confirmed');
    const danger = resolve('var(--danger)');
    expect([confirmed.color, confirmed.background]).not.toContain(danger);
    expect(confirmed.color).not.toBe(rule('.badge--new').color);
    expect(rule('.badge--overdue').background).toBe(danger);
  });
});
