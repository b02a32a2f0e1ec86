import { describe, expect, it } from 'vitest';
import { commentIdOf, eventDetail, knownEventKind, type EventDetail } from './case-events';
import type { CaseEventDetails } from './operations';

describe('eventDetail reads an event\'s typed payload', () => {
  it.each<[string, CaseEventDetails, EventDetail]>([
    ['no details (withheld)', null, {}],
    ['a status change with its reason', { __typename: 'CaseStatusChangedDetails', statusFrom: 'SCREENING', statusTo: 'RETURNED', statusReason: 'Нет ссылок', overrideReason: null, decidedOutcome: null },
      { from: 'SCREENING', to: 'RETURNED', reason: 'Нет ссылок', outcome: undefined }],
    ['a step over a failing checklist', { __typename: 'CaseStatusChangedDetails', statusFrom: 'SCREENING', statusTo: 'IN_REVIEW', statusReason: null, overrideReason: 'Систематичность видна', decidedOutcome: null },
      { from: 'SCREENING', to: 'IN_REVIEW', reason: 'Систематичность видна', outcome: undefined }],
    ['a status the client does not know', { __typename: 'CaseStatusChangedDetails', statusFrom: 'LIMBO', statusTo: 'DECIDED', statusReason: '  ', overrideReason: null, decidedOutcome: 'CONFIRMED' },
      { from: undefined, to: 'DECIDED', reason: undefined, outcome: 'CONFIRMED' }],
    ['an extension', { __typename: 'DeadlineExtendedDetails', extensionReason: 'Ждём ответа', newDueAt: '2026-12-07T13:00:00.000Z' }, { reason: 'Ждём ответа', dueAt: '2026-12-07T13:00:00.000Z' }],
    ['a read of personal data', { __typename: 'PiiViewedDetails', subject: 'applicant' }, { piiSubject: 'applicant' }],
    ['a closed round', { __typename: 'VotingClosedDetails', closeReason: 'ALL_VOTED', outcome: 'CONFIRMED' }, { outcome: 'CONFIRMED', closeReason: 'ALL_VOTED' }],
    ['an erased close reason', { __typename: 'VotingClosedDetails', closeReason: '***', outcome: 'CONFIRMED' }, { outcome: 'CONFIRMED', closeReason: undefined }],
    ['a prescription', { __typename: 'PrescriptionDeliveredDetails', prescriptionNumber: 'ПР-2026-0001' }, { documentNumber: 'ПР-2026-0001' }],
    ['a kind without shown fields', { __typename: 'AuditViewedDetails' }, {}],
  ])('%s', (_what, details, expected) => expect(eventDetail(details)).toEqual(expected));
});

describe('event kinds and comments', () => {
  it('knows the kinds of the schema and leaves a newer one as it came', () => {
    expect(knownEventKind('COMMENT_ADDED')).toBe('COMMENT_ADDED');
    expect(knownEventKind('comment.added')).toBeNull();
    expect(knownEventKind('SOMETHING_NEW')).toBeNull();
  });

  it('finds the comment of a comment event only', () => {
    expect(commentIdOf({ details: { __typename: 'CommentEditedDetails', commentId: 'c1' } })).toBe('c1');
    expect(commentIdOf({ details: { __typename: 'EvidenceUploadedDetails', fileName: 'a.png' } })).toBeNull();
    expect(commentIdOf({ details: null })).toBeNull();
  });
});
