import { describe, expect, it } from 'vitest';
import { Role } from '../../shared/role.js';
import { seesAuditKinds } from '../../shared/privacy/reads-log.js';
import { categoryOf, mayAudit } from './audit.policy.js';
import { summarizeEvent } from './entry-summary.js';

describe('mayAudit', () => {
  it.each([
    [Role.CHAIR, false, true],
    [Role.DEPUTY_CHAIR, false, true],
    [Role.CHAIR, true, false],
    [Role.SECRETARY, false, false],
    [Role.MEMBER, false, false],
    [Role.ADVISOR, false, false],
    [Role.ANALYST, false, false],
    [Role.ADMIN, false, false],
  ])('%s (recused: %s) → %s', (role, recused, allowed) => {
    expect(mayAudit({ role }, { recused })).toBe(allowed);
    if (!recused) expect(seesAuditKinds({ role })).toBe(allowed);
  });
});

describe('categoryOf', () => {
  it.each([
    ['pii.viewed', 'PII_READ'],
    ['audit.viewed', 'AUDIT_READ'],
    ['comment.added', 'CHANGE'],
    ['vote.cast', 'CHANGE'],
    ['some.future_kind', 'CHANGE'],
  ])('%s → %s', (kind, category) => expect(categoryOf(kind)).toBe(category));
});

describe('summarizeEvent keeps to codes and numbers', () => {
  it.each([
    ['case.registered', { number: 'KZ-2026-0042', eotinishNumber: 'ZT-2026-1' }, 'KZ-2026-0042'],
    ['case.status_changed', { from: 'SCREENING', to: 'RETURNED', reason: 'Айгерім Сапарова — нет ссылок' }, 'SCREENING → RETURNED'],
    ['case.deadline_extended', { reason: 'Сложное дело', to: '2026-12-07T13:00:00.000Z' }, '→ 2026-12-07'],
    ['evidence.uploaded', { fileName: 'Айгерім_скрин.png', sha256: 'a'.repeat(64) }, 'sha256 aaaaaaaaaaaa…'],
    ['voting.opened', { number: 2 }, '№2'],
    ['vote.cast', { choice: 'CONFIRMED', tally: {} }, 'CONFIRMED'],
    ['vote.cast', { voted: 3, eligible: 6 }, '3/6'],
    ['voting.closed', { reason: 'ALL_VOTED', outcome: 'CONFIRMED' }, 'ALL_VOTED CONFIRMED'],
    ['decision.recorded', { outcome: 'CONFIRMED', protocolNumber: 'П-2026-0001' }, 'CONFIRMED П-2026-0001'],
    ['prescription.status_changed', { number: 'ПР-2026-0001', from: 'DELIVERED', to: 'COMPLIED' }, 'ПР-2026-0001 DELIVERED → COMPLIED'],
    ['pii.viewed', { subject: 'child', requestId: 'r1' }, null],
    ['pii.viewed', { subject: 'applicant', document: 'answer' }, 'answer'],
    ['comment.added', { commentId: 'x', body: 'Айгерім' }, null],
    ['case.status_changed', { from: 'Айгерім', to: 'x' }, null],
    ['case.registered', null, null],
  ])('%s %j → %j', (kind, payload, expected) => expect(summarizeEvent(kind, payload)).toBe(expected));
});
