import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/domain-error.js';
import { cursorFits, cursorParts, inState, isMine, mentionsViewer, selectedStatuses, waitsForVote, type CaseState, type QueueSort } from './case-queue.rules.js';
import { CASE_STATUSES, type CaseStatus } from './lifecycle.js';

const ACTIVE: CaseStatus[] = ['REGISTERED', 'SCREENING', 'IN_REVIEW', 'VOTING', 'DECIDED', 'PRESCRIBED', 'COMPLIED', 'ESCALATED'];
const FINISHED: CaseStatus[] = ['CLOSED', 'RETURNED', 'OUT_OF_SCOPE'];

describe('inState', () => {
  it.each(CASE_STATUSES.map((s) => [s, ACTIVE.includes(s)] as const))('%s is active: %s', (status, active) => {
    expect(inState('ACTIVE', status)).toBe(active);
    expect(inState('FINISHED', status)).toBe(!active);
    expect(inState('ALL', status)).toBe(true);
  });
});

describe('selectedStatuses', () => {
  const TABLE: [string, CaseState | null, CaseStatus[] | null, CaseStatus[] | null][] = [
    ['no state, no statuses: the active ones', null, null, ACTIVE],
    ['ACTIVE', 'ACTIVE', null, ACTIVE],
    ['FINISHED', 'FINISHED', [], FINISHED],
    ['ALL: no condition', 'ALL', null, null],
    ['statuses without a state: exactly those, in lifecycle order', null, ['RETURNED', 'SCREENING'], ['SCREENING', 'RETURNED']],
    ['statuses within the state', 'FINISHED', ['CLOSED'], ['CLOSED']],
    ['statuses with ALL', 'ALL', ['CLOSED', 'VOTING'], ['VOTING', 'CLOSED']],
  ];
  it.each(TABLE)('%s', (_what, state, statuses, expected) => {
    expect(selectedStatuses(state, statuses)).toEqual(expected);
  });

  it.each([
    ['ACTIVE', ['CLOSED']],
    ['ACTIVE', ['VOTING', 'OUT_OF_SCOPE']],
    ['FINISHED', ['SCREENING']],
  ] as [CaseState, CaseStatus[]][])('refuses state %s with statuses %j outside it, naming them', (state, statuses) => {
    const error = (() => { try { selectedStatuses(state, statuses); } catch (e) { return e; } })() as DomainError;
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.details).toMatchObject({ state, statuses: statuses.filter((s) => !inState(state, s)) });
  });
});

describe('waitsForVote', () => {
  const base = { votingRole: true, openRound: true, eligible: true, recused: false, voted: false };
  it.each([
    ['an eligible voter who has not voted', base, true],
    ['after they voted', { ...base, voted: true }, false],
    ['a recused member', { ...base, recused: true }, false],
    ['a member not eligible in the round', { ...base, eligible: false }, false],
    ['no open round', { ...base, openRound: false }, false],
    ['a role that does not vote (secretary, advisor)', { ...base, votingRole: false }, false],
  ])('%s → %s', (_what, facts, expected) => {
    expect(waitsForVote(facts)).toBe(expected);
  });
});

describe('isMine and mentionsViewer', () => {
  const none = { recused: false, registeredByViewer: false, rapporteur: false, commented: false, unreadMention: false };
  it.each([
    ['nothing', none, false, false],
    ['registered by the viewer', { ...none, registeredByViewer: true }, true, false],
    ['the viewer is its rapporteur', { ...none, rapporteur: true }, true, false],
    ['the rapporteur, then recused', { ...none, rapporteur: true, recused: true }, false, false],
    ['the viewer commented', { ...none, commented: true }, true, false],
    ['an unread mention only', { ...none, unreadMention: true }, false, true],
    ['commented and mentioned, then recused', { ...none, commented: true, unreadMention: true, recused: true }, false, false],
  ])('%s → mine %s, mentions %s', (_what, facts, mine, mentions) => {
    expect(isMine(facts)).toBe(mine);
    expect(mentionsViewer(facts)).toBe(mentions);
  });
});

describe('cursorFits', () => {
  const id = '6f1c2b0e-3a4d-4e5f-8a9b-0c1d2e3f4a5b';
  const due: QueueSort = { field: 'DUE_AT', direction: 'ASC' };
  it.each([
    ['its own cursor (clock running)', due, cursorParts(due, '0:2026-12-09T18:59:59.999000Z', id), true],
    ['its own cursor (clock stopped)', due, cursorParts(due, '1:2026-12-09T18:59:59.999000Z', id), true],
    ['a due time without its rank', due, cursorParts(due, '2026-12-09T18:59:59.999000Z', id), false],
    ['a rank other than 0 or 1', due, cursorParts(due, '2:2026-12-09T18:59:59.999000Z', id), false],
    ['a received time is not ranked', { field: 'RECEIVED_AT', direction: 'ASC' }, cursorParts({ field: 'RECEIVED_AT', direction: 'ASC' }, '2026-12-09T18:59:59.999000Z', id), true],
    ['a cursor of the other direction', due, cursorParts({ ...due, direction: 'DESC' }, '0:2026-12-09T18:59:59.999000Z', id), false],
    ['a cursor of another column', due, cursorParts({ field: 'NUMBER', direction: 'ASC' }, 'KZ-2026-0001', id), false],
    ['a time without microseconds', due, cursorParts(due, '0:2026-12-09T18:59:59.999Z', id), false],
    ['SQL in the key', due, cursorParts(due, "1'; drop table case; --", id), false],
    ['SQL after a rank', due, cursorParts(due, "0:1'; drop table case; --", id), false],
    ['a bad id', due, cursorParts(due, '0:2026-12-09T18:59:59.999000Z', 'x'), false],
    ['a number key', { field: 'NUMBER', direction: 'DESC' }, cursorParts({ field: 'NUMBER', direction: 'DESC' }, 'KZ-2026-0042', id), true],
    ['a status position', { field: 'STATUS', direction: 'ASC' }, cursorParts({ field: 'STATUS', direction: 'ASC' }, '3', id), true],
    ['a status position out of range', { field: 'STATUS', direction: 'ASC' }, cursorParts({ field: 'STATUS', direction: 'ASC' }, '12', id), false],
    ['an empty region (recused)', { field: 'REGION', direction: 'ASC' }, cursorParts({ field: 'REGION', direction: 'ASC' }, '', id), true],
    ['too few parts', due, ['DUE_AT', 'ASC', id], false],
  ] as [string, QueueSort, string[], boolean][])('%s → %s', (_what, sort, parts, expected) => {
    expect(cursorFits(sort, parts)).toBe(expected);
  });
});
