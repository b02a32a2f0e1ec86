import { CASE_STATUSES, type CaseStatus } from '../../shared/api/enums';
import type { CaseFilter, CaseSort, CaseSortField, CaseState, QueueView, SortDirection } from '../../gql/graphql';

// The queue's choices live in the address (issue 17): a reload, the back button and a shared link
// all give the same queue. Reading is forgiving: an unknown or contradictory value is dropped, so a
// hand-edited link still opens a queue instead of an error.

export const STATES = ['ACTIVE', 'FINISHED', 'ALL'] as const satisfies readonly CaseState[];
export const VIEWS = ['ALL', 'WAITING_FOR_MY_VOTE', 'MENTIONS_ME', 'MY_CASES'] as const satisfies readonly QueueView[];
export const SORT_FIELDS = ['NUMBER', 'STATUS', 'RECEIVED_AT', 'DUE_AT', 'REGION'] as const satisfies readonly CaseSortField[];

/** Finished cases (lifecycle.isFinished on the server): closed, out of scope, returned to the applicant. */
const FINISHED: readonly CaseStatus[] = ['CLOSED', 'OUT_OF_SCOPE', 'RETURNED'];
export const statusesOfState = (state: CaseState): CaseStatus[] =>
  CASE_STATUSES.filter((s) => state === 'ALL' || (state === 'FINISHED') === FINISHED.includes(s));

export interface QueueParams {
  state: CaseState;
  view: QueueView;
  statuses: CaseStatus[];
  overdueOnly: boolean;
  search: string;
  sort: { field: CaseSortField; direction: SortDirection };
}

export const DEFAULT_PARAMS: QueueParams = {
  state: 'ACTIVE',
  view: 'ALL',
  statuses: [],
  overdueOnly: false,
  search: '',
  sort: { field: 'DUE_AT', direction: 'ASC' },
};

const pick = <T extends string>(values: readonly T[], raw: string | null, fallback: T): T =>
  (values as readonly string[]).includes(raw?.toUpperCase() ?? '') ? (raw!.toUpperCase() as T) : fallback;

/** The queue's choices from the address's query string. */
export function readParams(search: URLSearchParams): QueueParams {
  const state = pick(STATES, search.get('state'), DEFAULT_PARAMS.state);
  const allowed = statusesOfState(state);
  const named = (search.get('status') ?? '').split(',').map((s) => s.trim().toUpperCase());
  const [field, direction] = (search.get('sort') ?? '').split(':');
  return {
    state,
    view: pick(VIEWS, search.get('view'), DEFAULT_PARAMS.view),
    statuses: allowed.filter((s) => named.includes(s)),
    overdueOnly: search.get('overdue') === '1',
    search: (search.get('q') ?? '').slice(0, 200),
    sort: {
      field: pick(SORT_FIELDS, field ?? null, DEFAULT_PARAMS.sort.field),
      direction: pick(['ASC', 'DESC'] as const, direction ?? null, DEFAULT_PARAMS.sort.direction),
    },
  };
}

/** The query string for the choices; the defaults are left out, so the plain queue has a plain address. */
export function writeParams(p: QueueParams): URLSearchParams {
  const out = new URLSearchParams();
  if (p.state !== DEFAULT_PARAMS.state) out.set('state', p.state.toLowerCase());
  if (p.view !== DEFAULT_PARAMS.view) out.set('view', p.view.toLowerCase());
  if (p.statuses.length > 0) out.set('status', p.statuses.join(','));
  if (p.overdueOnly) out.set('overdue', '1');
  if (p.search.trim()) out.set('q', p.search);
  if (p.sort.field !== DEFAULT_PARAMS.sort.field || p.sort.direction !== DEFAULT_PARAMS.sort.direction) {
    out.set('sort', `${p.sort.field.toLowerCase()}:${p.sort.direction.toLowerCase()}`);
  }
  return out;
}

/** The filter the server is asked for (the state is always sent: named statuses then stay within it). */
export function toFilter(p: QueueParams, search: string): CaseFilter {
  const filter: CaseFilter = { state: p.state };
  if (p.view !== 'ALL') filter.view = p.view;
  if (p.statuses.length > 0) filter.status = p.statuses;
  if (p.overdueOnly) filter.overdue = true;
  if (search.trim()) filter.search = search.trim();
  return filter;
}

export const toSort = (p: QueueParams): CaseSort => ({ field: p.sort.field, direction: p.sort.direction });

/** A header click: the same column turns around; another column starts ascending (the due time: nearest first). */
export function nextSort(current: QueueParams['sort'], field: CaseSortField): QueueParams['sort'] {
  if (current.field === field) return { field, direction: current.direction === 'ASC' ? 'DESC' : 'ASC' };
  return { field, direction: 'ASC' };
}

/** Changing the state drops the named statuses that are not in it. */
export const withState = (p: QueueParams, state: CaseState): QueueParams => ({
  ...p,
  state,
  statuses: p.statuses.filter((s) => statusesOfState(state).includes(s)),
});

export const isFiltered = (p: QueueParams) =>
  p.state !== DEFAULT_PARAMS.state || p.view !== 'ALL' || p.statuses.length > 0 || p.overdueOnly || p.search.trim() !== '';
