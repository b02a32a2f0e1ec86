import { defineAbility, ViewerAbilities } from './abilities.js';
import { mayAdministerAccounts, mayReadAccountAudit } from './account.policy.js';

defineAbility(ViewerAbilities, 'administerAccounts', 'Create accounts and agencies, change roles, deactivate (the admin).', ({ viewer }) => mayAdministerAccounts(viewer));
defineAbility(ViewerAbilities, 'readAccountAudit', 'Read the account audit (the chair and the deputy).', ({ viewer }) => mayReadAccountAudit(viewer));
