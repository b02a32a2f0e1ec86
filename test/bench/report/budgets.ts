/** A budget of DESIGN.md §6, and the benchmark that measures it. */
export interface Budget {
  id: string;
  workload: string;
  baseline: string;
  target: string;
  benchmark?: string;
}

// Mirrors the table of DESIGN.md §6 (kept in /work/shared, outside the repository; issue 18's budgets); update both together.
// Every target is read on the median of three alternated pairs (platform, baseline) of one run.
export const BUDGETS: readonly Budget[] = [
  { id: 'B1', workload: 'open a case room (the client\'s 4 queries: case file, thread of 50 comments, members, votes) over HTTP', baseline: 'raw `pg` + `node:http` returning the same JSON', target: 'throughput ≥ 60 % of baseline; p99 ≤ 50 ms per open at a fixed rate of half the baseline\'s measured maximum', benchmark: 'openroom' },
  { id: 'B2', workload: '`addComment` and `castVote` on one case, and `addComment` spread over 200 cases (row + event + NOTIFY)', baseline: 'the same SQL in a raw `pg` transaction', target: '≥ 60 % of baseline each; 0 lost', benchmark: 'writes' },
  { id: 'B3', workload: '1 000 subscribers in one case room, 20 events/s', baseline: 'bare `ws` broadcasting one frame', target: 'p99 delivery ≤ 100 ms; server CPU per delivery ≤ 1.5× baseline', benchmark: 'fanout' },
  { id: 'B4', workload: '5 000 idle authenticated WS connections', baseline: '5 000 bare `ws` connections', target: '≤ 40 KB per connection', benchmark: 'connections' },
  { id: 'B5', workload: 'every dashboard query at 1 000 000 cases, unfiltered and filtered (one region, one platform, one status)', baseline: 'the same aggregate in raw SQL', target: 'p50 ≤ 150 ms and ≤ 1.3× raw SQL, each', benchmark: 'stats' },
  { id: 'B6', workload: 'client first load', baseline: '—', target: '≤ 200 KB gzip of JS before the case room renders', benchmark: 'bundle' },
];
