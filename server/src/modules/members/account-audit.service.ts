import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden, msg, notFound } from '../../shared/domain-error.js';
import { isUuid } from '../../shared/ids.js';
import { checkPageSize, decodeCursor, encodeCursor } from '../../shared/pagination.js';
import type { Viewer } from '../../shared/viewer.js';
import { ACCOUNT_EVENT_KINDS, type AccountEventKind } from './account-audit.log.js';
import type { AccountAuditConnection, AccountAuditEntry } from './account-audit.types.js';
import { AccountStatus } from './account.lifecycle.js';
import { Agency } from './agency.entity.js';
import { mayReadAccountAudit } from './account.policy.js';
import { Role } from '../../shared/role.js';

const SEQ = /^\d{1,18}$/;
// The kinds are constants of this code (lower-case words and dots): written into the SQL as they are.
const KINDS_SQL = ACCOUNT_EVENT_KINDS.map((k) => `'${k.replace(/[^a-z._]/g, '')}'`).join(', ');

interface Row {
  seq: string;
  kind: AccountEventKind;
  actor_id: string | null;
  payload: Record<string, unknown>;
  at: Date;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);
const oneOf = <T extends string>(values: Record<string, T>, v: unknown): T | null => (Object.values(values) as unknown[]).includes(v) ? (v as T) : null;

/** The account audit: every change of an account or an agency, for the chair and the deputy. */
export class AccountAuditService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer) {}

  /** A page of account changes, newest first; only those of one account when `memberId` is given. */
  async page(first: number, after: string | null, memberId: string | null): Promise<AccountAuditConnection> {
    if (!mayReadAccountAudit(this.viewer)) {
      throw forbidden(msg('Only the chair and the deputy chair may read the account audit.', 'Журнал учётных записей доступен только председателю и заместителю председателя.', 'Тіркелгілер журналын тек төраға мен төрағаның орынбасары көре алады.'));
    }
    checkPageSize(first);
    const [before] = after == null ? [null] : decodeCursor(after, 1, ([s]) => SEQ.test(s));
    if (memberId != null && !isUuid(memberId)) throw notFound('member');
    const rows = await this.em.execute<Row[]>(
      `select seq::text as seq, kind, actor_id, payload, at from case_event
        where case_id is null and kind in (${KINDS_SQL})
          and (?::bigint is null or seq < ?::bigint) and (?::text is null or payload->>'memberId' = ?::text)
        order by seq desc limit ?`,
      [before, before, memberId, memberId, first + 1],
    );
    const page = rows.slice(0, first);
    const agencies = await this.agencies(page);
    return {
      edges: page.map((r) => ({ cursor: encodeCursor([r.seq]), node: entryOf(r, agencies) })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor([page[page.length - 1].seq]) : null },
    };
  }

  /** The agencies a page names, in one query. */
  private async agencies(rows: Row[]): Promise<Map<string, Agency>> {
    const ids = [...new Set(rows.flatMap((r) => [r.payload.agencyId, r.payload.previousAgencyId]).filter((v): v is string => typeof v === 'string' && isUuid(v)))];
    if (ids.length === 0) return new Map();
    return new Map((await this.em.find(Agency, { id: { $in: ids } })).map((a) => [a.id, a]));
  }
}

function entryOf(r: Row, agencies: Map<string, Agency>): AccountAuditEntry {
  const p = r.payload ?? {};
  const agency = (v: unknown) => (typeof v === 'string' ? agencies.get(v) ?? null : null);
  const expires = text(p.expiresAt);
  return {
    seq: r.seq,
    at: new Date(r.at),
    kind: r.kind,
    fromStatus: oneOf(AccountStatus, p.from),
    // Events written before statuses existed (member.created, member.deactivated) say only what happened.
    toStatus: oneOf(AccountStatus, p.to) ?? (r.kind === 'member.deactivated' ? AccountStatus.DEACTIVATED : null),
    role: oneOf(Role, p.role),
    previousRole: oneOf(Role, p.previousRole),
    agency: agency(p.agencyId),
    previousAgency: agency(p.previousAgencyId),
    reason: text(p.reason),
    expiresAt: expires ? new Date(expires) : null,
    actorId: r.actor_id,
    memberId: text(p.memberId),
  };
}
