import type { EntityManager } from '@mikro-orm/postgresql';
import { emit, write } from '../../shared/write.js';
import { addCalendarDays, localDate } from '../../shared/working-days/calendar.js';
import { ApplicationKind } from '../../modules/cases/application.js';
import { ApplicantRelation, ContentKind, EpisodeChannel, NoticeChannel } from '../../modules/cases/case.enums.js';
import { CaseService } from '../../modules/cases/case.service.js';
import { choosePrescriptionUrl } from '../../modules/cases/prescription-urls.service.js';
import { Platform } from '../../modules/platforms/platform.entity.js';
import { PanelSettings } from '../../modules/settings/panel-settings.entity.js';
import { Case } from '../../modules/cases/case.entity.js';
import { TRANSITIONS, type CaseStatus } from '../../modules/cases/lifecycle.js';
import { Decision } from '../../modules/decisions/decision.entities.js';
import { setDecisionReasoning, signDecision } from '../../modules/decisions/decision.actions.js';
import { Prescription, PrescriptionStatus } from '../../modules/prescriptions/prescription.entity.js';
import { PrescriptionService } from '../../modules/prescriptions/prescription.service.js';
import { HttpUrlChecker } from '../../modules/prescriptions/url-check.js';
import { Criterion, FindingValue, VoteChoice } from '../../modules/voting/criteria.js';
import { recordDecision } from '../../modules/decisions/decision.service.js';
import { VotingService } from '../../modules/voting/voting.service.js';
import type { Viewer } from '../../shared/viewer.js';
import { IntakeService } from '../../modules/intake/intake.service.js';
import { Agency } from '../../modules/members/agency.entity.js';
import { hashPassword } from '../../modules/members/auth.service.js';
import { AccountStatus } from '../../modules/members/account.lifecycle.js';
import { Member, statusFields } from '../../modules/members/member.entity.js';
import { AgencyKind, Role } from '../../shared/role.js';
import { DEMO_CASES, DEMO_INTAKE, type DemoCase, type DemoIntakeVariant } from './demo-cases.js';

export const DEMO_PASSWORD = 'panel-demo';

const AGENCIES = [
  { key: 'mci', name: 'Министерство культуры и информации РК', nameKk: 'ҚР Мәдениет және ақпарат министрлігі', nameEn: 'Ministry of Culture and Information of the RK', kind: AgencyKind.STATE_BODY },
  { key: 'edu', name: 'Министерство просвещения РК', nameKk: 'ҚР Оқу-ағарту министрлігі', nameEn: 'Ministry of Education of the RK', kind: AgencyKind.STATE_BODY },
  { key: 'mvd', name: 'Министерство внутренних дел РК', nameKk: 'ҚР Ішкі істер министрлігі', nameEn: 'Ministry of Internal Affairs of the RK', kind: AgencyKind.STATE_BODY },
  { key: 'digital', name: 'Министерство цифрового развития, инноваций и аэрокосмической промышленности РК', nameKk: 'ҚР Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі', nameEn: 'Ministry of Digital Development, Innovation and Aerospace Industry of the RK', kind: AgencyKind.STATE_BODY },
  { key: 'ngo1', name: 'ОФ «Безопасный интернет для детей» (демо)', nameKk: '«Балаларға арналған қауіпсіз интернет» ҚҚ (демо)', nameEn: 'Safe Internet for Children Foundation (demo)', kind: AgencyKind.NGO },
  { key: 'ngo2', name: 'ОО «Союз родителей Казахстана» (демо)', nameKk: '«Қазақстан ата-аналар одағы» ҚБ (демо)', nameEn: 'Union of Parents of Kazakhstan (demo)', kind: AgencyKind.NGO },
] as const;

const ACCOUNTS: { email: string; name: string; role: Role; agency: (typeof AGENCIES)[number]['key'] }[] = [
  { email: 'chair@demo.kz', name: 'Әсел Нұрланқызы', role: Role.CHAIR, agency: 'mci' },
  { email: 'deputy@demo.kz', name: 'Дмитрий Соколов', role: Role.DEPUTY_CHAIR, agency: 'edu' },
  { email: 'secretary@demo.kz', name: 'Жанар Омарова', role: Role.SECRETARY, agency: 'mci' },
  { email: 'member1@demo.kz', name: 'Ерлан Қасымов', role: Role.MEMBER, agency: 'mvd' },
  { email: 'member2@demo.kz', name: 'Мария Иванова', role: Role.MEMBER, agency: 'edu' },
  { email: 'member3@demo.kz', name: 'Талғат Бекмұхамбетов', role: Role.MEMBER, agency: 'digital' },
  { email: 'member4@demo.kz', name: 'Гүлмира Әлиева', role: Role.MEMBER, agency: 'ngo1' },
  { email: 'member5@demo.kz', name: 'Анна Ким', role: Role.MEMBER, agency: 'ngo2' },
  { email: 'advisor@demo.kz', name: 'Сәуле Жақыпова (психолог)', role: Role.ADVISOR, agency: 'ngo1' },
  { email: 'analyst@demo.kz', name: 'Арман Тұрсынов', role: Role.ANALYST, agency: 'mci' },
  { email: 'admin@demo.kz', name: 'Администратор системы', role: Role.ADMIN, agency: 'mci' },
];

/** The path from REGISTERED to `target` through the lifecycle table (shortest, via the main line). */
function pathTo(target: CaseStatus): CaseStatus[] {
  const queue: CaseStatus[][] = [['REGISTERED']];
  while (queue.length) {
    const path = queue.shift()!;
    const last = path[path.length - 1];
    if (last === target) return path.slice(1);
    for (const next of TRANSITIONS[last]) if (!path.includes(next)) queue.push([...path, next]);
  }
  return [];
}

export async function seedDemoPanel(em: EntityManager): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const members = await write(em, async (tx) => {
    const agencies = new Map(AGENCIES.map((a) => [a.key, tx.create(Agency, { name: a.name, nameKk: a.nameKk, nameEn: a.nameEn, kind: a.kind })]));
    // The demo panel is seeded ready to use, with the one password the README names (DESIGN.md §7):
    // this is the embedded demo, never production, and not an admin choosing anyone's password.
    return ACCOUNTS.map((a) => tx.create(Member, { email: a.email, name: a.name, role: a.role, passwordHash, agency: agencies.get(a.agency)!, ...statusFields(AccountStatus.ACTIVE) }));
  });
  const viewer = (email: string): Viewer => {
    const m = members.find((x) => x.email === email)!;
    return { id: m.id, name: m.name, role: m.role, agencyId: m.agency.id };
  };
  const viewers: Viewers = {
    chair: viewer('chair@demo.kz'), deputy: viewer('deputy@demo.kz'), secretary: viewer('secretary@demo.kz'),
    member1: viewer('member1@demo.kz'), member2: viewer('member2@demo.kz'), member3: viewer('member3@demo.kz'), member4: viewer('member4@demo.kz'),
  };
  const secretary = viewers.secretary;
  await seedDemoAddressing(em);
  const intake = new IntakeService(em, secretary);
  const now = Date.now();
  for (const [i, c] of DEMO_CASES.entries()) {
    // Early statuses are recent (some overdue); later ones were received weeks ago.
    const receivedAt = new Date(now - (i < 9 ? i * 0.6 : 6 + i) * 86_400_000);
    const firstEpisode = new Date(receivedAt.getTime() - 5 * 86_400_000);
    const variant = DEMO_INTAKE[i] ?? {};
    const kase = await intake.register({
      applicationKind: variant.paperNumber ? ApplicationKind.PAPER : ApplicationKind.EOTINISH,
      applicationNumber: variant.paperNumber ?? `ЖТ-${2026}-${String(10_000 + i * 37)}`.replace('ЖТ', 'ZT'),
      checklistOverrideReason: variant.singleEpisodeReason ?? null,
      receivedAt,
      applicant: { name: c.applicant, relation: i % 5 === 4 ? ApplicantRelation.GUARDIAN : ApplicantRelation.PARENT, contact: `+7 701 555 ${String(1000 + i).slice(-4)}`, language: c.lang as never },
      child: { name: c.child, birthDate: addCalendarDays(localDate(firstEpisode), -(c.age * 365 + 100)), region: c.region, school: `№ ${20 + i}` },
      description: c.description,
      episodes: demoEpisodes(c, variant, firstEpisode),
      resources: [{ url: c.urls[0].replace(/\/[^/]*$/, '/'), description: null }],
    });
    await screen(em, kase.id, c.status, secretary.id);
    // Every ending offers the answer to the applicant; the first returned case has it recorded as sent, on time.
    if (i === DEMO_CASES.findIndex((d) => d.status === 'RETURNED')) await new CaseService(em, secretary).recordAnswerSent(kase.id, new Date(receivedAt.getTime() + 26 * 3_600_000), NoticeChannel.E_OTINISH);
    // Of the VK cases that reach a prescription, the prescribed one keeps its fake profile (an account root) in it; the complied one leaves it out by default.
    if (i === ROOT_INCLUDED) await choosePrescriptionUrl(em, secretary, kase.id, c.urls[0]!, true);
    if (DELIBERATED.includes(c.status)) await deliberate(em, kase.id, c.status, viewers);
  }
}

const ROOT_INCLUDED = DEMO_CASES.findIndex((d) => d.kind === ContentKind.PROFILE && d.status === 'PRESCRIBED');

/**
 * The demo's prescription officials and one addressee with a Kazakhstan BIN and address: fictitious
 * (names and a BIN with a valid check digit), so the demo PDFs show every line (issue 16).
 */
async function seedDemoAddressing(em: EntityManager): Promise<void> {
  await em.nativeUpdate(PanelSettings, { id: 1 }, {
    signatoryNameKk: 'Е. С. Мұхамеджанов', signatoryNameRu: 'Е. С. Мухамеджанов',
    signatoryPositionKk: 'Ақпарат комитеті төрағасының орынбасары', signatoryPositionRu: 'Заместитель председателя Комитета информации',
    executorNameKk: 'Д. Е. Нұрланқызы', executorNameRu: 'Д. Е. Нурланкызы', executorPositionKk: 'бас сарапшы', executorPositionRu: 'главный эксперт',
    executorPhone: '+7 7172 00 00 00', executorEmail: 'cyberbullying@demo.kz',
  });
  await em.nativeUpdate(Platform, { code: 'tiktok' }, {
    legalNameKk: '«Демо Өкілдік» ЖШС', legalNameRu: 'ТОО «Демо Представительство»', bin: '051140000718', registration: null,
    addressKk: 'Астана қ., Мәңгілік Ел даңғылы, 55/20', addressRu: 'г. Астана, проспект Мангилик Ел, 55/20',
  });
}

/** A demo case's episodes two days apart: at its URLs, the second by SMS or left out as its variant says. */
function demoEpisodes(c: DemoCase, variant: DemoIntakeVariant, first: Date) {
  const at = (j: number) => new Date(first.getTime() + j * 2 * 86_400_000);
  const urls = variant.singleEpisodeReason ? c.urls.slice(0, 1) : c.urls;
  return urls.map((url, j) => (j === 1 && variant.smsEvidence
    ? { occurredAt: at(j), channel: EpisodeChannel.SMS, url: null, evidenceDescription: variant.smsEvidence, contentKind: ContentKind.MESSAGE, excerpt: c.excerpt }
    // A fake profile's case: the profile itself (an account root), then a post on its wall (content).
    : { occurredAt: at(j), channel: EpisodeChannel.URL, url, contentKind: j > 0 && c.kind === ContentKind.PROFILE ? ContentKind.TEXT : c.kind, excerpt: c.excerpt }));
}

const DELIBERATED: readonly CaseStatus[] = ['VOTING', 'DECIDED', 'PRESCRIBED', 'COMPLIED', 'ESCALATED', 'CLOSED'];
const SCREENING_REASON: Partial<Record<CaseStatus, string>> = {
  RETURNED: 'Не приложены ссылки на публикации / Жарияланымдарға сілтемелер қоса берілмеген',
  OUT_OF_SCOPE: 'Повторное обращение по тому же факту / Сол дерек бойынша қайталама өтініш',
};

const DECISION_REASONING: Record<'confirmed' | 'notConfirmed', [kk: string, ru: string]> = {
  confirmed: ['Балаға қорлайтын жарияланымдар әлеуметтік желілерде екі және одан да көп рет жасалды; анықтаманың барлық белгілері расталды.', 'Оскорбительные публикации в адрес ребенка размещались в социальных сетях два и более раза; все признаки определения подтверждены.'],
  notConfirmed: ['Өтініште көрсетілген әрекеттердің жүйелілігі анықталмады.', 'Систематичность указанных в обращении действий не установлена.'],
};

/** Takes a demo case through screening (as the secretary would) up to its status or to IN_REVIEW. */
async function screen(em: EntityManager, caseId: string, target: CaseStatus, secretaryId: string) {
  const path = pathTo(DELIBERATED.includes(target) ? 'IN_REVIEW' : target);
  await write(em, async (tx) => {
    const row = await tx.findOneOrFail(Case, { id: caseId });
    for (const to of path) {
      const from = row.status;
      row.status = to;
      const reason = SCREENING_REASON[to];
      if (reason) row.screeningReason = reason;
      // Left early a day after receipt (within the review term): the answer's earliest sending time.
      if (to === 'RETURNED' || to === 'OUT_OF_SCOPE') row.endedAt = new Date(row.receivedAt.getTime() + 86_400_000);
      emit(tx, { caseId: row.id, kind: 'case.status_changed', actorId: secretaryId, payload: { from, to, ...(reason ? { reason } : {}) } });
    }
  });
}

type Viewers = Record<'chair' | 'deputy' | 'member1' | 'member2' | 'member3' | 'member4' | 'secretary', Viewer>;

/** Votes, decides and follows up a demo case through the real services, so its records are whole. */
async function deliberate(em: EntityManager, caseId: string, target: CaseStatus, v: Viewers) {
  const round = await new VotingService(em, v.chair, recordDecision).open(caseId);
  const confirmed = target !== 'DECIDED' && target !== 'CLOSED';
  const choice = confirmed ? VoteChoice.CONFIRMED : VoteChoice.NOT_CONFIRMED;
  const findings = Object.values(Criterion).map((criterion) => ({ criterion, value: confirmed ? FindingValue.MET : FindingValue.UNCLEAR, note: null }));
  const voters = target === 'VOTING' ? [v.member1, v.member4] : [v.chair, v.deputy, v.member1, v.member2, v.member4];
  for (const voter of voters) {
    await new VotingService(em, voter, recordDecision).cast(round.id, choice, findings, confirmed ? 'Два эпизода и более через соцсети / Әлеуметтік желілер арқылы екі және одан да көп эпизод' : 'Признаки систематичности не установлены / Жүйелілік белгілері анықталмады');
  }
  if (target === 'VOTING') return;
  await new VotingService(em, v.chair, recordDecision).closeByChair(round.id);
  // The decision's own reasoning, as the secretary drafts it: the answer carries it, and signing requires it.
  const decided = await em.findOneOrFail(Decision, { case: caseId });
  await setDecisionReasoning(em, v.secretary, decided.id, ...DECISION_REASONING[confirmed ? 'confirmed' : 'notConfirmed']);
  if (target === 'CLOSED') {
    await write(em, async (tx) => {
      const row = await tx.findOneOrFail(Case, { id: caseId });
      row.status = 'CLOSED';
      emit(tx, { caseId, kind: 'case.status_changed', actorId: v.secretary.id, payload: { from: 'DECIDED', to: 'CLOSED' } });
    });
    return;
  }
  if (!['COMPLIED', 'ESCALATED'].includes(target)) return;
  // Delivery waits for both signatures: signed an hour before the (backdated) delivery, so an escalation's deadline has passed.
  const deliveredAt = new Date(Date.now() - 30 * 3_600_000);
  const signedAt = new Date(deliveredAt.getTime() - 3_600_000);
  const signingClock = { now: () => new Date(signedAt), nowMs: () => signedAt.getTime() };
  await signDecision(em, v.chair, decided.id, signingClock);
  await signDecision(em, v.secretary, decided.id, signingClock);
  const prescriptions = await em.find(Prescription, { case: caseId });
  const follow = new PrescriptionService(em, v.secretary, new HttpUrlChecker({ timeoutMs: 1_000, allowPrivate: false }));
  for (const p of prescriptions) {
    await follow.deliver(p.id, deliveredAt);
    await follow.recordCompliance(p.id, target === 'COMPLIED' ? PrescriptionStatus.COMPLIED : PrescriptionStatus.NOT_COMPLIED, null);
  }
  if (target === 'ESCALATED') await new PrescriptionService(em, v.chair, new HttpUrlChecker({ timeoutMs: 1_000, allowPrivate: false })).escalate(prescriptions[0].id);
}

