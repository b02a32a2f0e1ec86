import { defineAbility, ViewerAbilities } from '../members/abilities.js';
import { mayReadInbox } from './inbox.policy.js';

defineAbility(ViewerAbilities, 'readInbox', 'Have notifications (notifications, inbox).', ({ viewer }) => mayReadInbox(viewer));
