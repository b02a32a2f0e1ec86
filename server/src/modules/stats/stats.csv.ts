import type { StatsService } from './stats.service.js';
import type { Bucket, DurationStat } from './stats.types.js';
import type { CountView } from './suppression.js';

/** The same figures as the GraphQL `stats` (the same perturbation), as rows of section,key,metric,value; suppressed counts read "<5". */
export async function statsCsv(s: StatsService): Promise<string> {
  const rows: (string | number | null)[][] = [['section', 'key', 'metric', 'value']];
  const count = (c: CountView) => (c.suppressed ? '<5' : c.value);
  const buckets = (section: string, list: Bucket[]) => list.forEach((b) => rows.push([section, b.key, 'count', count(b.count)]));
  const durations = (section: string, list: DurationStat[]) =>
    list.forEach((d) => rows.push([section, d.key ?? 'all', 'count', count(d.count)], [section, d.key ?? 'all', 'median_hours', d.medianHours], [section, d.key ?? 'all', 'p90_hours', d.p90Hours]));

  rows.push(['total', 'all', 'count', count(await s.total())]);
  for (const dim of ['status', 'outcome', 'platform', 'region', 'ageBand', 'month', 'voterAgencyKind'] as const) buckets(`by_${dim}`, await s.by(dim));
  durations('decision_time', await s.durations('decision', 'all'));
  durations('decision_time_by_month', await s.durations('decision', 'month'));
  durations('decision_time_by_platform', await s.durations('decision', 'platform'));
  durations('compliance_time', await s.durations('compliance', 'all'));
  const d = await s.deadlines();
  rows.push(['deadlines', 'all', 'decided_within_deadline', d.decidedWithinDeadline], ['deadlines', 'all', 'extended', d.extended], ['deadlines', 'all', 'overdue_now', d.overdueNow], ['deadlines', 'all', 'late_extension_notices', d.lateExtensionNotices], ['deadlines', 'all', 'late_answers', d.lateAnswers]);
  for (const c of await s.compliance()) {
    rows.push(['compliance', c.platform, 'prescriptions', count(c.prescriptions)], ['compliance', c.platform, 'complied', c.complied], ['compliance', c.platform, 'partially_complied', c.partiallyComplied],
      ['compliance', c.platform, 'not_complied', c.notComplied], ['compliance', c.platform, 'escalated', c.escalated], ['compliance', c.platform, 'median_hours_to_removal', c.medianHoursToRemoval]);
  }
  for (const r of await s.repeatTargets()) rows.push(['repeat_targets', r.target, 'platform', r.platform], ['repeat_targets', r.target, 'cases', count(r.cases)]);
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed so a spreadsheet never runs a cell as a formula. */
export function csvCell(v: string | number | null): string {
  if (v === null) return '';
  let s = String(v);
  if (/^[=+\-@]/.test(s) && typeof v === 'string') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
