import { msg, type Localized } from '../../shared/domain-error.js';
import { ageOn, localDate } from '../../shared/working-days/calendar.js';
import { ageBand } from '../stats/age-band.js';
import { ApplicationKind, type ApplicationRef } from '../cases/application.js';
import { EpisodeChannel } from '../cases/case.enums.js';
import { computeChecklist, isHttpUrl, withFailing, type Checklist } from '../cases/checklist.js';
import type { ChecklistCriterion } from '../cases/case.enums.js';
import { applicationNumberProblem } from './application-number.rules.js';
import type { IntakeChecklistInput, RegisterApplicationInput } from './intake.inputs.js';

const CLOCK_SKEW_MS = 5 * 60_000;
const EARLIEST = new Date('2022-01-01T00:00:00+05:00'); // the expert group was created in 2022

// Where a problem is, in each language ("#2" is the same in all of them).
const at = (where: string | Localized, lang: keyof Localized) => (typeof where === 'string' ? where : where[lang]);

const M = {
  receivedFuture: msg('The receipt time is in the future.', 'Время поступления — в будущем.', 'Түскен уақыты — болашақта.'),
  receivedEarly: msg('The receipt time is before the expert group existed (2022).', 'Время поступления раньше создания экспертной группы (2022).', 'Түскен уақыты сараптама тобы құрылғанға дейін (2022).'),
  birthFuture: msg('The birth date is in the future.', 'Дата рождения — в будущем.', 'Туған күні — болашақта.'),
  birthImplausible: msg('The birth date is not plausible; check the year.', 'Дата рождения неправдоподобна; проверьте год.', 'Туған күні шындыққа жанаспайды; жылын тексеріңіз.'),
  applicantName: msg("Give the applicant's name.", 'Укажите имя заявителя.', 'Өтініш берушінің атын көрсетіңіз.'),
  childName: msg("Give the child's name.", 'Укажите имя ребёнка.', 'Баланың атын көрсетіңіз.'),
  description: msg('Describe what happened.', 'Опишите, что произошло.', 'Не болғанын сипаттаңыз.'),
  url: (where: string | Localized) => msg(`${at(where, 'en')}: the address must be an http:// or https:// link.`, `${at(where, 'ru')}: адрес должен быть ссылкой http:// или https://.`, `${at(where, 'kk')}: мекенжай http:// немесе https:// сілтемесі болуы керек.`),
  evidence: (where: string) => msg(`${where}: describe the evidence of an episode without a URL (e.g. a screenshot of the SMS and its sender).`, `${where}: опишите доказательство эпизода без ссылки (например, снимок экрана SMS и отправитель).`, `${where}: сілтемесі жоқ эпизодтың дәлелін сипаттаңыз (мысалы, SMS скриншоты және жіберуші).`),
  noUrl: (where: string) => msg(`${where}: an episode by SMS, call, private message or other channel carries no URL; choose the URL channel for a link.`, `${where}: у эпизода по SMS, звонку, личному сообщению или иному каналу нет ссылки; для ссылки выберите канал «ссылка».`, `${where}: SMS, қоңырау, жеке хабарлама немесе басқа арна арқылы болған эпизодта сілтеме болмайды; сілтеме үшін «сілтеме» арнасын таңдаңыз.`),
  evidenceWithUrl: (where: string) => msg(`${where}: an episode at a URL is proved by its address; the evidence description is for episodes without one.`, `${where}: эпизод по ссылке подтверждается адресом; описание доказательства — для эпизодов без ссылки.`, `${where}: сілтемедегі эпизод мекенжайымен расталады; дәлел сипаттамасы сілтемесі жоқ эпизодтарға арналған.`),
  numberTwice: msg('Give the number once: applicationNumber, or eotinishNumber for an E-otinish application.', 'Укажите номер один раз: applicationNumber или eotinishNumber для заявления через E-otinish.', 'Нөмірді бір рет көрсетіңіз: applicationNumber немесе E-otinish өтініші үшін eotinishNumber.'),
  eotinishOnPaper: msg('A paper application has an incoming registration number (applicationNumber), not an E-otinish number.', 'У бумажного заявления входящий регистрационный номер (applicationNumber), а не номер E-otinish.', 'Қағаз өтініштің E-otinish нөмірі емес, кіріс тіркеу нөмірі (applicationNumber) болады.'),
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
    Object.assign(problems, episodeWhereProblems(e, `episodes.${i}`, `#${i + 1}`));
    if (future(e.occurredAt)) problems[`episodes.${i}.occurredAt`] = M.episodeFuture(`#${i + 1}`);
  });
  (input.resources ?? []).forEach((r, i) => {
    if (!isHttpUrl(r.url)) problems[`resources.${i}.url`] = M.url(msg(`resource #${i + 1}`, `ресурс №${i + 1}`, `№${i + 1} ресурс`));
  });
  return problems;
}

/** Where an episode happened: a URL episode needs an http(s) URL; any other channel an evidence description and no URL. */
function episodeWhereProblems(e: RegisterApplicationInput['episodes'][number], key: string, where: string): Record<string, Localized> {
  const url = e.url?.trim() ?? '';
  const evidence = e.evidenceDescription?.trim() ?? '';
  if (e.channel === EpisodeChannel.URL) {
    return { ...(isHttpUrl(url) ? {} : { [`${key}.url`]: M.url(where) }), ...(evidence ? { [`${key}.evidenceDescription`]: M.evidenceWithUrl(where) } : {}) };
  }
  return { ...(url ? { [`${key}.url`]: M.noUrl(where) } : {}), ...(evidence ? {} : { [`${key}.evidenceDescription`]: M.evidence(where) }) };
}

/**
 * The application an input names: its kind and number (trimmed), from `applicationNumber` or the
 * older `eotinishNumber`, with what is wrong with it (null when acceptable).
 */
export function applicationOfInput(input: Pick<RegisterApplicationInput, 'applicationKind' | 'applicationNumber' | 'eotinishNumber'>): { ref: ApplicationRef; problem: Localized | null } {
  const kind = input.applicationKind ?? ApplicationKind.EOTINISH;
  const given = input.applicationNumber?.trim();
  const eotinish = input.eotinishNumber?.trim();
  const ref = { kind, number: given ?? eotinish ?? '' };
  if (eotinish != null && kind === ApplicationKind.PAPER) return { ref, problem: M.eotinishOnPaper };
  if (given != null && eotinish != null && given !== eotinish) return { ref, problem: M.numberTwice };
  return { ref, problem: applicationNumberProblem(kind, ref.number) };
}

/** The screening checklist of an application (or of the part of it being typed), with the criteria it does not show as met. */
export function intakeChecklist(input: IntakeChecklistInput): Checklist & { failing: ChecklistCriterion[] } {
  const episodes = input.episodes.map((e) => ({ occurredAt: e.occurredAt, channel: e.channel ?? EpisodeChannel.URL, url: e.url?.trim() || null }));
  return withFailing(computeChecklist({ childBirthDate: input.childBirthDate ?? null, episodes }));
}

/** What statistics keep of an application: the first episode and the child's age band then (no identity). */
export function statsFacts(input: RegisterApplicationInput): { firstEpisodeAt: Date; childAgeBand: string } {
  const first = new Date(Math.min(...input.episodes.map((e) => e.occurredAt.getTime())));
  const firstDay = localDate(first);
  return { firstEpisodeAt: first, childAgeBand: ageBand(input.child.birthDate <= firstDay ? ageOn(input.child.birthDate, firstDay) : null) };
}
