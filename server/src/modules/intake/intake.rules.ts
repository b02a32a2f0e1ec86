import { isHttpUrl } from '../cases/checklist.js';
import { localDate } from '../../shared/working-days/calendar.js';
import type { RegisterApplicationInput } from './intake.inputs.js';

const CLOCK_SKEW_MS = 5 * 60_000;
const EARLIEST = new Date('2022-01-01T00:00:00+05:00'); // the expert group was created in 2022

/** Problems with the meaning of an application, as field → message; empty when it is acceptable. */
export function applicationProblems(input: RegisterApplicationInput, now: Date): Record<string, string> {
  const problems: Record<string, string> = {};
  const future = (d: Date) => d.getTime() > now.getTime() + CLOCK_SKEW_MS;
  if (future(input.receivedAt)) problems.receivedAt = 'The receipt time is in the future.';
  if (input.receivedAt < EARLIEST) problems.receivedAt = 'The receipt time is before the expert group existed (2022).';
  if (input.child.birthDate > localDate(now)) problems['child.birthDate'] = 'The birth date is in the future.';
  if (input.child.birthDate < '1900-01-01') problems['child.birthDate'] = 'The birth date is not plausible; check the year.';
  if (!input.applicant.name.trim()) problems['applicant.name'] = 'Give the applicant\'s name.';
  if (!input.child.name.trim()) problems['child.name'] = 'Give the child\'s name.';
  if (!input.description.trim()) problems.description = 'Describe what happened.';
  input.episodes.forEach((e, i) => {
    if (!isHttpUrl(e.url)) problems[`episodes.${i}.url`] = 'The address must be an http:// or https:// link.';
    if (future(e.occurredAt)) problems[`episodes.${i}.occurredAt`] = 'The episode time is in the future.';
  });
  (input.resources ?? []).forEach((r, i) => {
    if (!isHttpUrl(r.url)) problems[`resources.${i}.url`] = 'The address must be an http:// or https:// link.';
  });
  return problems;
}
