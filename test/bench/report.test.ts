// The report's pure parts: the SVG writer and the plots drawn with it, the history of the budgets,
// and BENCHMARKS.md rendered from the recorded result files (old ones, of one run per side, too).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { benchmarks } from './registry.js';
import { appendHistory, historyEntry, type HistoryEntry } from './report/history.js';
import { historySection } from './report/history-markdown.js';
import { readResults, renderBenchmarks } from './report/markdown.js';
import { pairedTarget } from './report/paired.js';
import { distributionSvg, historySvg, nines } from './report/plots.js';
import { lineChart, linearTicks, logTicks, xmlEscape } from './report/svg.js';
import type { BenchResult, Distribution } from './types.js';

const RESULTS = fileURLToPath(new URL('./results/', import.meta.url));

/**
 * Whether `xml` is well formed as far as an SVG needs: one root, every tag closed in order, attributes
 * quoted, no bare `<` or `&` in text or attribute values. Returns the first problem, or null.
 */
function wellFormed(xml: string): string | null {
  const stack: string[] = [];
  let roots = 0;
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<\?xml[^>]*\?>/g;
  let last = 0;
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    const text = xml.slice(last, m.index);
    if (/[<>]/.test(text) || /&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(text)) return `bad text before offset ${m.index}: ${text.slice(0, 40)}`;
    if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(m[3] ?? '')) return `bad attribute value in <${m[2]}>`;
    last = token.lastIndex;
    if (!m[2]) continue;
    if (m[1]) {
      if (stack.pop() !== m[2]) return `</${m[2]}> closes the wrong element`;
    } else if (!m[4]) {
      if (stack.length === 0) roots += 1;
      stack.push(m[2]);
    } else if (stack.length === 0) roots += 1;
  }
  if (xml.slice(last).trim()) return `text after the root: ${xml.slice(last, last + 40)}`;
  if (stack.length) return `unclosed <${stack.join('>, <')}>`;
  return roots === 1 ? null : `${roots} root elements`;
}

const curve = (scale: number): [number, number][] => [[0, 1 * scale], [50, 2 * scale], [90, 3 * scale], [99, 8 * scale], [99.9, 9 * scale], [100, 10 * scale]];
const DIST: Distribution = {
  name: 'delivery', title: 'delivery latency <1 000 & more>', unit: 'ms', medianPair: 2,
  curves: [1, 2, 3].flatMap((pair) => [{ side: 'platform' as const, pair, points: curve(10 + pair) }, { side: 'baseline' as const, pair, points: curve(1) }]),
};

describe('the SVG writer', () => {
  it('escapes text for XML', () => {
    expect(xmlEscape(`a<b & "c" 'd'>`)).toBe('a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;');
  });

  it('writes a well-formed document with both axes, their labels and every series', () => {
    const svg = lineChart({
      title: 'A & B', x: { label: 'x <axis>', min: 0, max: 10, ticks: linearTicks(0, 10) }, y: { label: 'y', min: 0, max: 5, ticks: linearTicks(0, 5) },
      series: [{ label: 'one', color: '#f00', points: [[0, 0], [10, 5]] }, { label: 'two', color: '#00f', points: [[5, 2]], hideInLegend: true }],
      rules: [{ at: 4, label: 'limit', color: '#555' }],
    });
    expect(wellFormed(svg)).toBeNull();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<g class="x-axis"');
    expect(svg).toContain('<g class="y-axis"');
    expect(svg).toContain('>x &lt;axis&gt;</text>');
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    expect(svg).toContain('data-series="one"');
    expect(svg).toContain('data-series="two"');
    expect(svg).toContain('>limit</text>');
  });

  it('the checker itself refuses what is not well formed', () => {
    expect(wellFormed('<svg><g></svg>')).not.toBeNull();
    expect(wellFormed('<svg>a & b</svg>')).not.toBeNull();
    expect(wellFormed('<svg/><svg/>')).not.toBeNull();
    expect(wellFormed('<svg><text x="1">ok &amp; fine</text></svg>')).toBeNull();
  });

  it.each([[0, 10, [0, 2, 4, 6, 8, 10]], [0, 0.9, [0, 0.2, 0.4, 0.6, 0.8]], [0, 137, [0, 50, 100]]])('ticks %d…%d at round steps', (min, max, at) => {
    expect(linearTicks(min, max).map((t) => t.at)).toEqual(at);
  });

  it('puts log ticks at 1, 2, 5 × 10ⁿ', () => {
    expect(logTicks(1, 100).map((t) => t.at)).toEqual([1, 2, 5, 10, 20, 50, 100]);
  });
});

describe('the plots', () => {
  it('stretches the tail: p90, p99 and p99.9 one step apart', () => {
    expect(nines(0)).toBe(0);
    expect(nines(90)).toBeCloseTo(1);
    expect(nines(99)).toBeCloseTo(2);
    expect(nines(99.9)).toBeCloseTo(3);
  });

  it('draws both sides of every pair, the median pair bold, with the axes named', () => {
    const svg = distributionSvg('fanout', DIST);
    expect(wellFormed(svg)).toBeNull();
    expect(svg.match(/<polyline /g)).toHaveLength(6);
    expect(svg).toContain('data-series="platform (median pair 2; thin: other pairs)"');
    expect(svg).toContain('data-series="baseline (median pair 2; thin: other pairs)"');
    expect(svg.match(/stroke-width="2.5"/g)?.length).toBeGreaterThanOrEqual(2);
    expect(svg).toContain('>p99.9</text>');
    expect(svg).toContain('percentile');
    expect(svg).toContain('fanout: delivery latency &lt;1 000 &amp; more&gt;');
  });

  it('switches to a log scale when the sides are far apart', () => {
    const far: Distribution = { ...DIST, curves: [{ side: 'platform', pair: 1, points: curve(1000) }, { side: 'baseline', pair: 1, points: curve(1) }], medianPair: 1 };
    expect(distributionSvg('openroom', far)).toContain('ms (log scale)');
    const near: Distribution = { ...far, curves: [{ side: 'platform', pair: 1, points: curve(2) }, { side: 'baseline', pair: 1, points: curve(1) }] };
    expect(distributionSvg('openroom', near)).not.toContain('log scale');
  });
});

const run = (date: string, values: number[], smoke = false): BenchResult => ({
  benchmark: 'writes', budget: 'B2', date, durationS: 1, revision: 'abc', smoke, pairs: values.length,
  machine: { cores: 2, cpuModel: 'cpu', memoryGiB: 1, node: 'v20', postgres: 'PostgreSQL 17', os: 'Linux' },
  params: {}, workload: 'w', columns: [], rows: [], failures: [], notes: [], details: {},
  targets: [
    pairedTarget({ name: 'addComment throughput', target: '≥ 60 %', values, limit: { limit: 0.6, better: 'higher' }, unit: '%', scale: 100, digits: 0 }),
    { name: 'addComment lost', target: '0', actual: '0 of 10', met: true },
  ],
});

describe('the history of the budgets', () => {
  it('keeps each paired target\'s median, range and limit; targets without pairs stay out', () => {
    expect(historyEntry(run('2026-12-07T01:00:00Z', [0.5, 0.7, 0.6]))).toEqual({
      benchmark: 'writes', budget: 'B2', date: '2026-12-07T01:00:00Z', revision: 'abc', pairs: 3,
      figures: [{ name: 'addComment throughput', median: 60, min: 50, max: 70, unit: '%', limit: 60, better: 'higher', met: true }],
    });
  });

  it('appends runs in order, never a smoke run, and the same run once', () => {
    let h: HistoryEntry[] = [];
    h = appendHistory(h, run('2026-12-07T01:00:00Z', [0.5, 0.6, 0.7]));
    h = appendHistory(h, run('2026-12-07T02:00:00Z', [0.3, 0.4, 0.5]));
    h = appendHistory(h, run('2026-12-07T03:00:00Z', [0.9, 0.9, 0.9], true));
    h = appendHistory(h, run('2026-12-07T02:00:00Z', [0.3, 0.4, 0.5]));
    expect(h.map((e) => [e.date, e.figures[0].median])).toEqual([['2026-12-07T01:00:00Z', 60], ['2026-12-07T02:00:00Z', 40]]);
  });

  it('renders a table per benchmark and a plot of each budget against its limit', () => {
    const h = [run('2026-12-07T01:00:00Z', [0.5, 0.6, 0.7]), run('2026-12-08T01:00:00Z', [0.3, 0.4, 0.5])].reduce<HistoryEntry[]>(appendHistory, []);
    const md = historySection(h, ['openroom', 'writes'], (b) => `docs/bench/history-${b}.svg`).join('\n');
    expect(md).toContain('| 2026-12-07 01:00 | abc | 3 | ✓ 60 % (50–70) |');
    expect(md).toContain('| 2026-12-08 01:00 | abc | 3 | ✗ 40 % (30–50) |');
    expect(md).toContain('![writes: budgets across runs](docs/bench/history-writes.svg)');
    expect(md).not.toContain('openroom');
    const svg = historySvg('writes', h);
    expect(wellFormed(svg)).toBeNull();
    expect(svg).toContain('data-series="addComment throughput (higher is better)"');
    expect(svg).toContain('>the limit</text>');
  });

  it('says when there is no history yet', () => {
    expect(historySection([], ['writes'], () => '').join('\n')).toContain('No run recorded with pairs yet');
  });
});

describe('BENCHMARKS.md', () => {
  it('renders from the recorded result files, marking those of the previous method', async () => {
    const results = await readResults(RESULTS);
    expect([...results.keys()].sort()).toEqual(['bundle', 'connections', 'fanout', 'openroom', 'stats', 'writes']);
    const md = renderBenchmarks(results, benchmarks, []);
    for (const b of benchmarks) expect(md).toContain(`### \`${b.name}\` (${b.budget})`);
    for (const r of results.values()) {
      if (r.pairs === undefined) expect(md).toContain(`No latency plot: this result is from the previous method`);
    }
    expect(md).toContain('≥ 60 % of baseline each; 0 lost');
    expect(md).toContain('## History of the budgets');
    expect(md).not.toMatch(/undefined|NaN|\[object Object\]/);
  });

  it('shows the pairs, their spread and the plots of a result with pairs', () => {
    const r: BenchResult = { ...run('2026-12-07T01:00:00Z', [0.5, 0.7, 0.6]), distributions: [DIST] };
    const md = renderBenchmarks(new Map([['writes', r]]), benchmarks, appendHistory([], r));
    expect(md).toContain('| addComment throughput | 50 | 70 | 60 | **60** % | 50–70 | 33 % | ≥ 60 % | ✓ met |');
    expect(md).toContain('![writes: delivery latency <1 000 & more>](docs/bench/writes-delivery.svg)');
    expect(md).toContain('| B2 | addComment throughput | 60 % | 50–70 | 33 % |');
  });
});
