import { msg, type Localized } from '../../shared/domain-error.js';
import { ageOn, localDate } from '../../shared/working-days/calendar.js';
import { ageBand } from '../stats/age-band.js';
import { isHttpUrl } from '../cases/checklist.js';
import type { RegisterApplicationInput } from './intake.inputs.js';

const CLOCK_SKEW_MS = 5 * 60_000;
const EARLIEST = new Date('2022-01-01T00:00:00+05:00'); // the expert group was created in 2022

const M = {
  receivedFuture: msg('The receipt time is in the future.', 'Время поступления — в будущем.', 'Түскен уақыты — болашақта.'),
  receivedEarly: msg('The receipt time is before the expert group existed (2022).', 'Время поступления раньше создания экспертной группы (2022).', 'Түскен уақыты сараптама тобы құрылғанға дейін (2022).'),
  birthFuture: msg('The birth date is in the future.', 'Дата рождения — в будущем.', 'Туған күні — болашақта.'),
  birthImplausible: msg('The birth date is not plausible; check the year.', 'Дата рождения неправдоподобна; проверьте год.', 'Туған күні шындыққа жанаспайды; жылын тексеріңіз.'),
  applicantName: msg("Give the applicant's name.", 'Укажите имя заявителя.', 'Өтініш берушінің атын көрсетіңіз.'),
  childName: msg("Give the child's name.", 'Укажите имя ребёнка.', 'Баланың атын көрсетіңіз.'),
  description: msg('Describe what happened.', 'Опишите, что произошло.', 'Не болғанын сипаттаңыз.'),
  url: (where: string) => msg(`${where}: the address must be an http:// or https:// link.`, `${where}: адрес должен быть ссылкой http:// или https://.`, `${where}: мекенжай http:// немесе https:// сілтемесі болуы керек.`),
  episodeFuture: (where: string) => msg(`${where}: the episode time is in the future.`, `${where}: время эпизода — в будущем.`, `${where}: эпизод уақыты — болашақта.`),
};

/** Problems with the meaning of an application, as field → message; empty when it is acceptable. */
export function applicationProblems(input: RegisterApplicationInput, now: Date): Record<string, Localized> {
  const problems: Record<string, Localized> = {};
  const future = (d: Date) => d.getTime() > now.getTime() + CLOCK_SKEW_MS;
  if (future(input.receivedAt)) problems.receivedAt = M.receivedFuture;
  if (input.receivedAt < EARLIEST) problems.receivedAt = M.receivedEarly;
  if (input.child.birthDate > localDate(now)) problems['child.birthDate'] = M.birthFuture;
  if (input.child.birthDate < '1900-01-01') problems['child.birthDate'] = M.birthImplausible;
  if (!input.applicant.name.trim()) problems['applicant.name'] = M.applicantName;
  if (!input.child.name.trim()) problems['child.name'] = M.childName;
  if (!input.description.trim()) problems.description = M.description;
  input.episodes.forEach((e, i) => {
    if (!isHttpUrl(e.url)) problems[`episodes.${i}.url`] = M.url(`#${i + 1}`);
    if (future(e.occurredAt)) problems[`episodes.${i}.occurredAt`] = M.episodeFuture(`#${i + 1}`);
  });
  (input.resources ?? []).forEach((r, i) => {
    if (!isHttpUrl(r.url)) problems[`resources.${i}.url`] = M.url(`resource #${i + 1}`);
  });
  return problems;
}

/** What statistics keep of an application: the first episode and the child's age band then (no identity). */
export function statsFacts(input: RegisterApplicationInput): { firstEpisodeAt: Date; childAgeBand: string } {
  const first = new Date(Math.min(...input.episodes.map((e) => e.occurredAt.getTime())));
  const firstDay = localDate(first);
  return { firstEpisodeAt: first, childAgeBand: ageBand(input.child.birthDate <= firstDay ? ageOn(input.child.birthDate, firstDay) : null) };
}
