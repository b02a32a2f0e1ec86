import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, nextSort, readParams, toFilter, withState, writeParams, type QueueParams } from './queue-params';

const read = (query: string) => readParams(new URLSearchParams(query));

describe('readParams', () => {
  it.each([
    ['an empty address: the defaults', '', DEFAULT_PARAMS],
    ['every choice', 'state=finished&view=my_cases&status=CLOSED,RETURNED&overdue=1&q=KZ-2026&sort=number:desc',
      { state: 'FINISHED', view: 'MY_CASES', statuses: ['CLOSED', 'RETURNED'], overdueOnly: true, search: 'KZ-2026', sort: { field: 'NUMBER', direction: 'DESC' } }],
    ['unknown values fall back to the defaults', 'state=deleted&view=everything&sort=child_name:up&overdue=yes',
      DEFAULT_PARAMS],
    ['statuses outside the state are dropped', 'status=CLOSED,VOTING,NOPE', { ...DEFAULT_PARAMS, statuses: ['VOTING'] }],
    ['a sort without a direction ascends', 'sort=region', { ...DEFAULT_PARAMS, sort: { field: 'REGION', direction: 'ASC' } }],
  ] as [string, string, QueueParams][])('%s', (_what, query, expected) => {
    expect(read(query)).toEqual(expected);
  });

  it('cuts a search past 200 characters', () => {
    expect(read(`q=${'я'.repeat(250)}`).search).toHaveLength(200);
  });
});

describe('writeParams', () => {
  it('leaves the defaults out of the address', () => {
    expect(writeParams(DEFAULT_PARAMS).toString()).toBe('');
  });

  it.each([
    'state=finished',
    'view=waiting_for_my_vote',
    'state=all&status=SCREENING%2CCLOSED&overdue=1&q=%D1%82%D1%80%D0%B0%D0%B2%D0%BB%D1%8F&sort=received_at%3Adesc',
  ])('reads back what it wrote: %s', (query) => {
    const params = read(query);
    expect(read(writeParams(params).toString())).toEqual(params);
    expect(writeParams(params).toString()).toBe(query);
  });
});

describe('toFilter', () => {
  it('always names the state, and only the choices made', () => {
    expect(toFilter(DEFAULT_PARAMS, '')).toEqual({ state: 'ACTIVE' });
    expect(toFilter({ ...DEFAULT_PARAMS, view: 'MENTIONS_ME', overdueOnly: true, statuses: ['VOTING'] }, '  KZ ')).toEqual({ state: 'ACTIVE', view: 'MENTIONS_ME', overdue: true, status: ['VOTING'], search: 'KZ' });
  });
});

describe('nextSort and withState', () => {
  it.each([
    [{ field: 'DUE_AT', direction: 'ASC' }, 'DUE_AT', { field: 'DUE_AT', direction: 'DESC' }],
    [{ field: 'DUE_AT', direction: 'DESC' }, 'DUE_AT', { field: 'DUE_AT', direction: 'ASC' }],
    [{ field: 'DUE_AT', direction: 'DESC' }, 'NUMBER', { field: 'NUMBER', direction: 'ASC' }],
  ] as const)('%j, click on %s → %j', (current, field, expected) => {
    expect(nextSort(current, field)).toEqual(expected);
  });

  it('drops the statuses not in the new state', () => {
    expect(withState({ ...DEFAULT_PARAMS, state: 'ALL', statuses: ['VOTING', 'CLOSED'] }, 'FINISHED').statuses).toEqual(['CLOSED']);
  });
});
