import { defineCaseAbility } from '../cases/case-abilities.js';
import { defineAbility, ViewerAbilities } from '../members/abilities.js';
import { mayAudit } from './audit.policy.js';

defineAbility(ViewerAbilities, 'readAudit', 'Read the audit of cases one has not recused from (the chair and the deputy).', ({ viewer }) => mayAudit(viewer, { recused: false }));
defineCaseAbility('readAudit', 'Read the case\'s audit (caseAudit, caseAuditSummary).', ({ viewer }, rel) => mayAudit(viewer, rel));
