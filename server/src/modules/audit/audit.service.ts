import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, forbidden, msg, notFound } from '../../shared/domain-error.js';
import { CaseEvent } from '../../shared/events/case-event.entity.js';
import { record } from '../../shared/write.js';
import { isUuid } from '../../shared/ids.js';
import { decodeCursor, encodeCursor } from '../../shared/pagination.js';
import type { Viewer } from '../../shared/viewer.js';
import { Case } from '../cases/case.entity.js';
import { isRecused } from '../../shared/recusal.js';
import { AUDIT_VIEWED, categoryOf, mayAudit, PII_VIEWED } from './audit.policy.js';
import { AUDIT_ONLY_KINDS } from '../../shared/events/event-kinds.js';
import { AuditKind, AuditSubject, type AuditConnection, type AuditEntry, type AuditFilter, type AuditReader } from './audit.types.js';
import { summarizeEvent } from './entry-summary.js';

export const MAX_AUDIT_PAGE = 200;
const SEQ = /^\d{1,18}$/;
const SUBJECTS: Record<string, AuditSubject> = { child: AuditSubject.CHILD, applicant: AuditSubject.APPLICANT, evidence: AuditSubject.EVIDENCE };

const badCursor = () => badInput(msg('The page cursor is not valid; start again from the first page.', 'Курсор страницы недействителен; начните с первой страницы.', 'Бет курсоры жарамсыз; бірінші беттен бастаңыз.'));

function checkFirst(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_AUDIT_PAGE) {
    throw badInput(msg(`Page size must be between 1 and ${MAX_AUDIT_PAGE}.`, `Размер страницы — от 1 до ${MAX_AUDIT_PAGE}.`, `Бет өлшемі 1-ден ${MAX_AUDIT_PAGE}-ге дейін.`), { max: MAX_AUDIT_PAGE });
  }
}

/** The filter as a query on the log; checks the period and the member id. */
function whereOf(caseId: string, filter: AuditFilter, before: string | null): FilterQuery<CaseEvent> {
  const { kinds, actorId, from, to } = filter;
  if (kinds && kinds.length === 0) throw badInput(msg('Choose at least one kind, or leave the kinds out for all.', 'Выберите хотя бы один вид или не указывайте виды, чтобы получить все.', 'Кемінде бір түрін таңдаңыз немесе барлығы үшін түрлерді көрсетпеңіз.'));
  if (actorId != null && !isUuid(actorId)) throw badInput(msg('`actorId` is not a member id.', '`actorId` не является идентификатором участника.', '`actorId` қатысушының идентификаторы емес.'));
  if (from && to && from.getTime() >= to.getTime()) {
    throw badInput(msg('The period is empty: `from` must be earlier than `to`.', 'Период пуст: `from` должен быть раньше `to`.', 'Кезең бос: `from` `to`-дан ерте болуы керек.'));
  }
  const and: FilterQuery<CaseEvent>[] = [{ caseId }];
  if (before) and.push({ seq: { $lt: before } });
  if (actorId) and.push({ actorId });
  if (from) and.push({ at: { $gte: from } });
  if (to) and.push({ at: { $lt: to } });
  const wanted = new Set(kinds ?? []);
  if (wanted.size > 0 && wanted.size < 3) {
    and.push({
      $or: [...wanted].map((k) =>
        k === AuditKind.PII_READ ? { kind: PII_VIEWED } : k === AuditKind.AUDIT_READ ? { kind: AUDIT_VIEWED } : { kind: { $nin: [...AUDIT_ONLY_KINDS] } },
      ),
    });
  }
  return { $and: and };
}

function entryOf(e: CaseEvent): AuditEntry {
  const category = categoryOf(e.kind);
  const p = e.payload ?? {};
  return {
    seq: e.seq,
    at: e.at,
    kind: e.kind,
    category,
    subject: category === 'PII_READ' ? (SUBJECTS[String(p.subject)] ?? null) : null,
    summary: summarizeEvent(e.kind, p),
    requestId: typeof p.requestId === 'string' ? p.requestId : null,
    actorId: e.actorId,
  };
}

/**
 * The audit of one case for the chair and the deputy: who received its personal data and who
 * changed what, read from the append-only log. Reading it is itself logged as `audit.viewed`
 * (once per case per request), after the read and before the answer leaves.
 */
export class AuditService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly requestId: string,
    private readonly logged: Set<string>,
  ) {}

  /** A page of the case's log, newest first, filtered by category, member and period. */
  async entries(caseId: string, filter: AuditFilter, first: number, after: string | null): Promise<AuditConnection> {
    this.checkRole();
    checkFirst(first);
    let before: string | null = null;
    if (after != null) {
      [before] = decodeCursor(after, 1);
      if (!SEQ.test(before)) throw badCursor();
    }
    const kase = await this.authorize(caseId);
    const where = whereOf(kase.id, filter, before);
    const rows = await this.em.find(CaseEvent, where, { orderBy: { seq: 'desc' }, limit: first + 1 });
    const page = rows.slice(0, first);
    await this.recordView(kase.id);
    return {
      edges: page.map((e) => ({ cursor: encodeCursor([e.seq]), node: entryOf(e) })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor([page[page.length - 1].seq]) : null },
    };
  }

  /** Everyone who received the case's personal data: how many reads, of what, first and last time; the latest reader first. */
  async readers(caseId: string): Promise<AuditReader[]> {
    const kase = await this.authorize(caseId);
    const rows = await this.em.execute<{ actor_id: string; reads: number; subjects: string[]; first_at: Date; last_at: Date }[]>(
      `select actor_id, count(*)::int as reads, array_agg(distinct payload->>'subject') as subjects, min(at) as first_at, max(at) as last_at
         from case_event where case_id = ? and kind = ? and actor_id is not null
         group by actor_id order by max(seq) desc`,
      [kase.id, PII_VIEWED],
    );
    await this.recordView(kase.id);
    return rows.map((r) => ({
      actorId: r.actor_id,
      reads: r.reads,
      subjects: r.subjects.map((s) => SUBJECTS[s]).filter((s): s is AuditSubject => s !== undefined),
      firstAt: new Date(r.first_at),
      lastAt: new Date(r.last_at),
    }));
  }

  /** The role first, so that others learn nothing about which cases exist. */
  private checkRole(): void {
    if (!mayAudit(this.viewer, { recused: false })) {
      throw forbidden(msg('Only the chair and the deputy chair may read the audit of a case.', 'Журнал аудита дела доступен только председателю и заместителю председателя.', 'Істің аудит журналын тек төраға мен төрағаның орынбасары көре алады.'));
    }
  }

  private async authorize(caseId: string): Promise<Case> {
    this.checkRole();
    const kase = isUuid(caseId) ? await this.em.findOne(Case, { id: caseId }) : null;
    if (!kase) throw notFound('case');
    if (!mayAudit(this.viewer, { recused: await isRecused(this.em, kase.id, this.viewer.id) })) {
      throw forbidden(msg('You have recused from this case: its audit is read by the other chair.', 'Вы заявили самоотвод по этому делу: его журнал аудита читает другой председательствующий.', 'Сіз бұл іс бойынша өздігінен бас тарттыңыз: оның аудит журналын басқа төрағалық етуші оқиды.'));
    }
    return kase;
  }

  /** Who read who-saw-what is itself worth knowing: one `audit.viewed` per case per request, in its own transaction. */
  private async recordView(caseId: string): Promise<void> {
    if (this.logged.has(caseId)) return;
    this.logged.add(caseId);
    await record(this.em, { caseId, kind: AUDIT_VIEWED, actorId: this.viewer.id, payload: { requestId: this.requestId } });
  }
}
