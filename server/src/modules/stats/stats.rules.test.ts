import { describe, expect, it } from 'vitest';
import { Role } from '../../shared/role.js';
import { ageBand, AgeBand } from './age-band.js';
import { groupHistograms, histogramPercentiles } from './histogram.js';
import { isWholeMonths, lastDayOfMonth, localDay, periodBounds, requireWholeMonths } from './period.js';
import { labelTargets, topRepeated } from './repeat-targets.js';
import { rollupSpans } from './rollup.sql.js';
import { countView, durationShown, seesExactCounts, shareOf, tallies } from './suppression.js';

describe('published figures', () => {
  it.each([
    [{ n: 0, shown: 0 }, { value: 0, suppressed: false }],
    [{ n: 3, shown: 0 }, { value: null, suppressed: true }], // records exist, published 0: "<5"
    [{ n: 3, shown: 5 }, { value: 5, suppressed: false }],
    [{ n: 3, shown: 3 }, { value: 3, suppressed: false }], // the chair's exact tally
    [{ n: 40, shown: 41 }, { value: 41, suppressed: false }],
  ])('%j → %j', (t, view) => {
    expect(countView(t)).toEqual(view);
  });

  it.each([
    // part, whole, exact → share
    [{ n: 2, shown: 0 }, { n: 4, shown: 5 }, false, 0],
    [{ n: 2, shown: 2 }, { n: 4, shown: 4 }, true, 0.5],
    [{ n: 1, shown: 1 }, { n: 3, shown: 3 }, true, 0.333],
    [{ n: 0, shown: 0 }, { n: 0, shown: 0 }, true, null],
    [{ n: 3, shown: 5 }, { n: 10, shown: 11 }, false, 0.455], // published over published
    [{ n: 1, shown: 0 }, { n: 3, shown: 0 }, false, null], // a denominator below 5 withholds
    [{ n: 9, shown: 11 }, { n: 10, shown: 9 }, false, 1], // never above 1
  ])('share %j of %j exact=%s → %s', (part, whole, exact, share) => {
    expect(shareOf(part, whole, exact)).toBe(share);
  });

  it.each([
    [{ n: 4, shown: 5 }, false, false], [{ n: 5, shown: 0 }, false, false], [{ n: 5, shown: 5 }, false, true], [{ n: 2, shown: 2 }, true, true],
  ])('a duration over %j exact=%s is shown: %s', (t, exact, shown) => {
    expect(durationShown(t, exact)).toBe(shown);
  });

  it('adds up the published cells of a bucket, rows of one cell counted as one cell', () => {
    const rows = [
      { key: 'A', cell: '2026-01', n: 2, k: 10 }, { key: 'A', cell: '2026-01', n: 1, k: 5 }, // one cell of 3, key 15
      { key: 'A', cell: '2026-02', n: 0, k: 0 }, { key: null, cell: '2026-01', n: 7, k: 300 },
    ];
    expect(tallies(rows, true)).toEqual(new Map([['A', { n: 3, shown: 3 }], [null, { n: 7, shown: 7 }]]));
    // 3 records, key 15 < 154 → 5; 7 records, key 300 mod 256 = 44 → −1.
    expect(tallies(rows, false)).toEqual(new Map([['A', { n: 3, shown: 5 }], [null, { n: 7, shown: 6 }]]));
  });

  it.each([[Role.CHAIR, true], [Role.DEPUTY_CHAIR, true], [Role.ANALYST, false], [Role.ADMIN, false], [Role.MEMBER, false]])('%s sees exact counts: %s', (role, exact) => {
    expect(seesExactCounts(role)).toBe(exact);
  });
});

describe('age bands', () => {
  it.each([
    [null, AgeBand.UNKNOWN], [-1, AgeBand.UNKNOWN], [0, AgeBand.UNDER_10], [9, AgeBand.UNDER_10], [10, AgeBand.AGE_10_13],
    [13, AgeBand.AGE_10_13], [14, AgeBand.AGE_14_15], [15, AgeBand.AGE_14_15], [16, AgeBand.AGE_16_17], [17, AgeBand.AGE_16_17], [18, AgeBand.ADULT],
  ])('%s → %s', (age, band) => {
    expect(ageBand(age)).toBe(band);
  });
});

describe('periods', () => {
  it.each([
    ['2026-12-06T18:59:59.999Z', '2026-12-06', '2026-12-05T19:00:00.000Z'],
    ['2026-12-06T19:00:00.000Z', '2026-12-07', '2026-12-06T19:00:00.000Z'],
    ['2026-12-07T05:30:00.000Z', '2026-12-07', '2026-12-06T19:00:00.000Z'],
    ['2026-12-31T20:00:00.000Z', '2027-01-01', '2026-12-31T19:00:00.000Z'],
  ])('the Kazakhstan day of %s is %s, from %s', (t, day, start) => {
    const d = localDay(new Date(t));
    expect({ day: d.day, start: d.start.toISOString() }).toEqual({ day, start });
  });

  it('covers whole Kazakhstan days, from midnight to midnight (UTC+5)', () => {
    expect(periodBounds({ from: '2026-01-01', to: '2026-01-31' })).toEqual({
      start: new Date('2025-12-31T19:00:00.000Z'),
      end: new Date('2026-01-31T19:00:00.000Z'),
    });
  });

  it.each([
    [{ from: '2026-02-01', to: '2026-01-01' }, /ends before it starts/],
    [{ from: '2016-01-01', to: '2026-01-01' }, /at most 10 years/],
  ])('refuses %j', (p, message) => {
    expect(() => periodBounds(p)).toThrow(message);
  });

  it('accepts a period of just under 10 years', () => {
    expect(() => periodBounds({ from: '2016-01-02', to: '2026-01-01' })).not.toThrow();
  });

  it.each([
    ['2026-01-01', '2026-01-31', true], ['2026-01-01', '2026-12-31', true], ['2024-02-01', '2024-02-29', true], ['2025-02-01', '2025-02-28', true],
    ['2026-01-02', '2026-01-31', false], ['2026-01-01', '2026-01-30', false], ['2025-02-01', '2025-02-29', false], ['2026-12-05', '2026-12-05', false],
  ])('%s … %s is whole months: %s', (from, to, whole) => {
    expect(isWholeMonths({ from, to })).toBe(whole);
    if (whole) expect(() => requireWholeMonths({ from, to })).not.toThrow();
    else expect(() => requireWholeMonths({ from, to })).toThrow(/whole calendar months/);
  });

  it('says so in three languages', () => {
    try {
      requireWholeMonths({ from: '2026-01-01', to: '2026-12-05' });
      expect.unreachable();
    } catch (e) {
      expect((e as { extensions: { code: string; messages: Record<string, string> } }).extensions).toMatchObject({
        code: 'BAD_USER_INPUT', messages: { ru: expect.stringMatching(/целым календарным месяцам/), kk: expect.stringMatching(/тұтас күнтізбелік айлар/) },
      });
    }
  });

  it.each([['2026-02-10', '2026-02-28'], ['2028-02-01', '2028-02-29'], ['2026-12-31', '2026-12-31'], ['2026-04-01', '2026-04-30']])('the month of %s ends on %s', (d, last) => {
    expect(lastDayOfMonth(d)).toBe(last);
  });
});

describe('repeat targets as each viewer gets them', () => {
  const list = [
    { target: 'https://tiktok.com/@a', platform: 'tiktok', cases: { n: 3, shown: 5 } },
    { target: 'https://tiktok.com/@b', platform: 'tiktok', cases: { n: 9, shown: 8 } },
    { target: 'https://vk.com/c', platform: 'vk', cases: { n: 2, shown: 0 } },
    { target: 'https://example.org/x', platform: null, cases: { n: 6, shown: 6 } },
  ];

  it('names them by platform and number for perturbed viewers, by published count, with no URL', () => {
    const out = labelTargets(list, false);
    expect(out.map((t) => [t.target, t.url, t.platform, t.number, t.cases])).toEqual([
      ['tiktok #1', null, 'tiktok', 1, { value: 8, suppressed: false }],
      ['other #1', null, null, 1, { value: 6, suppressed: false }],
      ['tiktok #2', null, 'tiktok', 2, { value: 5, suppressed: false }],
      ['vk #1', null, 'vk', 1, { value: null, suppressed: true }],
    ]);
    expect(JSON.stringify(out)).not.toMatch(/https?:|\.com|\//);
  });

  it('gives the chair and deputy the targets, by true count', () => {
    const exact = list.map((t) => ({ ...t, cases: { n: t.cases.n, shown: t.cases.n } }));
    expect(labelTargets(exact, true).map((t) => [t.target, t.url, t.number, t.cases.value])).toEqual([
      ['https://tiktok.com/@b', 'https://tiktok.com/@b', 1, 9], ['https://example.org/x', 'https://example.org/x', 1, 6],
      ['https://tiktok.com/@a', 'https://tiktok.com/@a', 2, 3], ['https://vk.com/c', 'https://vk.com/c', 1, 2],
    ]);
  });
});

describe('percentiles from whole-hour histograms', () => {
  it.each([
    [[], [0.5], [null]],
    [[{ h: 5, n: 1 }], [0.5, 0.9], [5.5, 5.5]],
    [[{ h: 0, n: 1 }, { h: 10, n: 1 }], [0.5], [5.5]],
    [[{ h: 2, n: 4 }], [0, 0.5, 1], [2.125, 2.5, 2.875]],
    [[{ h: 3, n: 0 }, { h: 1, n: 2 }, { h: 0, n: 2 }], [0.5], [1]],
    [[{ h: 24, n: 9 }, { h: 100, n: 1 }], [0.5, 0.9], [24.556, 32.5]],
  ])('%j at %j → %j', (buckets, ps, expected) => {
    expect(histogramPercentiles(buckets, ps).map((x) => (x === null ? null : Math.round(x * 1000) / 1000))).toEqual(expected);
  });

  it('stays within an hour of the exact percentile', () => {
    const values = Array.from({ length: 999 }, (_, i) => (i * 7.31) % 96);
    const sorted = [...values].sort((a, b) => a - b);
    const buckets = [...groupHistograms(values.map((v) => ({ key: null, h: Math.floor(v), n: 1 })))][0][1];
    for (const p of [0.1, 0.5, 0.9]) {
      const rank = p * (sorted.length - 1);
      const exact = sorted[Math.floor(rank)] + (rank % 1) * (sorted[Math.ceil(rank)] - sorted[Math.floor(rank)]);
      expect(Math.abs(histogramPercentiles(buckets, [p])[0]! - exact)).toBeLessThan(1);
    }
  });
});

describe('most repeated targets by candidates', () => {
  // Candidates by their count over all time (an upper bound), counted in the period in batches of two.
  const run = async (all: Record<string, number>, inPeriod: Record<string, number>, limit: number, unbounded: string[] = []) => {
    const order = Object.entries(all).map(([target, bound]) => ({ target, bound })).sort((a, b) => b.bound - a.bound || (a.target < b.target ? -1 : 1));
    const counted: string[] = [];
    const top = await topRepeated(
      unbounded,
      async (after) => order.slice(after ? order.indexOf(after) + 1 : 0).filter((c) => c.bound > 1).slice(0, 2),
      async (targets) => { counted.push(...targets); return new Map(targets.map((t) => [t, inPeriod[t] ?? 0])); },
      limit,
    );
    return { top: top.map((r) => `${r.target}:${r.n}`), counted: counted.length };
  };

  it.each([
    [{ a: 9, b: 8, c: 7, d: 3, e: 2 }, { a: 5, b: 6, c: 1, d: 3, e: 2 }, 2, ['b:6', 'a:5'], 4], // stops once d (bound 3) cannot reach 5
    [{ a: 9, b: 8, c: 7, d: 3, e: 2 }, { a: 5, b: 6, c: 1, d: 3, e: 2 }, 3, ['b:6', 'a:5', 'd:3'], 5],
    [{ a: 4, b: 4, c: 4 }, { a: 4, b: 4, c: 4 }, 2, ['a:4', 'b:4'], 3], // a tie at the bound is still counted
    [{ a: 5, b: 1 }, { a: 1, b: 1 }, 5, [], 1], // once-named targets are not candidates; a count of 1 is no repeat
    [{}, {}, 5, [], 0],
  ])('%j in all, %j in the period, top %i → %j after counting %i', async (all, inPeriod, limit, top, counted) => {
    expect(await run(all, inPeriod, limit)).toEqual({ top, counted });
  });

  it('counts first the targets whose bound is stale, and each target once', async () => {
    // z's total was taken before it was named 7 more times: with a stale bound of 2 it would be missed.
    expect(await run({ a: 9, b: 8, z: 2 }, { a: 5, b: 6, z: 7 }, 2, ['z', 'a'])).toEqual({ top: ['z:7', 'b:6'], counted: 3 });
  });
});

describe('where the whole rollup keeps a period', () => {
  const day = (from: string, to: string) => ({ table: 'stats_day', from, to });
  const month = (from: string, to: string) => ({ table: 'stats_month', from, to });
  it.each([
    ['whole months', { from: '2026-01-01', to: '2026-12-31' }, [month('2026-01-01', '2026-12-31')]],
    ['one whole month', { from: '2024-02-01', to: '2024-02-29' }, [month('2024-02-01', '2024-02-29')]],
    ['months cut at both ends', { from: '2025-03-17', to: '2025-11-04' }, [day('2025-03-17', '2025-03-31'), month('2025-04-01', '2025-10-31'), day('2025-11-01', '2025-11-04')]],
    ['cut at the start only', { from: '2025-12-31', to: '2026-02-28' }, [day('2025-12-31', '2025-12-31'), month('2026-01-01', '2026-02-28')]],
    ['cut at the end only', { from: '2026-01-01', to: '2026-03-30' }, [month('2026-01-01', '2026-02-28'), day('2026-03-01', '2026-03-30')]],
    ['within a month', { from: '2026-05-02', to: '2026-05-30' }, [day('2026-05-02', '2026-05-30')]],
    ['one day', { from: '2026-05-31', to: '2026-05-31' }, [day('2026-05-31', '2026-05-31')]],
    ['across a month end, no whole month', { from: '2026-01-15', to: '2026-02-10' }, [day('2026-01-15', '2026-02-10')]],
    ['from a 1st, not to a month end', { from: '2026-01-01', to: '2026-01-20' }, [day('2026-01-01', '2026-01-20')]],
  ])('%s', (_, days, spans) => {
    expect(rollupSpans(days)).toEqual(spans);
  });
});
