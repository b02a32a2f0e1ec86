import type { EntityManager } from '@mikro-orm/postgresql';
import { systemClock, type Clock } from '../../shared/clock.js';
import { badInput, msg } from '../../shared/domain-error.js';
import { checkPageSize, decodeCursor, encodeCursor } from '../../shared/pagination.js';
import type { Viewer } from '../../shared/viewer.js';
import { VOTERS, type Role } from '../../shared/role.js';
import { Case } from './case.entity.js';
import { mayReadCase, noCaseAccess } from './case.policy.js';
import type { CaseConnection } from './case.types.js';
import { countQueue, countQueueChoices, readQueuePage, type QueueCounts, type QueueQuery } from './case-queue.reader.js';
import { cursorFits, cursorParts, DEFAULT_SORT, inState, selectedStatuses, type CaseState, type QueueSort, type QueueView } from './case-queue.rules.js';
import type { CaseStatus } from './lifecycle.js';

export interface QueueFilterArgs {
  state?: CaseState | null;
  view?: QueueView | null;
  status?: CaseStatus[] | null;
  overdue?: boolean | null;
  search?: string | null;
}

export const SEARCH_MAX = 200;
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The queue of cases (issue 17): filtered by state, view, status, deadline and text; sorted by a whitelisted column; counted per choice. */
export class CaseQueueService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer, private readonly clock: Clock = systemClock) {}

  /** A page of the queue in the sort's order (id as tiebreak), with the count of everything the filter selects. */
  async list(first: number, after: string | null | undefined, filter: QueueFilterArgs = {}, sort: QueueSort = DEFAULT_SORT): Promise<CaseConnection> {
    if (!mayReadCase(this.viewer)) throw noCaseAccess();
    const size = checkPageSize(first);
    const q = this.query(filter, selectedStatuses(filter.state, filter.status));
    const past = after ? decodeCursor(after, 4, (parts) => cursorFits(sort, parts)) : null;
    const [total, rows] = await Promise.all([
      countQueue(this.em, q),
      readQueuePage(this.em, q, sort, past ? { key: past[2], id: past[3] } : null, size + 1),
    ]);
    const page = rows.slice(0, size);
    const cases = new Map((await this.em.find(Case, { id: { $in: page.map((r) => r.id) } })).map((c) => [c.id, c]));
    const edges = page.flatMap((r) => {
      const node = cases.get(r.id);
      return node ? [{ node, region: r.region, cursor: encodeCursor(cursorParts(sort, r.key, r.id)) }] : [];
    });
    return { edges, totalCount: total, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** How many cases each state, view and the overdue filter would show, the rest of the filter as given. */
  async counts(filter: QueueFilterArgs = {}): Promise<QueueCounts> {
    if (!mayReadCase(this.viewer)) throw noCaseAccess();
    const statuses = selectedStatuses(filter.state, filter.status);
    const named = filter.status?.length ? statuses : null;
    const state: CaseState = filter.state ?? (named ? 'ALL' : 'ACTIVE');
    // The named statuses within each state (none of them may be in it).
    const statusesOf = (s: CaseState) => (named ? named.filter((st) => inState(s, st)) : selectedStatuses(s, null));
    return countQueueChoices(this.em, this.query(filter, statuses), state, statusesOf);
  }

  private query(filter: QueueFilterArgs, statuses: CaseStatus[] | null): QueueQuery {
    const search = filter.search?.trim() ?? '';
    if (search.length > SEARCH_MAX) {
      throw badInput(msg(`Search text must be at most ${SEARCH_MAX} characters.`, `Текст поиска — не более ${SEARCH_MAX} символов.`, `Іздеу мәтіні ${SEARCH_MAX} таңбадан аспауы керек.`), { max: SEARCH_MAX });
    }
    return {
      viewerId: this.viewer.id,
      votingRole: (VOTERS as readonly Role[]).includes(this.viewer.role),
      now: this.clock.now(),
      statuses,
      overdue: filter.overdue ?? null,
      like: search ? `%${escapeLike(search)}%` : null,
      view: filter.view ?? 'ALL',
    };
  }
}
