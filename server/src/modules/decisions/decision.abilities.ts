import { defineCaseAbility } from '../cases/case-abilities.js';
import type { CaseStatus } from '../cases/lifecycle.js';
import { defineAbility, ViewerAbilities } from '../members/abilities.js';
import { maySignDecision, mayWriteReasoning, signingCapacity } from './decision.policy.js';

/** The statuses of a case that has a decision. */
const DECIDED: readonly CaseStatus[] = ['DECIDED', 'PRESCRIBED', 'COMPLIED', 'ESCALATED', 'CLOSED'];

defineAbility(ViewerAbilities, 'signDecisions', 'Sign protocols: the chair or deputy as chair, the secretary as secretary.', ({ viewer }) => signingCapacity(viewer) !== null);

defineCaseAbility('signDecision', 'Sign the protocol of the case\'s decision (signDecision): the case is decided; whether it is already signed, and its reasoning, show on Decision.', ({ viewer, kase }, rel) =>
  DECIDED.includes(kase.status) && maySignDecision(viewer, rel));
defineCaseAbility('writeReasoning', 'Write the decision\'s reasoning (setDecisionReasoning): the case is decided; refused once the protocol is signed by both.', ({ viewer, kase }, rel) =>
  DECIDED.includes(kase.status) && mayWriteReasoning(viewer, rel));
