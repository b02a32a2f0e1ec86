import { badInput, msg } from '../../shared/domain-error.js';
import { isUuid } from '../../shared/ids.js';
import { CASE_STATUSES, isFinished, type CaseStatus } from './lifecycle.js';

// The queue's rules as plain data (issue 17): which statuses a state holds, which views a role has,
// what a sort orders by and what a cursor of it must look like. case-queue.reader.ts turns them into SQL.

export const CASE_STATES = ['ACTIVE', 'FINISHED', 'ALL'] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const QUEUE_VIEWS = ['ALL', 'WAITING_FOR_MY_VOTE', 'MENTIONS_ME', 'MY_CASES'] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

export const SORT_FIELDS = ['DUE_AT', 'NUMBER', 'STATUS', 'RECEIVED_AT', 'REGION'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortDirection = 'ASC' | 'DESC';
export interface QueueSort {
  field: SortField;
  direction: SortDirection;
}
/** Today's work: cases whose clock runs first, nearest deadline first (see DUE_AT in SORT_KEY_KIND). */
export const DEFAULT_SORT: QueueSort = { field: 'DUE_AT', direction: 'ASC' };

/** Whether a case in `status` belongs to `state`. */
export const inState = (state: CaseState, status: CaseStatus): boolean =>
  state === 'ALL' || (state === 'FINISHED') === isFinished(status);

/**
 * The statuses the queue selects (null: every status). Without a state the queue shows active cases,
 * unless statuses are named: then exactly those. A named status outside the chosen state is a
 * contradiction the client made, refused rather than answered with an empty page.
 */
export function selectedStatuses(state: CaseState | null | undefined, statuses: readonly CaseStatus[] | null | undefined): CaseStatus[] | null {
  const named = statuses?.length ? CASE_STATUSES.filter((s) => statuses.includes(s)) : null;
  const effective = state ?? (named ? 'ALL' : 'ACTIVE');
  if (named) {
    const outside = named.filter((s) => !inState(effective, s));
    if (outside.length > 0) {
      const list = outside.join(', ');
      throw badInput(msg(
        `The statuses ${list} are not in the ${effective} state; choose the state ALL or leave them out.`,
        `Статусы ${list} не входят в состояние ${effective}; выберите состояние ALL или уберите их.`,
        `${list} мәртебелері ${effective} күйіне кірмейді; ALL күйін таңдаңыз немесе оларды алып тастаңыз.`,
      ), { state: effective, statuses: outside });
    }
    return named;
  }
  return effective === 'ALL' ? null : CASE_STATUSES.filter((s) => inState(effective, s));
}

/** The facts of one case and one viewer that decide whether the case waits for the viewer's vote. */
export interface VoteWait {
  votingRole: boolean;
  openRound: boolean;
  eligible: boolean;
  recused: boolean;
  voted: boolean;
}

/** "Waiting for my vote": an open round in which the viewer votes (eligible, not recused) and has not voted yet. */
export const waitsForVote = (w: VoteWait): boolean => w.votingRole && w.openRound && w.eligible && !w.recused && !w.voted;

/** The facts that put a case among the viewer's own (none count where the viewer recused: recusal takes them out of it). */
export interface Involvement {
  recused: boolean;
  registeredByViewer: boolean;
  /** The viewer is the case's rapporteur. */
  rapporteur: boolean;
  commented: boolean;
  unreadMention: boolean;
}

/** "My cases": the viewer is its rapporteur, registered it (the secretary's own file) or wrote in its room. */
export const isMine = (i: Involvement): boolean => !i.recused && (i.rapporteur || i.registeredByViewer || i.commented);
/** "Mentions me": a mention of the viewer in the room that the viewer has not read yet. */
export const mentionsViewer = (i: Involvement): boolean => !i.recused && i.unreadMention;

/**
 * The kind of value a sort orders by, which is also what its cursor carries. DUE_AT orders first by
 * whether the case's clock runs (0) or stopped (1: decided, prescribed, complied… keep the deadline
 * they were decided by, long past), in both directions, then by the deadline: the cases that can
 * still miss their time come first. Its key is "<0|1>:<time>".
 */
export type SortKeyKind = 'time' | 'rankedTime' | 'text' | 'position';
export const SORT_KEY_KIND: Record<SortField, SortKeyKind> = {
  DUE_AT: 'rankedTime',
  RECEIVED_AT: 'time',
  NUMBER: 'text',
  REGION: 'text',
  STATUS: 'position',
};

// A time as the reader writes it (UTC with microseconds, as PostgreSQL keeps it).
const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const validTime = (key: string): boolean => CURSOR_TIME.test(key) && !Number.isNaN(Date.parse(key));
/** A DUE_AT key's parts: whether the clock stopped (0 runs, 1 stopped) and the deadline. */
export const rankedTimeParts = (key: string): { rank: 0 | 1; time: string } | null =>
  /^[01]:/.test(key) && validTime(key.slice(2)) ? { rank: key[0] === '1' ? 1 : 0, time: key.slice(2) } : null;
const validKey = (kind: SortKeyKind, key: string): boolean => {
  if (kind === 'time') return validTime(key);
  if (kind === 'rankedTime') return rankedTimeParts(key) !== null;
  if (kind === 'position') return /^\d{1,2}$/.test(key) && Number(key) >= 1 && Number(key) <= CASE_STATUSES.length;
  return key.length <= 200;
};

/** A cursor's parts: the sort it belongs to, the key of the last row and its id. */
export const cursorParts = (sort: QueueSort, key: string, id: string): string[] => [sort.field, sort.direction, key, id];

/**
 * Whether decoded cursor parts fit this sort: a cursor from another sort (or forged) would skip or
 * repeat rows, so it is refused, and its key goes into SQL only once its shape is checked.
 */
export const cursorFits = (sort: QueueSort, parts: readonly string[]): boolean =>
  parts.length === 4 && parts[0] === sort.field && parts[1] === sort.direction && validKey(SORT_KEY_KIND[sort.field], parts[2]) && isUuid(parts[3]);
