import type { EntityManager } from '@mikro-orm/postgresql';
import { appendEvent } from '../../shared/events/event-log.js';
import { addCalendarDays, localDate } from '../../shared/working-days/calendar.js';
import { ApplicantRelation } from '../../modules/cases/case.enums.js';
import { Case } from '../../modules/cases/case.entity.js';
import { TRANSITIONS, type CaseStatus } from '../../modules/cases/lifecycle.js';
import { IntakeService } from '../../modules/intake/intake.service.js';
import { Agency } from '../../modules/members/agency.entity.js';
import { hashPassword } from '../../modules/members/auth.service.js';
import { Member } from '../../modules/members/member.entity.js';
import { AgencyKind, Role } from '../../modules/members/role.js';
import { DEMO_CASES } from './demo-cases.js';

export const DEMO_PASSWORD = 'panel-demo';

const AGENCIES = [
  { key: 'mci', name: 'Министерство культуры и информации РК', kind: AgencyKind.STATE_BODY },
  { key: 'edu', name: 'Министерство просвещения РК', kind: AgencyKind.STATE_BODY },
  { key: 'mvd', name: 'Министерство внутренних дел РК', kind: AgencyKind.STATE_BODY },
  { key: 'digital', name: 'Министерство цифрового развития, инноваций и аэрокосмической промышленности РК', kind: AgencyKind.STATE_BODY },
  { key: 'ngo1', name: 'ОФ «Безопасный интернет для детей» (демо)', kind: AgencyKind.NGO },
  { key: 'ngo2', name: 'ОО «Союз родителей Казахстана» (демо)', kind: AgencyKind.NGO },
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
  const members = await em.transactional(async (tx) => {
    const agencies = new Map(AGENCIES.map((a) => [a.key, tx.create(Agency, { name: a.name, kind: a.kind })]));
    return ACCOUNTS.map((a) => tx.create(Member, { email: a.email, name: a.name, role: a.role, passwordHash, agency: agencies.get(a.agency)!, active: true }));
  });
  const secretary = members.find((m) => m.role === Role.SECRETARY)!;
  const chair = members.find((m) => m.role === Role.CHAIR)!;
  const intake = new IntakeService(em, { id: secretary.id, name: secretary.name, role: secretary.role, agencyId: secretary.agency.id });
  const now = Date.now();
  for (const [i, c] of DEMO_CASES.entries()) {
    // Early statuses are recent (some overdue); later ones were received weeks ago.
    const receivedAt = new Date(now - (i < 9 ? i * 0.6 : 6 + i) * 86_400_000);
    const firstEpisode = new Date(receivedAt.getTime() - 5 * 86_400_000);
    const kase = await intake.register({
      eotinishNumber: `ЖТ-${2026}-${String(10_000 + i * 37)}`.replace('ЖТ', 'ZT'),
      receivedAt,
      applicant: { name: c.applicant, relation: i % 5 === 4 ? ApplicantRelation.GUARDIAN : ApplicantRelation.PARENT, contact: `+7 701 555 ${String(1000 + i).slice(-4)}`, language: c.lang as never },
      child: { name: c.child, birthDate: addCalendarDays(localDate(firstEpisode), -(c.age * 365 + 100)), region: c.region, school: `№ ${20 + i}` },
      description: c.description,
      episodes: c.urls.map((url, j) => ({ occurredAt: new Date(firstEpisode.getTime() + j * 2 * 86_400_000), url, contentKind: c.kind, excerpt: c.excerpt })),
      resources: [{ url: c.urls[0].replace(/\/[^/]*$/, '/'), description: null }],
    });
    await em.transactional(async (tx) => {
      const row = await tx.findOneOrFail(Case, { id: kase.id });
      for (const to of pathTo(c.status)) {
        const from = row.status;
        row.status = to;
        const reason = to === 'RETURNED' ? 'Не приложены ссылки на публикации / Жарияланымдарға сілтемелер қоса берілмеген' : to === 'OUT_OF_SCOPE' ? 'Повторное обращение по тому же факту / Сол дерек бойынша қайталама өтініш' : undefined;
        if (reason) row.screeningReason = reason;
        if (to === 'DECIDED') row.decidedAt = new Date(row.receivedAt.getTime() + 2 * 86_400_000);
        const actor = ['SCREENING', 'IN_REVIEW', 'RETURNED', 'OUT_OF_SCOPE'].includes(to) ? secretary.id : chair.id;
        await appendEvent(tx, { caseId: row.id, kind: 'case.status_changed', actorId: actor, payload: { from, to, ...(reason ? { reason } : {}), demo: true } });
      }
    });
  }
}
