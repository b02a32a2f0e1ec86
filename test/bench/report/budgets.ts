/** A budget of DESIGN.md §6, and the benchmark that measures it. */
export interface Budget {
  id: string;
  workload: string;
  baseline: string;
  target: string;
  benchmark?: string;
}

// Mirrors the table of DESIGN.md §6 (kept in /work/shared, outside the repository); update both together.
export const BUDGETS: readonly Budget[] = [
  { id: 'B1', workload: 'open a case room: case + 50 comments + votes + members, over HTTP', baseline: 'raw `pg` + `node:http` returning the same JSON', target: '≥ 40 % of the baseline\'s throughput; p99 ≤ 40 ms at 300 req/s', benchmark: 'openroom' },
  { id: 'B2', workload: '`addComment` / `castVote` (row + event + NOTIFY)', baseline: 'the same SQL in a raw `pg` transaction', target: '≥ 50 % of baseline; 0 lost', benchmark: 'writes' },
  { id: 'B3', workload: '1 000 subscribers in one case room, 20 events/s', baseline: 'bare `ws` broadcasting one frame', target: 'p99 delivery ≤ 100 ms; CPU ≤ 2× baseline', benchmark: 'fanout' },
  { id: 'B4', workload: '5 000 idle authenticated WS connections', baseline: '5 000 bare `ws` connections', target: '≤ 40 KB per connection', benchmark: 'connections' },
  { id: 'B5', workload: 'statistics dashboard on 1 000 000 cases', baseline: 'the same aggregate in raw SQL', target: 'p50 ≤ 150 ms; ≤ 1.3× raw SQL', benchmark: 'stats' },
  { id: 'B6', workload: 'client first load', baseline: '—', target: '≤ 250 KB gzip of JS before the case room renders', benchmark: 'bundle' },
];
