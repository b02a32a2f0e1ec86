import { defineCaseAbility } from '../cases/case-abilities.js';
import { hasDecision } from '../cases/lifecycle.js';
import { defineAbility, ViewerAbilities } from '../members/abilities.js';
import { maySignDecision, mayWriteReasoning, signingCapacity } from './decision.policy.js';

defineAbility(ViewerAbilities, 'signDecisions', 'Sign protocols: the chair or deputy as chair, the secretary as secretary.', ({ viewer }) => signingCapacity(viewer) !== null);

defineCaseAbility('signDecision', 'Sign the protocol of the case\'s decision (signDecision): the case is decided; whether it is already signed, and its reasoning, show on Decision.', ({ viewer, kase }, rel) =>
  hasDecision(kase.status) && maySignDecision(viewer, rel));
defineCaseAbility('writeReasoning', 'Write the decision\'s reasoning (setDecisionReasoning): the case is decided; refused once the protocol is signed by both.', ({ viewer, kase }, rel) =>
  hasDecision(kase.status) && mayWriteReasoning(viewer, rel));
